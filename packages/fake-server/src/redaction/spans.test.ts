import { describe, expect, it } from "vitest";
import { mapSpan, normalizeSpans, PII_TAG, redactText, SpanError } from "./spans.js";

const text = "My card 4111 1111 1111 1111 and email dana@example.com, thanks";
const card = { begin: 8, end: 27 };
const email = { begin: 38, end: 54 };

describe("redaction of text", () => {
  it("replaces each span with a tag and says where the tags are", () => {
    const redacted = redactText(text, [card, email]);
    expect(redacted.text).toBe("My card [PII] and email [PII], thanks");
    for (const tag of redacted.tags) expect(redacted.text.slice(tag.begin, tag.end)).toBe(PII_TAG);
  });

  it("carries ranges before, after, around and inside personal data over to the redacted text", () => {
    const spans = [card, email];
    const redacted = redactText(text, spans).text;
    const carried = (begin: number, end: number) => {
      const span = mapSpan({ begin, end }, spans);
      return redacted.slice(span.begin, span.end);
    };
    expect(carried(0, 7)).toBe("My card");
    expect(carried(28, 37)).toBe("and email");
    expect(carried(56, 62)).toBe("thanks");
    expect(carried(3, 27)).toBe("card [PII]");
    expect(carried(10, 15)).toBe(PII_TAG);
    expect(carried(20, 45)).toBe("[PII] and email [PII]");
  });

  it("normalizes spans into order and refuses bad ones", () => {
    expect(normalizeSpans([email, card], text.length)).toEqual([card, email]);
    expect(() => normalizeSpans([{ begin: 5, end: 5 }], 10)).toThrow(SpanError);
    expect(() => normalizeSpans([{ begin: 6, end: 4 }], 10)).toThrow(/empty or reversed/);
    expect(() => normalizeSpans([{ begin: 0, end: 11 }], 10)).toThrow(/outside the text/);
    expect(() =>
      normalizeSpans(
        [
          { begin: 0, end: 5 },
          { begin: 4, end: 8 },
        ],
        10,
      ),
    ).toThrow(/overlaps/);
    expect(
      normalizeSpans(
        [
          { begin: 0, end: 5 },
          { begin: 5, end: 8 },
        ],
        10,
      ),
    ).toHaveLength(2);
  });
});
