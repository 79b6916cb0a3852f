import { describe, expect, it } from "vitest";
import { compileScenario } from "./compile.js";
import { demoScenario } from "./demo.js";
import { ScenarioError } from "./reader.js";

const START = Date.UTC(2026, 0, 1);

function compileError(document: unknown): ScenarioError {
  try {
    compileScenario(document, START);
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error("expected the scenario to be refused");
}

const minimal = (timeline: unknown[], extra: Record<string, unknown> = {}) => ({
  contacts: [{ participants: { c: { id: "c-1", role: "CUSTOMER", displayName: "Dana" } }, timeline, ...extra }],
});

describe("compileScenario", () => {
  it("turns messages, with their personal data, into Raw transcripts timed from the start", () => {
    const scenario = compileScenario(
      minimal([
        {
          at: 1500,
          id: "m1",
          message: { participant: "c", text: "card 1234 and 1234", pii: ["1234"], sentiment: "NEGATIVE" },
        },
      ]),
      START,
    );
    const contact = scenario.contacts[0]!;
    expect(contact).toMatchObject({
      channel: "CHAT",
      redactionPolicy: "RAW_AND_REDACTED",
      endMs: 1500,
      finalStatus: "COMPLETED",
    });
    expect(contact.segments).toEqual([
      {
        delayMs: 1500,
        path: "contacts[0].timeline[0].message",
        document: {
          Transcript: {
            Id: "m1",
            ParticipantId: "c-1",
            ParticipantRole: "CUSTOMER",
            DisplayName: "Dana",
            Content: "card 1234 and 1234",
            ContentType: "text/plain",
            Time: { AbsoluteTime: "2026-01-01T00:00:01.500Z" },
            Redaction: {
              CharacterOffsets: [
                { BeginOffsetChar: 5, EndOffsetChar: 9 },
                { BeginOffsetChar: 14, EndOffsetChar: 18 },
              ],
            },
            Sentiment: "NEGATIVE",
          },
        },
      },
    ]);
  });

  it("points categories and issues at the words of earlier messages", () => {
    const scenario = compileScenario(
      minimal([
        { at: 0, id: "m1", message: { participant: "c", text: "please refund me now" } },
        { at: 1, categories: { refund: [{ message: "m1", words: "refund me" }] } },
        { at: 2, issues: [{ message: "m1", begin: 0, end: 6 }] },
      ]),
      START,
    );
    const [, categories, issues] = scenario.contacts[0]!.segments;
    expect(categories!.document).toEqual({
      Categories: {
        MatchedDetails: {
          refund: {
            PointsOfInterest: [
              { TranscriptItems: [{ Id: "m1", CharacterOffsets: { BeginOffsetChar: 7, EndOffsetChar: 16 } }] },
            ],
          },
        },
      },
    });
    expect(issues!.document).toEqual({
      Issues: {
        IssuesDetected: [
          {
            TranscriptItems: [
              { Id: "m1", Content: "please", CharacterOffsets: { BeginOffsetChar: 0, EndOffsetChar: 6 } },
            ],
          },
        ],
      },
    });
  });

  it("compiles events, attachments and raw segments, with ids made up where none is given", () => {
    const scenario = compileScenario(
      minimal(
        [
          { at: 0, event: { participant: "c", type: "joined" } },
          {
            at: 5,
            attachments: {
              participant: "c",
              files: [{ name: "r.pdf", contentType: "application/pdf", status: "APPROVED" }],
            },
          },
          { at: 9, segment: { PostContactSummary: { Content: "x" } } },
        ],
        { end: { at: 20, status: "FAILED" } },
      ),
      START,
    );
    const contact = scenario.contacts[0]!;
    expect(contact.endMs).toBe(20);
    expect(contact.finalStatus).toBe("FAILED");
    expect(contact.segments.map((s) => s.document)).toEqual([
      {
        Event: {
          Id: "evt-1",
          ParticipantId: "c-1",
          ParticipantRole: "CUSTOMER",
          DisplayName: "Dana",
          EventType: "joined",
          Time: { AbsoluteTime: "2026-01-01T00:00:00.000Z" },
        },
      },
      {
        Attachments: {
          Id: "att-2",
          ParticipantId: "c-1",
          ParticipantRole: "CUSTOMER",
          DisplayName: "Dana",
          Attachments: [
            {
              AttachmentName: "r.pdf",
              AttachmentId: "att-2-file-1",
              ContentType: "application/pdf",
              Status: "APPROVED",
            },
          ],
          Time: { AbsoluteTime: "2026-01-01T00:00:00.005Z" },
        },
      },
      { PostContactSummary: { Content: "x" } },
    ]);
  });

  it.each([
    ["a document that is not an object", [], "expected an object"],
    ["no contacts", { contacts: [] }, "contacts: a scenario needs at least one contact"],
    ["an unknown field", { contacts: [], extra: 1 }, "extra: unknown field"],
    [
      "a bad channel",
      { contacts: [{ channel: "EMAIL", timeline: [] }] },
      "contacts[0].channel: expected one of CHAT, VOICE",
    ],
    [
      "entries out of order",
      minimal([
        { at: 5, event: { type: "a" } },
        { at: 4, event: { type: "b" } },
      ]),
      "contacts[0].timeline[1].at: entries must be in time order",
    ],
    [
      "an entry of two kinds",
      minimal([{ at: 0, event: { type: "a" }, issues: [] }]),
      "exactly one of message, event, attachments, categories, issues, extracted, segment, found event, issues",
    ],
    [
      "a negative time",
      minimal([{ at: -1, event: { type: "a" } }]),
      "timeline[0].at: expected a whole number of milliseconds",
    ],
    [
      "words the message lacks",
      minimal([
        { at: 0, id: "m", message: { participant: "c", text: "hi" } },
        { at: 0, issues: [{ message: "m", words: "bye" }] },
      ]),
      'timeline[1].issues[0].words: message m does not contain "bye"',
    ],
    [
      "a message that comes later",
      minimal([{ at: 0, issues: [{ message: "m", words: "x" }] }]),
      "no earlier message of this contact has the id m",
    ],
    [
      "personal data the text lacks",
      minimal([{ at: 0, message: { participant: "c", text: "hi", pii: ["card"] } }]),
      'pii[0]: the text does not contain "card"',
    ],
    [
      "overlapping personal data",
      minimal([{ at: 0, message: { participant: "c", text: "abcdef", pii: ["abcd", { begin: 2, end: 5 }] } }]),
      "pii: span 2..5 overlaps",
    ],
    [
      "a duplicate id",
      minimal([
        { at: 0, id: "x", event: { type: "a" } },
        { at: 0, id: "x", event: { type: "a" } },
      ]),
      "the id x is used twice",
    ],
    [
      "an end before the last entry",
      minimal([{ at: 10, event: { type: "a" } }], { end: { at: 5 } }),
      "the time line ends at 5 ms, before its last entry (10 ms)",
    ],
    [
      "a bad extra type",
      minimal([], { extraSegmentTypes: ["Post Contact"] }),
      "extraSegmentTypes[0]: must be letters and digits",
    ],
  ])("refuses %s, saying where", (_name, document, message) => {
    expect(compileError(document).message).toContain(message);
  });

  describe("the demo", () => {
    const contact = compileScenario(demoScenario, START).contacts[0]!;
    const documents = contact.segments.map((s) => s.document as Record<string, Record<string, unknown>>);
    const transcripts = documents.filter((d) => d["Transcript"]).map((d) => d["Transcript"]!);

    it("lasts between 15 and 25 seconds and completes", () => {
      expect(contact.endMs).toBeGreaterThanOrEqual(15_000);
      expect(contact.endMs).toBeLessThanOrEqual(25_000);
      expect(contact.finalStatus).toBe("COMPLETED");
    });

    it("has a negative complaint with a card number and an email marked as personal data", () => {
      const complaint = transcripts.find((t) => t["Sentiment"] === "NEGATIVE")!;
      const content = complaint["Content"] as string;
      const spans = (
        complaint["Redaction"] as { CharacterOffsets: { BeginOffsetChar: number; EndOffsetChar: number }[] }
      ).CharacterOffsets;
      expect(spans.map((s) => content.slice(s.BeginOffsetChar, s.EndOffsetChar))).toEqual([
        "4111 1111 1111 1111",
        "dana.lee@example.com",
      ]);
    });

    it("matches refund-request on the words that triggered it, and detects the issue charged twice", () => {
      const categories = documents.find((d) => d["Categories"])!["Categories"] as {
        MatchedDetails: Record<string, unknown>;
      };
      expect(Object.keys(categories.MatchedDetails)).toEqual(["refund-request"]);
      const issues = documents.find((d) => d["Issues"])!["Issues"] as {
        IssuesDetected: { TranscriptItems: { Content: string }[] }[];
      };
      expect(issues.IssuesDetected[0]!.TranscriptItems[0]!.Content).toBe("charged twice");
    });

    it("has a receipt attachment, a positive close and a participant leaving", () => {
      expect(JSON.stringify(documents.find((d) => d["Attachments"]))).toContain("receipt");
      expect(transcripts.at(-1)!["Sentiment"]).toBe("POSITIVE");
      const events = documents.filter((d) => d["Event"]).map((d) => d["Event"]!["EventType"]);
      expect(events).toContain("application/vnd.amazonaws.connect.event.participant.left");
    });
  });
});
