// The model's validator rejects SegmentTypes values outside its enum. A contact may declare extra kinds (such as
// PostContactSummary) that requests may then name: this drops the enum violations for exactly those values.
import type { ConstraintViolation, ListRealtimeContactAnalysisSegmentsV2Request } from "@rtca/types";
import type { FakeStore } from "../state/store.js";

const SEGMENT_TYPE_PATH = /^SegmentTypes\[(\d+)\]$/;

export function allowDeclaredSegmentTypes(
  store: FakeStore,
  input: ListRealtimeContactAnalysisSegmentsV2Request,
  violations: ConstraintViolation[],
): ConstraintViolation[] {
  if (!violations.some((v) => v.kind === "enum" && SEGMENT_TYPE_PATH.test(v.path))) return violations;
  const declared = store.getContact(input.InstanceId, input.ContactId)?.extraSegmentTypes ?? [];
  return violations.filter((v) => {
    const match = v.kind === "enum" ? SEGMENT_TYPE_PATH.exec(v.path) : null;
    if (match === null) return true;
    const value = input.SegmentTypes[Number(match[1])];
    return value === undefined || !declared.includes(value);
  });
}
