// Property 2: a client reads whatever a newer service may send. A segment, or the Time of a segment, that is a single
// member our model does not know arrives as `$unknown: [name, value]` with every other segment intact; `__type` keys
// and null members of unions are ignored; enum values our model does not list are kept as they came.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraries } from "../src/arbitraries.js";
import {
  decodeListRealtimeContactAnalysisSegmentsV2Response,
  type RealtimeContactAnalysisSegment,
} from "../src/index.js";
import {
  memberValues,
  onWire,
  type Response,
  responses,
  responsesWith,
  responsesWithASegment,
  SEGMENT_MEMBERS,
  TIME_MEMBERS,
  timedSegments,
  timedStructureOf,
  unknownMemberNames,
  type WireObject,
} from "./support/responses.js";
import { decorateSegments, decorations } from "./support/union-decorations.js";
import { overTheWire } from "./support/wire.js";

const decode = (wire: unknown) => decodeListRealtimeContactAnalysisSegmentsV2Response(wire, "client");

/** The segment with its Time replaced by `time`, whatever kind of timed segment it is. */
function withTime(segment: RealtimeContactAnalysisSegment, time: unknown): RealtimeContactAnalysisSegment {
  const [member, structure] = Object.entries(segment)[0]!;
  return { [member]: { ...structure, Time: time } } as RealtimeContactAnalysisSegment;
}

describe("unknown union members", () => {
  it("a segment that is a single unknown member decodes as $unknown, the others intact", () => {
    fc.assert(
      fc.property(
        responsesWithASegment,
        unknownMemberNames(SEGMENT_MEMBERS),
        memberValues,
        ({ value, wire, index }, name, rawValue) => {
          const memberValue = overTheWire(rawValue);
          wire.Segments[index] = { [name]: memberValue };
          const expected: Response = {
            ...value,
            Segments: value.Segments.with(index, { $unknown: [name, memberValue] }),
          };
          expect(decode(overTheWire(wire))).toEqual(expected);
        },
      ),
    );
  });

  it("a segment's Time that is a single unknown member decodes as $unknown, the rest intact", () => {
    fc.assert(
      fc.property(
        responsesWith(timedSegments),
        unknownMemberNames(TIME_MEMBERS),
        memberValues,
        ({ value, wire, index }, name, rawValue) => {
          const memberValue = overTheWire(rawValue);
          timedStructureOf(wire.Segments[index] as WireObject).Time = { [name]: memberValue };
          const segment = withTime(value.Segments[index]!, { $unknown: [name, memberValue] });
          expect(decode(overTheWire(wire))).toEqual({ ...value, Segments: value.Segments.with(index, segment) });
        },
      ),
    );
  });

  it("several segments with unknown members, at once, each decode as $unknown", () => {
    const unknownSegments = fc.record({ name: unknownMemberNames(SEGMENT_MEMBERS), value: memberValues });
    fc.assert(
      fc.property(
        responses,
        fc.array(fc.tuple(fc.nat(), unknownSegments), { maxLength: 5 }),
        ({ value, wire }, swaps) => {
          if (value.Segments.length === 0) return;
          let segments = value.Segments;
          for (const [n, unknown] of swaps) {
            const index = n % segments.length;
            const memberValue = overTheWire(unknown.value);
            wire.Segments[index] = { [unknown.name]: memberValue };
            segments = segments.with(index, { $unknown: [unknown.name, memberValue] });
          }
          expect(decode(overTheWire(wire))).toEqual({ ...value, Segments: segments });
        },
      ),
    );
  });
});

describe("union decorations a client ignores", () => {
  it("__type keys and null members in segments and in their Time change nothing", () => {
    const nullNames = (members: readonly string[]) =>
      fc.oneof(fc.constantFrom(...members), unknownMemberNames(members));
    const plans = fc.array(
      fc.record({ segment: decorations(nullNames(SEGMENT_MEMBERS)), time: decorations(nullNames(TIME_MEMBERS)) }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(responses, plans, ({ value, wire }, plan) => {
        decorateSegments(wire.Segments, plan);
        expect(decode(overTheWire(wire))).toEqual(value);
      }),
    );
  });
});

/** A string that is none of an enum's values. */
const unknownEnumValue = (known: readonly string[]) => fc.string({ maxLength: 24 }).filter((s) => !known.includes(s));

describe("open enums", () => {
  it("enum values the model does not list are kept as they came, at every enum member of a response", () => {
    const roles = unknownEnumValue(["AGENT", "CUSTOMER", "SYSTEM", "CUSTOM_BOT", "SUPERVISOR"]);
    const unknownValues = fc.record({
      Channel: unknownEnumValue(["VOICE", "CHAT"]),
      Status: unknownEnumValue(["IN_PROGRESS", "FAILED", "COMPLETED"]),
      ParticipantRole: roles,
      Sentiment: unknownEnumValue(["POSITIVE", "NEGATIVE", "NEUTRAL"]),
      ArtifactStatus: unknownEnumValue(["APPROVED", "REJECTED", "IN_PROGRESS"]),
    });
    fc.assert(
      fc.property(arbitraries.ListRealtimeContactAnalysisSegmentsV2Response, unknownValues, (response, odd) => {
        const value: Response = {
          ...response,
          Channel: odd.Channel,
          Status: odd.Status,
          Segments: response.Segments.map((segment): RealtimeContactAnalysisSegment => {
            if (segment.Transcript)
              return {
                Transcript: { ...segment.Transcript, ParticipantRole: odd.ParticipantRole, Sentiment: odd.Sentiment },
              };
            if (segment.Event) return { Event: { ...segment.Event, ParticipantRole: odd.ParticipantRole } };
            if (segment.Attachments) {
              const Attachments = segment.Attachments.Attachments.map((a) => ({ ...a, Status: odd.ArtifactStatus }));
              return { Attachments: { ...segment.Attachments, ParticipantRole: odd.ParticipantRole, Attachments } };
            }
            return segment;
          }),
        };
        const { wire } = onWire(value);
        expect(wire.Channel).toBe(odd.Channel);
        expect(decode(wire)).toEqual(value);
      }),
    );
  });
});
