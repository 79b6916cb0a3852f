// The closure of a shape: every shape and member it reaches through any relationship, itself included.
import type { CheckContext } from "../context.js";

export function closureOf(ctx: CheckContext, rootId: string): Set<string> {
  const seen = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id) || !ctx.model.has(id)) continue;
    seen.add(id);
    for (const { to } of ctx.model.out(id)) if (!seen.has(to)) stack.push(to);
  }
  return seen;
}
