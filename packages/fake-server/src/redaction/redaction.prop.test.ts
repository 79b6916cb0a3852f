// For any text and personal-data spans: the redacted text's offsets point at [PII] tags, and a range of the
// original carried over to the redacted text covers the same words, with tags in place of the data it touches.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapSpan, normalizeSpans, PII_TAG, redactText, type Span } from "./spans.js";

/** A text and non-overlapping, non-empty spans inside it. */
const textWithSpans = fc
  .tuple(
    fc.string({ maxLength: 60, unit: fc.constantFrom("a", "b", " ", "[", "]", "P", "I", "é", "7") }),
    fc.array(fc.nat(), { maxLength: 12 }),
  )
  .map(([text, cuts]) => {
    const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
    const spans: Span[] = [];
    for (let i = 0; i + 1 < points.length; i += 2) spans.push({ begin: points[i]!, end: points[i + 1]! });
    return { text, spans };
  });

/** The oracle: redacts a range character by character, widening it to whole spans where it touches them. */
function redactRange(text: string, spans: readonly Span[], begin: number, end: number): string {
  let b = begin;
  let e = end;
  for (const s of spans) {
    if (s.begin < b && b < s.end) b = s.begin;
    if (s.begin < e && e < s.end) e = s.end;
  }
  let out = "";
  for (let i = b; i < e; i++) {
    const span = spans.find((s) => s.begin <= i && i < s.end);
    if (span === undefined) out += text[i];
    else if (i === span.begin || i === b) {
      out += PII_TAG;
      i = span.end - 1;
    }
  }
  return out;
}

describe("redaction properties", () => {
  it("puts the tags where the offsets say, and leaves the rest of the text as it was", () => {
    fc.assert(
      fc.property(textWithSpans, ({ text, spans }) => {
        const normalized = normalizeSpans(spans, text.length);
        const redacted = redactText(text, normalized);
        expect(redacted.tags).toHaveLength(normalized.length);
        for (const tag of redacted.tags) expect(redacted.text.slice(tag.begin, tag.end)).toBe(PII_TAG);
        // Removing the tags from the redacted text and the spans from the original leaves the same text.
        let original = "";
        let from = 0;
        for (const s of normalized) {
          original += text.slice(from, s.begin);
          from = s.end;
        }
        original += text.slice(from);
        let stripped = "";
        from = 0;
        for (const t of redacted.tags) {
          stripped += redacted.text.slice(from, t.begin);
          from = t.end;
        }
        stripped += redacted.text.slice(from);
        expect(stripped).toBe(original);
      }),
    );
  });

  it("carries any range over to the same words in the redacted text", () => {
    fc.assert(
      fc.property(
        textWithSpans.chain(({ text, spans }) =>
          fc.tuple(fc.constant(text), fc.constant(spans), fc.nat({ max: text.length }), fc.nat({ max: text.length })),
        ),
        ([text, spans, x, y]) => {
          const begin = Math.min(x, y);
          const end = Math.max(x, y);
          const normalized = normalizeSpans(spans, text.length);
          const redacted = redactText(text, normalized).text;
          const carried = mapSpan({ begin, end }, normalized);
          expect(carried.begin).toBeLessThanOrEqual(carried.end);
          expect(carried.end).toBeLessThanOrEqual(redacted.length);
          expect(redacted.slice(carried.begin, carried.end)).toBe(redactRange(text, normalized, begin, end));
        },
      ),
    );
  });
});
