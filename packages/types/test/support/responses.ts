// Generated responses of ListRealtimeContactAnalysisSegmentsV2, as values and as the JSON a service sends, and the
// pieces the properties splice into them: segments that carry a Time, names no union of ours knows, JSON values.
import * as fc from "fast-check";
import { arbitraries } from "../../src/arbitraries.js";
import {
  encodeListRealtimeContactAnalysisSegmentsV2Response,
  type ListRealtimeContactAnalysisSegmentsV2Response,
  type RealtimeContactAnalysisSegment,
} from "../../src/index.js";
import { overTheWire } from "./wire.js";

export type Response = ListRealtimeContactAnalysisSegmentsV2Response;
export type Segment = RealtimeContactAnalysisSegment;

/** A JSON object as it came off the wire. */
export type WireObject = Record<string, unknown>;

/** A response body as it came off the wire. */
export interface WireResponse extends WireObject {
  Segments: unknown[];
}

/** The members of the RealtimeContactAnalysisSegment union in our model. */
export const SEGMENT_MEMBERS = [
  "Transcript",
  "Categories",
  "Issues",
  "Event",
  "Attachments",
  "PostContactSummary",
  "ExtractedInformation",
] as const;
export type SegmentMember = (typeof SEGMENT_MEMBERS)[number];

/** The segment members whose structure carries a `Time` (a RealTimeContactAnalysisTimeData union). */
export const TIMED_SEGMENT_MEMBERS = ["Transcript", "Event", "Attachments"] as const;
export type TimedSegmentMember = (typeof TIMED_SEGMENT_MEMBERS)[number];

/** The members of the RealTimeContactAnalysisTimeData union in our model. */
export const TIME_MEMBERS = ["AbsoluteTime"] as const;

/** Segment members the live service (and AWS's SDK) already has, and our model does not yet: none since 0.2.0. */
export const NEWER_SEGMENT_MEMBERS: readonly string[] = [];

/** A response value and its wire form. */
export interface ResponseOnWire {
  value: Response;
  /** The encoded value as a peer receives it: a fresh copy on every read, so a property may change it freely. */
  readonly wire: WireResponse;
}

/** A response with a segment of interest; `index` is where that segment is. */
export interface ResponseWithSegment extends ResponseOnWire {
  index: number;
}

// fast-check hands the same generated value to a property more than once while it shrinks a failure: the wire form
// is rebuilt on each read so that what one run changed never leaks into the next.
class GeneratedResponse implements ResponseWithSegment {
  constructor(
    readonly value: Response,
    readonly index = 0,
  ) {}

  get wire(): WireResponse {
    return overTheWire<WireResponse>(encodeListRealtimeContactAnalysisSegmentsV2Response(this.value));
  }
}

export function onWire(value: Response): ResponseOnWire {
  return new GeneratedResponse(value);
}

export const responses: fc.Arbitrary<ResponseOnWire> =
  arbitraries.ListRealtimeContactAnalysisSegmentsV2Response.map(onWire);

/** A segment of a kind that carries a Time. */
export const timedSegments: fc.Arbitrary<Segment> = fc.oneof(
  arbitraries.RealTimeContactAnalysisSegmentTranscript.map((Transcript): Segment => ({ Transcript })),
  arbitraries.RealTimeContactAnalysisSegmentEvent.map((Event): Segment => ({ Event })),
  arbitraries.RealTimeContactAnalysisSegmentAttachments.map((Attachments): Segment => ({ Attachments })),
);

/** A response with `segment` inserted among the generated ones; `index` is where it went. */
export function responsesWith(segment: fc.Arbitrary<Segment>): fc.Arbitrary<ResponseWithSegment> {
  return fc
    .tuple(arbitraries.ListRealtimeContactAnalysisSegmentsV2Response, segment, fc.nat())
    .map(([response, inserted, n]) => {
      const index = n % (response.Segments.length + 1);
      return new GeneratedResponse({ ...response, Segments: response.Segments.toSpliced(index, 0, inserted) }, index);
    });
}

/** Responses that hold at least one segment, with the index of one of them. */
export const responsesWithASegment: fc.Arbitrary<ResponseWithSegment> = responsesWith(
  arbitraries.RealtimeContactAnalysisSegment,
);

// Names that have tripped decoders elsewhere: other casings, prototype keys, the newer members of the live service.
const TRICKY_NAMES = [
  "",
  "0",
  "transcript",
  "TRANSCRIPT",
  "Transcript ",
  "absoluteTime",
  "RelativeTime",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "$unknown",
  "__type ",
  "__TYPE",
  ...NEWER_SEGMENT_MEMBERS,
];

/** A member name that is none of `known` and not `__type` (which unions ignore). */
export function unknownMemberNames(known: readonly string[]): fc.Arbitrary<string> {
  return fc
    .oneof(fc.constantFrom(...TRICKY_NAMES), fc.string({ maxLength: 24 }), fc.string({ maxLength: 24, unit: "binary" }))
    .filter((name) => name !== "__type" && !known.includes(name));
}

/** Any JSON value a member can hold: null is left out, since a null member counts as unset. */
export const memberValues: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 }).filter((v) => v !== null);

/** The member name a wire segment has set (the first key that is not `__type` and not null). */
export function memberOf(wireUnion: WireObject): string {
  const name = Object.keys(wireUnion).find((k) => k !== "__type" && wireUnion[k] !== null);
  if (name === undefined) throw new Error(`no member set in ${JSON.stringify(wireUnion)}`);
  return name;
}

/** The structure inside a wire segment of a timed kind, whose `Time` a property may replace. */
export function timedStructureOf(wireSegment: WireObject): WireObject {
  const member = memberOf(wireSegment);
  if (!(TIMED_SEGMENT_MEMBERS as readonly string[]).includes(member)) throw new Error(`${member} has no Time`);
  return wireSegment[member] as WireObject;
}
