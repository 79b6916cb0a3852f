// Smithy runs its checks of how shapes are used only once every target resolves to a shape of the right kind (its
// target validator is critical): the checks that follow it here do the same.
import type { CheckContext } from "../context.js";

export function targetsResolved(ctx: CheckContext): boolean {
  return !ctx.events.some((e) => e.severity === "ERROR" && e.id.split(".")[0] === "Target");
}
