// Ways to dress up a union on the wire that must not change what it means: a `__type` key, as some AWS services
// add, and other members sent explicitly as null, before or after the member that is set.
import * as fc from "fast-check";
import { memberOf, type WireObject } from "./responses.js";

export interface UnionDecoration {
  /** The value of an added `__type` key; undefined adds none. */
  typeTag: string | undefined;
  /** Members sent as null (the one that is set is skipped). */
  nullMembers: string[];
  /** Whether the null members and the tag go before the member that is set: key order must not matter. */
  before: boolean;
}

/** Decorations whose null members are drawn from `nullMemberNames`. */
export function decorations(nullMemberNames: fc.Arbitrary<string>): fc.Arbitrary<UnionDecoration> {
  return fc.record({
    typeTag: fc.option(fc.oneof(fc.string(), fc.constant("com.amazonaws.connect#RealtimeContactAnalysisSegment")), {
      nil: undefined,
    }),
    nullMembers: fc.uniqueArray(nullMemberNames, { maxLength: 4 }),
    before: fc.boolean(),
  });
}

/** The wire union with the decoration applied around its member. */
export function decorate(union: WireObject, decoration: UnionDecoration): WireObject {
  const member = memberOf(union);
  const nulls = Object.fromEntries(decoration.nullMembers.filter((m) => m !== member).map((m) => [m, null]));
  const tag = decoration.typeTag === undefined ? {} : { __type: decoration.typeTag };
  const set = { [member]: union[member] };
  return decoration.before ? { ...tag, ...nulls, ...set } : { ...set, ...nulls, ...tag };
}

/** A segment's decoration, and one for its Time when it has one. */
export interface SegmentDecoration {
  segment: UnionDecoration;
  time: UnionDecoration;
}

/** Applies `plan` to the wire segments in turn (cycling through it); segments that are not objects are left alone. */
export function decorateSegments(segments: unknown[], plan: readonly SegmentDecoration[]): void {
  if (plan.length === 0) return;
  segments.forEach((segment, i) => {
    if (typeof segment !== "object" || segment === null || Array.isArray(segment)) return;
    const decoration = plan[i % plan.length]!;
    const structure = (segment as WireObject)[memberOf(segment as WireObject)];
    if (typeof structure === "object" && structure !== null && !Array.isArray(structure)) {
      const time = (structure as WireObject).Time;
      if (typeof time === "object" && time !== null && !Array.isArray(time)) {
        (structure as WireObject).Time = decorate(time as WireObject, decoration.time);
      }
    }
    segments[i] = decorate(segment as WireObject, decoration.segment);
  });
}
