// The identity of a segment, for telling a re-sent segment from a new one. Segments with an Id (Transcript,
// Event, Attachments, and unknown kinds that carry one) are known by kind and Id; the others (Categories, Issues)
// by kind and content, so that an updated Categories segment counts as new but an identical re-send does not.
import { RealtimeContactAnalysisSegment } from "@rtca/types";

export function segmentKey(segment: RealtimeContactAnalysisSegment): string {
  const kind = RealtimeContactAnalysisSegment.memberName(segment);
  const value: unknown =
    segment.$unknown !== undefined ? segment.$unknown[1] : (segment as unknown as Record<string, unknown>)[kind];
  const id = typeof value === "object" && value !== null ? (value as { Id?: unknown }).Id : undefined;
  if (typeof id === "string" && id !== "") return `${kind}:${id}`;
  return `${kind}#${canonicalJson(value)}`;
}

/** JSON with object keys sorted, so that equal values give equal text whatever order their keys came in. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(",")}}`;
  }
  return value === undefined ? "null" : JSON.stringify(value);
}
