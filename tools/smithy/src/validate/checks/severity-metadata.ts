// The `severityOverrides` metadata must be well formed, as Smithy's loader requires ("Model" errors, naming no
// shape): an array of objects, each with an `id`, a `namespace` and a `severity` of WARNING or DANGER (an override
// only raises a severity, and nothing can be raised to ERROR). Malformed entries are ignored when grading.
import { isNodeObject, nodeKind } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";

const OVERRIDE_SEVERITIES = ["DANGER", "WARNING"];

export const checkSeverityMetadata: Check = (ctx) => {
  const overrides = ctx.model.ast.metadata?.severityOverrides;
  if (overrides === undefined) return;
  if (!Array.isArray(overrides)) {
    refuse(ctx, `the \`severityOverrides\` metadata must be an array, found ${nodeKind(overrides)}`);
    return;
  }
  overrides.forEach((entry, i) => {
    if (!isNodeObject(entry)) {
      refuse(ctx, `entry ${i} of the \`severityOverrides\` metadata must be an object, found ${nodeKind(entry)}`);
      return;
    }
    // Smithy stops at the first member an entry lacks.
    const missing = ["id", "namespace", "severity"].find((key) => typeof entry[key] !== "string");
    if (missing) refuse(ctx, `entry ${i} of the \`severityOverrides\` metadata needs a \`${missing}\``);
    if (typeof entry.severity === "string" && !OVERRIDE_SEVERITIES.includes(entry.severity)) {
      refuse(
        ctx,
        `entry ${i} of the \`severityOverrides\` metadata raises to ${entry.severity}; only ${OVERRIDE_SEVERITIES.join(" or ")} can be given`,
      );
    }
  });
};

function refuse(ctx: CheckContext, message: string): void {
  ctx.events.push({ id: "Model", severity: "ERROR", message });
}
