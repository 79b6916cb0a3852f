// Property 4: RealTimeContactAnalysisTimeInstant is @timestampFormat("date-time"). Any RFC 3339 spelling of an instant
// (offsets, either case of T and Z, fractions of any length, truncated past the millisecond) decodes to that instant;
// a number, or a string that is not a valid RFC 3339 date-time, fails with the exact path of the value.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraries } from "../src/arbitraries.js";
import {
  decodeListRealtimeContactAnalysisSegmentsV2Response,
  decodeRealTimeContactAnalysisTimeData,
  encodeRealTimeContactAnalysisTimeData,
} from "../src/index.js";
import { responsesWith, type WireObject } from "./support/responses.js";
import { DATE_TIME_SHAPE, type DateTimeFields, formatFields, spellings } from "./support/rfc3339.js";
import { decodeErrorOf, expectErrorAt, overTheWire } from "./support/wire.js";

const transcriptResponses = responsesWith(
  arbitraries.RealTimeContactAnalysisSegmentTranscript.map((Transcript) => ({ Transcript })),
);

/** Decodes a generated response whose inserted Transcript segment has `absoluteTime` on the wire. */
function decodeWithTime(
  { wire, index }: { wire: { Segments: unknown[] }; index: number },
  absoluteTime: unknown,
): () => ReturnType<typeof decodeListRealtimeContactAnalysisSegmentsV2Response> {
  const transcript = (wire.Segments[index] as { Transcript: WireObject }).Transcript;
  transcript.Time = { AbsoluteTime: absoluteTime };
  const body = overTheWire(wire);
  return () => decodeListRealtimeContactAnalysisSegmentsV2Response(body);
}

const pathOf = (index: number) => ["Segments", index, "Transcript", "Time", "AbsoluteTime"];

describe("RFC 3339 date-times that decode", () => {
  it("any spelling of an instant decodes, inside a full response, to that instant", () => {
    fc.assert(
      fc.property(transcriptResponses, spellings, (response, spelling) => {
        const decoded = decodeWithTime(response, spelling.text)();
        const segment = decoded.Segments[response.index]!;
        expect(segment.Transcript?.Time.AbsoluteTime?.toISOString()).toBe(spelling.instant.toISOString());
        // Everything around it is untouched.
        expect(decoded.Segments.length).toBe(response.value.Segments.length);
      }),
    );
  });
});

describe("writing a decoded instant back", () => {
  it("encodes it in UTC, with milliseconds unless they are zero, and that spelling decodes to the same instant", () => {
    fc.assert(
      fc.property(spellings, (spelling) => {
        const decoded = decodeRealTimeContactAnalysisTimeData({ AbsoluteTime: spelling.text });
        const written = encodeRealTimeContactAnalysisTimeData(decoded);
        const iso = spelling.instant.toISOString();
        const millis = spelling.instant.getTime() % 1000 !== 0;
        expect(written).toEqual({ AbsoluteTime: millis ? iso : iso.replace(".000Z", "Z") });
        expect(written.AbsoluteTime).toMatch(
          millis ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/ : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/,
        );
        expect(decodeRealTimeContactAnalysisTimeData(written)).toEqual(decoded);
      }),
    );
  });
});

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysIn = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;

/** One field of a valid date-time pushed out of its range, named for the counterexample report. */
const outOfRange: fc.Arbitrary<{ field: string; fields: DateTimeFields }> = fc
  .tuple(
    spellings,
    fc.oneof(
      fc.record({ field: fc.constant("month"), value: fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })) }),
      fc.record({ field: fc.constant("day"), value: fc.oneof(fc.constant(0), fc.integer({ min: 32, max: 99 })) }),
      fc.record({ field: fc.constant("day past the end of its month"), value: fc.integer({ min: 0, max: 2 }) }),
      fc.record({ field: fc.constant("hour"), value: fc.integer({ min: 24, max: 99 }) }),
      fc.record({ field: fc.constant("minute"), value: fc.integer({ min: 60, max: 99 }) }),
      fc.record({ field: fc.constant("second"), value: fc.integer({ min: 61, max: 99 }) }),
      fc.record({ field: fc.constant("offset hours"), value: fc.integer({ min: 24, max: 99 }) }),
      fc.record({ field: fc.constant("offset minutes"), value: fc.integer({ min: 60, max: 99 }) }),
    ),
  )
  .map(([{ fields }, { field, value }]) => {
    const numericOffset =
      typeof fields.offset === "string" ? { sign: "+" as const, hours: 0, minutes: 0 } : fields.offset;
    switch (field) {
      case "month":
        return { field, fields: { ...fields, month: value } };
      case "day":
        return { field, fields: { ...fields, day: value } };
      case "day past the end of its month": {
        // A month shorter than 31 days, and a day between its last and 31.
        const month = [2, 4, 6, 9, 11][fields.month % 5]!;
        const last = daysIn(fields.year, month);
        return { field, fields: { ...fields, month, day: Math.min(31, last + 1 + value) } };
      }
      case "hour":
        return { field, fields: { ...fields, hour: value } };
      case "minute":
        return { field, fields: { ...fields, minute: value } };
      case "second":
        return { field, fields: { ...fields, second: value } };
      case "offset hours":
        return { field, fields: { ...fields, offset: { ...numericOffset, hours: value } } };
      default:
        return { field, fields: { ...fields, offset: { ...numericOffset, minutes: value } } };
    }
  });

// Characters that no position of an RFC 3339 date-time accepts.
const foreign = fc.constantFrom(" ", "x", "/", "_", ",", ";", "\u0000", "٣", "Ｚ");

/** Near misses: a valid spelling with one character inserted or replaced by a foreign one, or a structural one deleted. */
const nearMisses: fc.Arbitrary<string> = fc
  .tuple(spellings, fc.constantFrom("insert", "replace", "delete"), fc.nat(), foreign)
  .map(([{ text }, edit, n, c]) => {
    if (edit === "insert") {
      const at = n % (text.length + 1);
      return text.slice(0, at) + c + text.slice(at);
    }
    if (edit === "replace") {
      const at = n % text.length;
      return text.slice(0, at) + c + text.slice(at + 1);
    }
    // Deleting from the fixed-width date and time, or from the offset, always breaks the shape; deleting one of
    // several fraction digits would not.
    const offsetLength = /[Zz]$/.test(text) ? 1 : 6;
    const positions = [...Array(19).keys(), ...Array.from({ length: offsetLength }, (_, i) => text.length - 1 - i)];
    const at = positions[n % positions.length]!;
    return text.slice(0, at) + text.slice(at + 1);
  })
  .filter((text) => !DATE_TIME_SHAPE.test(text));

const badStrings: fc.Arbitrary<{ kind: string; text: string }> = fc.oneof(
  fc
    .string({ maxLength: 40 })
    .filter((s) => !DATE_TIME_SHAPE.test(s))
    .map((text) => ({ kind: "random", text })),
  nearMisses.map((text) => ({ kind: "near miss", text })),
  outOfRange.map(({ field, fields }) => ({ kind: `out-of-range ${field}`, text: formatFields(fields) })),
  spellings.map(({ text }) => ({ kind: "missing offset", text: text.replace(/(?:[Zz]|[+-]\d{2}:\d{2})$/, "") })),
);

describe("values that are not RFC 3339 date-times", () => {
  it("a bad string fails with the exact path of the timestamp", () => {
    fc.assert(
      fc.property(transcriptResponses, badStrings, (response, bad) => {
        const error = decodeErrorOf(decodeWithTime(response, bad.text));
        expectErrorAt(error, pathOf(response.index));
        expect(error.reason).toMatch(/RFC 3339 date-time/);
      }),
    );
  });

  it("a number (epoch seconds, restJson1's default format) fails with the exact path", () => {
    const numbers = fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constant(1573180888.172),
    );
    fc.assert(
      fc.property(transcriptResponses, numbers, (response, n) => {
        const error = decodeErrorOf(decodeWithTime(response, n));
        expectErrorAt(error, pathOf(response.index));
        expect(error.reason).toBe(`expected an RFC 3339 date-time string, got a number (${overTheWire(n)})`);
      }),
    );
  });

  it("other JSON types fail with the exact path", () => {
    const others = fc.oneof(
      fc.boolean(),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.dictionary(fc.string(), fc.string()),
    );
    fc.assert(
      fc.property(transcriptResponses, others, (response, value) => {
        expectErrorAt(decodeErrorOf(decodeWithTime(response, value)), pathOf(response.index));
      }),
    );
  });
});
