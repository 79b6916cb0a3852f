// The transcript renderer and the terminal status line, without a process around them.

import { decodeRealtimeContactAnalysisSegment } from "@rtca/types";
import { describe, expect, it } from "vitest";
import { highlightSpans } from "../src/cli/render/highlight.js";
import { LineWriter } from "../src/cli/render/output.js";
import { colourWanted, createStyle, stripControls } from "../src/cli/render/style.js";
import { TranscriptView } from "../src/cli/render/transcript-view.js";
import { categories, event, issue, transcript, type WireSegment } from "./support/wire.js";

const decode = (wire: WireSegment) => decodeRealtimeContactAnalysisSegment(wire);

describe("TranscriptView", () => {
  it("shows a grown Categories segment's new points only", () => {
    const view = new TranscriptView(createStyle(false));
    view.render(decode(transcript("t1", "refund me now", { name: "Jane" })));
    expect(view.render(decode(categories({ refund: [["t1", 0, 6]] })))).toHaveLength(1);
    const grown = view.render(decode(categories({ refund: [["t1", 0, 6]], urgent: [["t1", 10, 13]] })));
    expect(grown).toEqual(["          ⚑ category urgent in CUSTOMER Jane at 10:00:00: refund me **now**"]);
  });

  it("shows extracted values with the words they were read from, and the summary as a block of its own", () => {
    const view = new TranscriptView(createStyle(false));
    view.render(decode(transcript("t1", "order A-77 came broken", { name: "Jane" })));
    const extracted = decode({
      ExtractedInformation: {
        ExtractionDefinitionId: "order",
        ExtractionDefinitionName: "OrderNumber",
        ExtractionDefinitionDisplayLabel: "Order number",
        ExtractedValues: [
          {
            Content: "A-77",
            PointsOfInterest: [{ Id: "t1", CharacterOffsets: { BeginOffsetChar: 6, EndOffsetChar: 10 } }],
          },
        ],
      },
    });
    expect(view.render(extracted)).toEqual([
      '          ◆ Order number "A-77" in CUSTOMER Jane at 10:00:00: order **A-77** came broken',
    ]);
    expect(view.render(extracted)).toEqual([]);
    expect(
      view.render(decode({ PostContactSummary: { Content: "Replaced order A-77.", Status: "COMPLETED" } })),
    ).toEqual(["─".repeat(40), "Summary of the contact", "Replaced order A-77.", "─".repeat(40)]);
    expect(view.render(decode({ PostContactSummary: { Status: "FAILED", FailureCode: "QUOTA_EXCEEDED" } }))[1]).toBe(
      "Summary of the contact: none could be written (QUOTA_EXCEEDED)",
    );
  });

  it("names the message when an issue points at one it has not seen", () => {
    const view = new TranscriptView(createStyle(false));
    expect(view.render(decode(issue("t9", "late delivery", 0, 4)))).toEqual([
      '          ! issue "late delivery" in message t9',
    ]);
  });

  it("survives offsets outside the message", () => {
    const view = new TranscriptView(createStyle(false));
    view.render(decode(transcript("t1", "short")));
    expect(view.render(decode(issue("t1", "x", 3, 500)))[0]).toContain("sho**rt**");
    expect(view.render(decode(issue("t1", "y", 9, 2)))[0]).toContain(": short");
  });

  it("strips control sequences the service's text might carry", () => {
    const view = new TranscriptView(createStyle(false));
    const [line] = view.render(decode(transcript("t1", "evil \x1b[2J\x1b]0;title\x07text\r")));
    expect(line).toBe("10:00:00  CUSTOMER: evil text");
    expect(line).not.toContain("\x1b");
  });

  it("words events it knows and shows others as they came", () => {
    const view = new TranscriptView(createStyle(false));
    expect(view.render(decode(event("e1", "application/vnd.amazonaws.connect.event.chat.ended")))).toEqual([
      "10:00:30  — the chat ended",
    ]);
    expect(view.render(decode(event("e2", "application/x-custom")))).toEqual([
      "10:00:30  — CUSTOMER Jane: event application/x-custom",
    ]);
  });

  it("shows a segment of an unknown kind with its time when it has one, and truncates it", () => {
    const view = new TranscriptView(createStyle(false));
    const [line] = view.render(
      decode({ NewKind: { Time: { AbsoluteTime: "2026-11-29T10:01:02.000Z" }, Text: "x".repeat(500) } }),
    );
    expect(line).toMatch(/^10:01:02 {2}· a NewKind segment, a kind this version of rtca does not know: \{"Time"/);
    expect(line!.length).toBeLessThan(260);
  });

  it("underlines personal data in colour, and colours the message by its sentiment", () => {
    const view = new TranscriptView(createStyle(true));
    const [line] = view.render(decode(transcript("t1", "card 4111", { sentiment: "NEGATIVE", pii: [[5, 9]] })));
    expect(line).toContain("\x1b[31m\x1b[4m4111\x1b[24m\x1b[39m");
    expect(line).not.toContain("(negative)");
  });
});

describe("highlightSpans", () => {
  it("merges overlapping spans into the first", () => {
    expect(
      highlightSpans(
        "abcdefgh",
        [
          { begin: 1, end: 4 },
          { begin: 2, end: 6 },
        ],
        (w) => `[${w}]`,
      ),
    ).toBe("a[bcd][ef]gh");
  });
});

describe("colour rules", () => {
  it("colours a terminal unless NO_COLOR or --no-color, and FORCE_COLOR forces it", () => {
    expect(colourWanted({}, true, false)).toBe(true);
    expect(colourWanted({}, false, false)).toBe(false);
    expect(colourWanted({ NO_COLOR: "1" }, true, false)).toBe(false);
    expect(colourWanted({ NO_COLOR: "" }, true, false)).toBe(true);
    expect(colourWanted({}, true, true)).toBe(false);
    expect(colourWanted({ FORCE_COLOR: "1" }, false, false)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: "0" }, false, false)).toBe(false);
    expect(colourWanted({ FORCE_COLOR: "1", NO_COLOR: "1" }, false, false)).toBe(false);
  });

  it("stripControls keeps newlines and tabs", () => {
    expect(stripControls("a\tb\nc\x07d")).toBe("a\tb\ncd");
  });
});

describe("LineWriter", () => {
  function terminal() {
    const writes: string[] = [];
    return { writes, stream: { isTTY: true, columns: 40, write: (text: string) => writes.push(text) } };
  }

  it("keeps a status line under the transcript on a terminal, rewriting it in place", () => {
    const { writes, stream } = terminal();
    const writer = new LineWriter(stream, true);
    writer.status("● live · IN_PROGRESS");
    writer.lines(["10:00:00  hello"]);
    writer.status("● live · COMPLETED");
    writer.clearStatus();
    expect(writes).toEqual([
      "● live · IN_PROGRESS",
      "\r\x1b[2K10:00:00  hello\n● live · IN_PROGRESS",
      "\r\x1b[2K● live · COMPLETED",
      "\r\x1b[2K",
    ]);
  });

  it("fits the status line to the terminal's width", () => {
    const { writes, stream } = terminal();
    new LineWriter(stream, true).status("x".repeat(100));
    expect(writes[0]).toBe(`${"x".repeat(38)}…`);
  });

  it("takes a terminal that reports no width as 80 columns wide", () => {
    const writes: string[] = [];
    new LineWriter({ isTTY: true, columns: 0, write: (text: string) => writes.push(text) }, true).status(
      "short status",
    );
    expect(writes).toEqual(["short status"]);
  });

  it("writes no status line and no control codes off a terminal", () => {
    const writes: string[] = [];
    const writer = new LineWriter({ write: (text: string) => writes.push(text) }, false);
    writer.status("● live");
    writer.lines(["a", "b"]);
    writer.clearStatus();
    expect(writes).toEqual(["a\nb\n"]);
  });
});
