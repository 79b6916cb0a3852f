// Every way AWS's SDK (@aws-sdk/client-connect 3.1136.0, schema-based JSON deserializer of @smithy/core 3.41) and our
// client-mode decoder read the same ListRealtimeContactAnalysisSegmentsV2 response body differently. This list is the
// one place the differential test takes its exceptions from: each entry shows itself on a minimal body (checked on
// both sides, so an entry that stops being true fails), and the few that valid bodies can show are reconciled here.
import type { ListRealtimeContactAnalysisSegmentsV2Response } from "../../src/index.js";
import type { WireObject, WireResponse } from "./responses.js";

/** A decoder's result on an example: the part of the output it shows, or the message it fails with. */
export type Outcome = { value: unknown } | { error: string };

/** What the two decoders made of one body, to be brought into line where a difference is documented. */
export interface DecodedPair {
  aws: Record<string, unknown>;
  ours: ListRealtimeContactAnalysisSegmentsV2Response;
  wire: WireResponse;
}

export interface DocumentedDifference {
  id: string;
  /** What AWS's SDK does, precisely. */
  aws: string;
  /** What our decoder does, and why. */
  ours: string;
  /** How the property over generated bodies meets it. */
  inProperty: "reconciled" | "not generated" | "malformed bodies only";
  example: {
    body: WireObject;
    /** The part of an output the example is about; by default its Segments. */
    view?: (output: Record<string, unknown>) => unknown;
    aws: Outcome;
    ours: Outcome;
  };
  /** For differences valid bodies can show: adjusts the pair (in place) so that they compare equal. */
  reconcile?: (pair: DecodedPair) => void;
}

const page = (...segments: unknown[]): WireObject => ({ Channel: "CHAT", Status: "IN_PROGRESS", Segments: segments });
const time = (absoluteTime: unknown) => ({ AbsoluteTime: absoluteTime });
const transcriptOnWire = (overrides: WireObject = {}) => ({
  Id: "msg-1",
  ParticipantId: "agent-1",
  ParticipantRole: "AGENT",
  Content: "Hello",
  Time: time("2024-05-01T10:00:00.000Z"),
  ...overrides,
});
const transcriptDecoded = (overrides: WireObject = {}) => ({
  ...transcriptOnWire(),
  Time: { AbsoluteTime: new Date("2024-05-01T10:00:00.000Z") },
  ...overrides,
});
const issues = { IssuesDetected: [] };
const malformedAt = (i: number, reason: string) => ({
  error: `Segments[${i}]: a RealtimeContactAnalysisSegment union must have exactly one member set, ${reason}`,
});

/** Milliseconds that Date.UTC adds to a date whose year field is 0..99 (it reads such years as 1900..1999). */
function twoDigitYearShift(year: number, month: number, day: number): number {
  const asWritten = new Date(0);
  asWritten.setUTCFullYear(year, month - 1, day);
  return Date.UTC(year, month - 1, day) - asWritten.getTime();
}

function reconcileTwoDigitYears({ ours, wire }: DecodedPair): void {
  ours.Segments.forEach((segment, i) => {
    const [member, structure] = Object.entries(segment)[0] as [string, { Time?: { AbsoluteTime?: Date } }];
    if (member === "$unknown") return;
    const instant = structure.Time?.AbsoluteTime;
    const onWire = ((wire.Segments[i] as WireObject)[member] as { Time?: { AbsoluteTime?: unknown } }).Time
      ?.AbsoluteTime;
    if (!(instant instanceof Date) || typeof onWire !== "string") return;
    const [year, month, day] = onWire.slice(0, 10).split("-").map(Number) as [number, number, number];
    if (year < 100) structure.Time!.AbsoluteTime = new Date(instant.getTime() + twoDigitYearShift(year, month, day));
  });
}

export const DOCUMENTED_DIFFERENCES: readonly DocumentedDifference[] = [
  {
    id: "response metadata",
    aws: "adds `$metadata` (httpStatusCode, requestId, extendedRequestId, cfId, attempts, totalRetryDelay) to the output",
    ours: "returns only the members of the model; HTTP facts belong to the client that made the call",
    inProperty: "reconciled",
    example: {
      body: page(),
      view: (output) => output.$metadata,
      aws: {
        value: {
          httpStatusCode: 200,
          requestId: undefined,
          extendedRequestId: undefined,
          cfId: undefined,
          attempts: 1,
          totalRetryDelay: 0,
        },
      },
      ours: { value: undefined },
    },
    reconcile: ({ aws }) => {
      delete aws.$metadata;
    },
  },
  {
    id: "years 0000-0099",
    aws: "builds the instant with Date.UTC, which reads years 0..99 as 1900..1999: 0050-06-01T00:00:00Z becomes 1950-06-01 (a bug: RFC 3339 years run 0000..9999)",
    ours: "keeps the year as written",
    inProperty: "reconciled",
    example: {
      body: page({ Transcript: transcriptOnWire({ Time: time("0050-06-01T00:00:00Z") }) }),
      aws: { value: [{ Transcript: transcriptDecoded({ Time: { AbsoluteTime: new Date("1950-06-01T00:00:00Z") } }) }] },
      ours: {
        value: [{ Transcript: transcriptDecoded({ Time: { AbsoluteTime: new Date("0050-06-01T00:00:00Z") } }) }],
      },
    },
    reconcile: reconcileTwoDigitYears,
  },
  {
    id: "several known members",
    aws: "returns a segment with every known member set",
    ours: "fails: a union has exactly one member",
    inProperty: "malformed bodies only",
    example: {
      body: page({ Transcript: transcriptOnWire(), Issues: issues }),
      aws: { value: [{ Transcript: transcriptDecoded(), Issues: issues }] },
      ours: malformedAt(0, "found Transcript and Issues"),
    },
  },
  {
    id: "a known member beside an unknown one",
    aws: "silently drops the unknown member and returns the known one",
    ours: "fails: a union has exactly one member",
    inProperty: "malformed bodies only",
    example: {
      body: page({ Transcript: transcriptOnWire(), Sentiment: { Score: 1 } }),
      aws: { value: [{ Transcript: transcriptDecoded() }] },
      ours: malformedAt(0, "found Transcript and Sentiment"),
    },
  },
  {
    id: "several unknown members",
    aws: "returns an empty object: neither a member nor $unknown",
    ours: "fails: a union has exactly one member",
    inProperty: "malformed bodies only",
    example: {
      body: page({ Sentiment: 1, Summary: 2 }),
      aws: { value: [{}] },
      ours: malformedAt(0, "found Sentiment and Summary"),
    },
  },
  {
    id: "an unknown member beside a null unknown member",
    aws: "discounts null only for members its model knows, so it sees two unknown members and returns an empty object",
    ours: 'treats any `"member": null` as unset, so the single unknown member arrives as $unknown',
    inProperty: "not generated",
    example: {
      body: page({ Summary: { Text: "x" }, Sentiment: null }),
      aws: { value: [{}] },
      ours: { value: [{ $unknown: ["Summary", { Text: "x" }] }] },
    },
  },
  {
    id: "an empty union",
    aws: "returns an empty object",
    ours: "fails: a union has exactly one member",
    inProperty: "malformed bodies only",
    example: { body: page({}), aws: { value: [{}] }, ours: malformedAt(0, "found none") },
  },
  {
    id: "a union that is not an object",
    aws: 'passes a number, string or boolean through as the segment; reads an array as an object keyed "0", "1", ...',
    ours: "fails: a union is a JSON object",
    inProperty: "malformed bodies only",
    example: {
      body: page(5, ["x"]),
      aws: { value: [5, { $unknown: ["0", "x"] }] },
      ours: { error: "Segments[0]: expected an object, got a number (5)" },
    },
  },
  {
    id: "null list entries",
    aws: "keeps null entries of Segments (and of every other list) as null",
    ours: "drops them on the client: the lists are not @sparse",
    inProperty: "malformed bodies only",
    example: {
      body: page(null, { Issues: issues }),
      aws: { value: [null, { Issues: issues }] },
      ours: { value: [{ Issues: issues }] },
    },
  },
  {
    id: "missing required members",
    aws: "leaves them out",
    ours: 'fills the zero values of Smithy\'s client error correction: "" for strings and enums, [] for lists, {} for maps, { $unknown: ["", undefined] } for a union',
    inProperty: "malformed bodies only",
    example: {
      body: page({ Transcript: { Id: "msg-1" } }),
      aws: { value: [{ Transcript: { Id: "msg-1" } }] },
      ours: {
        value: [
          {
            Transcript: {
              Id: "msg-1",
              ParticipantId: "",
              ParticipantRole: "",
              Content: "",
              Time: { $unknown: ["", undefined] },
            },
          },
        ],
      },
    },
  },
  {
    id: "values of the wrong JSON type",
    aws: 'passes them through as they came: a number where a string belongs, "5" or 1.5 where an integer belongs',
    ours: "fails with a DecodeError naming the member",
    inProperty: "malformed bodies only",
    example: {
      body: page({ Transcript: transcriptOnWire({ Content: 5 }) }),
      aws: { value: [{ Transcript: transcriptDecoded({ Content: 5 }) }] },
      ours: { error: "Segments[0].Transcript.Content: expected a string, got a number (5)" },
    },
  },
  {
    id: "__type in a structure",
    aws: "when a nested structure has a string `__type`, copies every key of it that the model lacks (`__type` included) into the output",
    ours: "ignores keys the model lacks, in every structure",
    inProperty: "not generated",
    example: {
      body: page({ Transcript: transcriptOnWire({ __type: "Transcript", Extra: 1 }) }),
      aws: { value: [{ Transcript: transcriptDecoded({ __type: "Transcript", Extra: 1 }) }] },
      ours: { value: [{ Transcript: transcriptDecoded() }] },
    },
  },
  {
    id: "offsets out of range",
    aws: "accepts offset hours 24..99 and minutes 60..99 (+24:00, -00:60) and applies them arithmetically",
    ours: "fails: RFC 3339 offsets run to 23:59",
    inProperty: "malformed bodies only",
    example: {
      body: page({ Transcript: transcriptOnWire({ Time: time("2024-05-01T10:00:00+24:00") }) }),
      aws: { value: [{ Transcript: transcriptDecoded({ Time: { AbsoluteTime: new Date("2024-04-30T10:00:00Z") } }) }] },
      ours: {
        error:
          'Segments[0].Transcript.Time.AbsoluteTime: a string ("2024-05-01T10:00:00+24:00") is not a valid RFC 3339 date-time: a field is out of range',
      },
    },
  },
  {
    id: "fractions of 17 or more digits",
    aws: 'computes the milliseconds as parseFloat("0." + digits) * 1000, so .99999999999999999 rounds to 1 and lands on the next second',
    ours: "truncates the fraction at the millisecond (.999), as for any other length",
    inProperty: "not generated",
    example: {
      body: page({ Transcript: transcriptOnWire({ Time: time("2024-05-01T10:00:00.99999999999999999Z") }) }),
      aws: {
        value: [{ Transcript: transcriptDecoded({ Time: { AbsoluteTime: new Date("2024-05-01T10:00:01.000Z") } }) }],
      },
      ours: {
        value: [{ Transcript: transcriptDecoded({ Time: { AbsoluteTime: new Date("2024-05-01T10:00:00.999Z") } }) }],
      },
    },
  },
  {
    id: "a map key named __proto__",
    aws: "redefines the key with the value undefined before reading it, so the entry keeps its key and loses its value",
    ours: "keeps the entry as data",
    inProperty: "not generated",
    example: {
      body: page({ Categories: { MatchedDetails: JSON.parse('{"__proto__": {"PointsOfInterest": []}}') } }),
      view: (output) =>
        Object.entries((output.Segments as { Categories: { MatchedDetails: object } }[])[0]!.Categories.MatchedDetails),
      aws: { value: [["__proto__", undefined]] },
      ours: { value: [["__proto__", { PointsOfInterest: [] }]] },
    },
  },
];
