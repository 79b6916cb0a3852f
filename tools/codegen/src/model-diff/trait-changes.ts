// How a change of one trait on a shape or member is graded.
import type { NodeValue } from "@rtca/smithy";
import type { DiffEvent, DiffSeverity } from "./diff-event.js";

const API = "smithy.api#";

/** Traits whose every change moves the wire format or the protocol's behaviour. */
const WIRE_TRAITS = new Set(
  [
    "http",
    "httpLabel",
    "httpQuery",
    "httpQueryParams",
    "httpHeader",
    "httpPrefixHeaders",
    "httpPayload",
    "httpResponseCode",
    "httpError",
    "jsonName",
    "timestampFormat",
    "error",
    "streaming",
    "eventPayload",
    "eventHeader",
    "hostLabel",
    "endpoint",
    "mediaType",
    "idempotencyToken",
    "input",
    "output",
    "sparse",
    "uniqueItems",
    "clientOptional",
    "requiresLength",
  ].map((t) => `${API}${t}`),
);

/** Traits that change no code and no wire: documentation and the like. */
const DOC_TRAITS = new Set(
  ["documentation", "externalDocumentation", "examples", "since", "tags", "title", "suppress", "unstable"].map(
    (t) => `${API}${t}`,
  ),
);

interface Bounds {
  min?: number;
  max?: number;
}

function bounds(value: NodeValue | undefined): Bounds {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const out: Bounds = {};
  if (typeof value.min === "number") out.min = value.min;
  if (typeof value.max === "number") out.max = value.max;
  return out;
}

/** Whether the new bounds accept a value the old ones refused or refuse one they accepted. */
function compareBounds(before: Bounds, after: Bounds): "tighter" | "looser" | "same" {
  const tighter =
    (after.min !== undefined && (before.min === undefined || after.min > before.min)) ||
    (after.max !== undefined && (before.max === undefined || after.max < before.max));
  if (tighter) return "tighter";
  const same = before.min === after.min && before.max === after.max;
  return same ? "same" : "looser";
}

/** A value as the report shows it: long ones cut short, since a report line is read, not parsed. */
function text(value: NodeValue | undefined): string {
  if (value === undefined) return "none";
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
const short = (trait: string) => (trait.startsWith(API) ? trait.slice(API.length) : trait);

/** The events for the change of one trait (absent before or after means added or removed). */
export function traitChange(
  shapeId: string,
  trait: string,
  before: NodeValue | undefined,
  after: NodeValue | undefined,
  context: { member: boolean; hasDefault: boolean },
): DiffEvent[] {
  const name = short(trait);
  const event = (id: string, severity: DiffSeverity, message: string): DiffEvent[] => [
    { id, severity, shapeId, message },
  ];
  const what = `@${name} ${before === undefined ? "added" : after === undefined ? "removed" : "changed"}`;
  switch (trait) {
    case `${API}required`:
      if (after !== undefined) {
        return context.hasDefault
          ? event("ChangedNullability", "WARNING", "@required added to a member that has a default")
          : event("ChangedNullability", "ERROR", "@required added without a @default: old callers may omit it");
      }
      return event("ChangedNullability", "DANGER", "@required removed: code that reads the member may meet none");
    case `${API}default`:
      if (after === undefined) return event("ChangedDefault", "ERROR", `@default ${text(before)} removed`);
      return event("ChangedDefault", "DANGER", `default changed from ${text(before)} to ${text(after)}`);
    case `${API}length`:
    case `${API}range`: {
      const id = name === "length" ? "ChangedLengthTrait" : "ChangedRangeTrait";
      const change = compareBounds(bounds(before), bounds(after));
      if (change === "tighter") {
        return event(id, "ERROR", `@${name} tightened from ${text(before)} to ${text(after)}`);
      }
      return event(id, "NOTE", `@${name} loosened from ${text(before)} to ${text(after)}`);
    }
    case `${API}pattern`:
      if (after === undefined) return event("ChangedPatternTrait", "NOTE", `@pattern ${text(before)} removed`);
      return event("ChangedPatternTrait", "ERROR", `${what}: ${text(before)} -> ${text(after)}`);
    case `${API}paginated`:
      return event("ModifiedTrait", "DANGER", `${what}: ${text(before)} -> ${text(after)}`);
    case `${API}sensitive`:
      return event("ModifiedTrait", "WARNING", `${what}: logs and redaction change`);
    default:
      break;
  }
  if (WIRE_TRAITS.has(trait)) {
    return event("TraitBreakingChange", "ERROR", `${what} (${text(before)} -> ${text(after)}): the wire changes`);
  }
  if (DOC_TRAITS.has(trait)) return event("ModifiedTrait", "NOTE", `${what}`);
  return event("ModifiedTrait", "WARNING", `${what}: ${text(before)} -> ${text(after)}`);
}
