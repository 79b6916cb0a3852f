// The kinds of segment: the union members the model knows, and the extra kinds a contact may declare.
import { RealTimeContactAnalysisSegmentType } from "@rtca/types";

/** The segment types of the model, which are also the names of the RealtimeContactAnalysisSegment members. */
export const MODELLED_SEGMENT_TYPES: readonly string[] = Object.values(RealTimeContactAnalysisSegmentType);

const modelled = new Set(MODELLED_SEGMENT_TYPES);

export function isModelledSegmentType(name: string): boolean {
  return modelled.has(name);
}

const EVERY_MODELLED_KIND: readonly string[] = Object.freeze([...MODELLED_SEGMENT_TYPES].sort());
const EVERY_MODELLED_KIND_KEY = EVERY_MODELLED_KIND.join(",");

/** The kinds a request asks for: its SegmentTypes without repeats, in a fixed order; none means every modelled kind. */
export function requestedKinds(segmentTypes: readonly string[]): readonly string[] {
  if (segmentTypes.length === 0) return EVERY_MODELLED_KIND;
  if (segmentTypes.length === 1) return segmentTypes;
  return [...new Set(segmentTypes)].sort();
}

/** One string for a list of kinds as requestedKinds gives it, the same for the same kinds. */
export function kindsKey(kinds: readonly string[]): string {
  if (kinds === EVERY_MODELLED_KIND) return EVERY_MODELLED_KIND_KEY;
  return kinds.length === 1 ? kinds[0]! : kinds.join(",");
}
