// Property 1: every shape that has codecs survives encode -> JSON text -> decode unchanged, in both modes; and unknown
// union members, which only a client accepts, survive the same trip on the client.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraries, type ShapeValues } from "../src/arbitraries.js";
import {
  decodeInvalidRequestExceptionReason,
  decodeRealTimeContactAnalysisTimeData,
  decodeRealtimeContactAnalysisSegment,
  encodeInvalidRequestExceptionReason,
  encodeRealTimeContactAnalysisTimeData,
  encodeRealtimeContactAnalysisSegment,
} from "../src/index.js";
import { codecOf, type ShapeCodec } from "./support/codec-registry.js";
import { memberValues, SEGMENT_MEMBERS, TIME_MEMBERS, unknownMemberNames } from "./support/responses.js";
import { decodeErrorOf, overTheWire } from "./support/wire.js";

const shapes = (Object.keys(arbitraries) as (keyof ShapeValues)[]).sort();
const withCodecs = shapes.flatMap((shape) => {
  const codec = codecOf(shape);
  return codec ? [{ shape, codec }] : [];
});

/** Aggregate shapes (whose values are objects or arrays) are the ones that need codecs. */
function isAggregate(shape: keyof ShapeValues): boolean {
  const [sample] = fc.sample(arbitraries[shape] as fc.Arbitrary<unknown>, { numRuns: 1, seed: 1 });
  return typeof sample === "object" && sample !== null && !(sample instanceof Date);
}

describe("round trip of every shape with codecs", () => {
  it("finds codecs for every structure, union, list and map of the model", () => {
    expect(withCodecs.map((c) => c.shape)).toEqual(shapes.filter(isAggregate));
    expect(withCodecs.length).toBeGreaterThanOrEqual(30);
  });

  for (const { shape, codec } of withCodecs) {
    it(`${shape}: decode(JSON.parse(JSON.stringify(encode(x)))) equals x, in client and server modes`, () => {
      fc.assert(
        fc.property(arbitraries[shape] as fc.Arbitrary<never>, (value) => {
          const wire = overTheWire(codec.encode(value));
          const onClient = codec.decode(wire, "client");
          expect(onClient).toEqual(value);
          expect(codec.decode(wire, "server")).toEqual(value);
          // Encoding what was decoded gives back the same wire document: nothing is added or lost either way.
          expect(overTheWire(codec.encode(onClient as never))).toEqual(wire);
        }),
      );
    });
  }
});

interface UnionCodec {
  name: string;
  members: readonly string[];
  decode(value: unknown, mode?: "client" | "server"): unknown;
  encode(value: never): unknown;
}

const unions: UnionCodec[] = [
  {
    name: "RealtimeContactAnalysisSegment",
    members: SEGMENT_MEMBERS,
    decode: decodeRealtimeContactAnalysisSegment,
    encode: encodeRealtimeContactAnalysisSegment as ShapeCodec["encode"],
  },
  {
    name: "RealTimeContactAnalysisTimeData",
    members: TIME_MEMBERS,
    decode: decodeRealTimeContactAnalysisTimeData,
    encode: encodeRealTimeContactAnalysisTimeData as ShapeCodec["encode"],
  },
  {
    name: "InvalidRequestExceptionReason",
    members: ["AttachedFileInvalidRequestExceptionReason"],
    decode: decodeInvalidRequestExceptionReason,
    encode: encodeInvalidRequestExceptionReason as ShapeCodec["encode"],
  },
];

describe("round trip of unknown union members", () => {
  for (const union of unions) {
    it(`${union.name}: an unknown member round-trips on the client and is refused by the server`, () => {
      fc.assert(
        fc.property(unknownMemberNames(union.members), memberValues, (name, rawValue) => {
          const value = { $unknown: [name, overTheWire(rawValue)] };
          const wire = overTheWire(union.encode(value as never));
          expect(wire).toEqual({ [name]: overTheWire(rawValue) });
          expect(union.decode(wire, "client")).toEqual(value);
          const error = decodeErrorOf(() => union.decode(wire, "server"));
          expect(error.reason).toBe(`${name} is not a member of the ${union.name} union`);
        }),
      );
    });
  }
});
