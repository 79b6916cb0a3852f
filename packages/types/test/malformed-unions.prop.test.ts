// Property 3: a union value that is not exactly one member is malformed, whoever sends it. Several known members, a
// known member beside an unknown one, an empty object, only null members and non-objects make the client's decoder
// fail with a DecodeError naming the union's exact path; the server's decoder refuses all of them, and a single
// unknown member too.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraries } from "../src/arbitraries.js";
import {
  decodeListRealtimeContactAnalysisSegmentsV2Response,
  decodeRealtimeContactAnalysisSegment,
  encodeRealTimeContactAnalysisTimeData,
  encodeRealtimeContactAnalysisSegment,
} from "../src/index.js";
import {
  memberValues,
  responsesWith,
  responsesWithASegment,
  SEGMENT_MEMBERS,
  TIME_MEMBERS,
  TIMED_SEGMENT_MEMBERS,
  timedSegments,
  timedStructureOf,
  unknownMemberNames,
  type WireObject,
} from "./support/responses.js";
import { decodeErrorOf, expectErrorAt, overTheWire } from "./support/wire.js";

/** A union on the wire that is malformed, and what kind of malformation it is. */
interface Malformed {
  kind: string;
  wire: unknown;
}

/** A valid wire value for each segment member, to put several of them side by side. */
const wireSegmentMembers = arbitraries.RealtimeContactAnalysisSegment.map(
  (s) => Object.entries(overTheWire<WireObject>(encodeRealtimeContactAnalysisSegment(s)))[0]!,
);

const nonObjects: fc.Arbitrary<unknown> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.string(),
  fc.boolean(),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
);

/** Malformed unions built from `members` (the union's known members) and valid wire values of those members. */
function malformedUnions(
  members: readonly string[],
  memberWire: fc.Arbitrary<[string, unknown]>,
): fc.Arbitrary<Malformed> {
  const unknown = fc.tuple(unknownMemberNames(members), memberValues);
  const typeTag = fc.option(fc.string(), { nil: undefined });
  const tagged = (tag: string | undefined, o: WireObject) => (tag === undefined ? o : { __type: tag, ...o });
  const arbitrariesByKind: fc.Arbitrary<Malformed>[] = [
    fc.tuple(unknown, memberWire, fc.boolean()).map(([[name, value], [known, knownValue], unknownFirst]) => ({
      kind: "a known member beside an unknown one",
      wire: unknownFirst ? { [name]: value, [known]: knownValue } : { [known]: knownValue, [name]: value },
    })),
    fc.tuple(unknown, unknown).map(([[a, av], [b, bv]]) => ({
      kind: "two unknown members",
      wire: a === b ? { [a]: av, [`${b}_`]: bv } : { [a]: av, [b]: bv },
    })),
    typeTag.map((tag) => ({ kind: "an empty object", wire: tagged(tag, {}) })),
    fc
      .tuple(
        fc.uniqueArray(fc.oneof(fc.constantFrom(...members), unknownMemberNames(members)), {
          minLength: 1,
          maxLength: 4,
        }),
        typeTag,
      )
      .map(([names, tag]) => ({
        kind: "only null members",
        wire: tagged(tag, Object.fromEntries(names.map((n) => [n, null]))),
      })),
    nonObjects.map((wire) => ({ kind: "a non-object", wire })),
  ];
  if (members.length > 1) {
    arbitrariesByKind.push(
      fc
        .uniqueArray(memberWire, { minLength: 2, maxLength: members.length, selector: ([name]) => name })
        .map((set) => ({ kind: "several known members", wire: Object.fromEntries(set) })),
    );
  }
  return fc.oneof(...arbitrariesByKind);
}

const malformedSegments = malformedUnions(SEGMENT_MEMBERS, wireSegmentMembers);
const malformedTimes = malformedUnions(
  TIME_MEMBERS,
  arbitraries.RealTimeContactAnalysisTimeData.map(
    (t) => Object.entries(overTheWire<WireObject>(encodeRealTimeContactAnalysisTimeData(t)))[0]!,
  ),
);

describe("malformed segments", () => {
  it("the client fails with a DecodeError at exactly Segments[i]", () => {
    fc.assert(
      fc.property(responsesWithASegment, malformedSegments, ({ wire, index }, malformed) => {
        wire.Segments[index] = malformed.wire;
        const error = decodeErrorOf(() => decodeListRealtimeContactAnalysisSegmentsV2Response(overTheWire(wire)));
        expectErrorAt(error, ["Segments", index]);
      }),
    );
  });

  it("the client's message says what is wrong with the union", () => {
    const bodyOf = (segment: unknown) => ({
      Channel: "CHAT",
      Status: "COMPLETED",
      Segments: [{ Issues: { IssuesDetected: [] } }, segment],
    });
    const messageOf = (segment: unknown) =>
      decodeErrorOf(() => decodeListRealtimeContactAnalysisSegmentsV2Response(bodyOf(segment))).message;
    const transcript = {
      Id: "m",
      ParticipantId: "p",
      ParticipantRole: "AGENT",
      Content: "hi",
      Time: { AbsoluteTime: "2024-01-01T00:00:00Z" },
    };
    expect(messageOf({ Transcript: transcript, Issues: { IssuesDetected: [] } })).toBe(
      "Segments[1]: a RealtimeContactAnalysisSegment union must have exactly one member set, found Transcript and Issues",
    );
    expect(messageOf({ Transcript: transcript, PostContactSummary: { Status: "FAILED" } })).toBe(
      "Segments[1]: a RealtimeContactAnalysisSegment union must have exactly one member set, found Transcript and PostContactSummary",
    );
    expect(messageOf({})).toBe(
      "Segments[1]: a RealtimeContactAnalysisSegment union must have exactly one member set, found none",
    );
    expect(messageOf({ __type: "x", Transcript: null })).toBe(
      "Segments[1]: a RealtimeContactAnalysisSegment union must have exactly one member set, found none",
    );
    expect(messageOf(42)).toBe("Segments[1]: expected an object, got a number (42)");
    expect(messageOf("Transcript")).toBe('Segments[1]: expected an object, got a string ("Transcript")');
    expect(messageOf([transcript])).toBe("Segments[1]: expected an object, got an array");
    expect(messageOf(true)).toBe("Segments[1]: expected an object, got a boolean (true)");
  });

  it("the server refuses each of them, and a single unknown member too", () => {
    const singleUnknown = fc
      .tuple(unknownMemberNames(SEGMENT_MEMBERS), memberValues)
      .map(([name, value]): Malformed => ({ kind: "a single unknown member", wire: { [name]: value } }));
    fc.assert(
      fc.property(responsesWithASegment, fc.oneof(malformedSegments, singleUnknown), ({ wire, index }, malformed) => {
        const segment = overTheWire(malformed.wire);
        decodeErrorOf(() => decodeRealtimeContactAnalysisSegment(segment, "server"));
        wire.Segments[index] = malformed.wire;
        const error = decodeErrorOf(() =>
          decodeListRealtimeContactAnalysisSegmentsV2Response(overTheWire(wire), "server"),
        );
        expect(error.path.slice(0, 2)).toEqual(["Segments", index]);
      }),
    );
  });
});

describe("malformed Time of a segment", () => {
  it("the client fails at exactly Segments[i].<kind>.Time; the server refuses it, and a single unknown member", () => {
    const singleUnknown = fc
      .tuple(unknownMemberNames(TIME_MEMBERS), memberValues)
      .map(([name, value]): Malformed => ({ kind: "a single unknown member", wire: { [name]: value } }));
    fc.assert(
      fc.property(
        responsesWith(timedSegments),
        fc.oneof(malformedTimes, singleUnknown),
        ({ wire, index }, malformed) => {
          const segment = wire.Segments[index] as WireObject;
          const kind = Object.keys(segment)[0]!;
          expect(TIMED_SEGMENT_MEMBERS).toContain(kind);
          timedStructureOf(segment).Time = malformed.wire;
          const serverError = decodeErrorOf(() => decodeRealtimeContactAnalysisSegment(overTheWire(segment), "server"));
          expect(serverError.path.slice(0, 2)).toEqual([kind, "Time"]);
          if (malformed.kind === "a single unknown member") return;
          const error = decodeErrorOf(() => decodeListRealtimeContactAnalysisSegmentsV2Response(overTheWire(wire)));
          expectErrorAt(error, ["Segments", index, kind, "Time"]);
        },
      ),
    );
  });
});
