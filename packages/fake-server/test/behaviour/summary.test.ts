// Post-contact summaries and extracted values from scenarios: when they arrive, what they point at, and what the
// Redacted output hides in them.
import type { RealtimeContactAnalysisSegment } from "@rtca/types";
import { describe, expect, it } from "vitest";
import { compileScenario, DEFAULT_SUMMARY_AFTER_MS } from "../../src/scenario/compile.js";
import { ScenarioError } from "../../src/scenario/reader.js";
import { prepareSegments } from "../../src/segments/prepare.js";
import type { Contact } from "../../src/state/contact.js";

const START = Date.UTC(2026, 0, 1);

const scenario = (contact: Record<string, unknown>) => ({
  contacts: [
    {
      participants: { c: { id: "c-1", role: "CUSTOMER" } },
      timeline: [
        {
          at: 1000,
          id: "m1",
          message: { participant: "c", text: "My card is 4111 1111, order A-77.", pii: ["4111 1111"] },
        },
        {
          at: 2000,
          extracted: { definition: "order", label: "Order number", values: [{ message: "m1", words: "A-77" }] },
        },
        { at: 2500, extracted: { definition: "card", values: [{ message: "m1", words: "4111 1111" }] } },
      ],
      end: { at: 3000 },
      ...contact,
    },
  ],
});

const emptyContact: Contact = {
  instanceId: "i",
  contactId: "c",
  incarnation: "1",
  channel: "CHAT",
  redactionPolicy: "RAW_AND_REDACTED",
  extraSegmentTypes: [],
  statusChanges: [{ at: 0, status: "IN_PROGRESS" }],
  segments: [],
  nextSeq: 0,
  fullyRead: false,
};

function stored(document: unknown) {
  const compiled = compileScenario(document, START).contacts[0]!;
  return {
    compiled,
    segments: prepareSegments(
      emptyContact,
      compiled.segments.map((s) => ({ document: s.document, arrivesAt: START + s.delayMs, path: s.path })),
    ),
  };
}

describe("scenario summaries and extracted values", () => {
  it("has the summary arrive after the time line ends, by default and when told", () => {
    const text = "Customer paid with 4111 1111 for order A-77; refunded.";
    const byDefault = compileScenario(scenario({ summary: { text } }), START).contacts[0]!;
    expect(byDefault.segments.at(-1)).toMatchObject({
      delayMs: 3000 + DEFAULT_SUMMARY_AFTER_MS,
      document: { PostContactSummary: { Content: text, Status: "COMPLETED" } },
    });
    const later = compileScenario(scenario({ summary: { text, after: 9000 } }), START).contacts[0]!;
    expect(later.segments.at(-1)!.delayMs).toBe(12_000);
    expect(later.endMs).toBe(3000);
  });

  it("writes a FAILED summary with its failure code, and refuses an unknown one", () => {
    const failed = compileScenario(scenario({ summary: { status: "FAILED", failureCode: "QUOTA_EXCEEDED" } }), START)
      .contacts[0]!;
    expect(failed.segments.at(-1)!.document).toEqual({
      PostContactSummary: { Status: "FAILED", FailureCode: "QUOTA_EXCEEDED" },
    });
    const unknown = scenario({ summary: { status: "LATE" } });
    expect(() => compileScenario(unknown, START)).toThrow(ScenarioError);
    expect(() => compileScenario(unknown, START)).toThrow("contacts[0].summary.status");
  });

  it("points extracted values at the words of earlier messages", () => {
    const { compiled } = stored(scenario({}));
    expect(compiled.segments[1]!.document).toEqual({
      ExtractedInformation: {
        ExtractionDefinitionId: "order",
        ExtractionDefinitionName: "order",
        ExtractionDefinitionDisplayLabel: "Order number",
        ExtractedValues: [
          {
            Content: "A-77",
            PointsOfInterest: [{ Id: "m1", CharacterOffsets: { BeginOffsetChar: 28, EndOffsetChar: 32 } }],
          },
        ],
      },
    });
  });

  it("masks in the Redacted summary and extracted values the personal data of the messages, and keeps the rest", () => {
    const text = "Customer paid with 4111 1111 for order A-77; refunded.";
    const { segments } = stored(scenario({ summary: { text } }));
    const summary = segments.at(-1)!;
    expect(summary.raw).toEqual({ PostContactSummary: { Content: text, Status: "COMPLETED" } });
    expect(summary.redacted).toEqual({
      PostContactSummary: { Content: "Customer paid with [PII] for order A-77; refunded.", Status: "COMPLETED" },
    });
    const values = (segment: RealtimeContactAnalysisSegment) => segment.ExtractedInformation?.ExtractedValues;
    expect(values(segments[1]!.redacted)).toEqual([
      {
        Content: "A-77",
        PointsOfInterest: [{ Id: "m1", CharacterOffsets: { BeginOffsetChar: 24, EndOffsetChar: 28 } }],
      },
    ]);
    expect(values(segments[2]!.redacted)?.[0]?.Content).toBe("[PII]");
  });
});
