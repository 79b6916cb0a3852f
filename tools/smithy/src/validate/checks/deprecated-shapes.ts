// "DeprecatedShape.<shape>": a member that targets a `@deprecated` shape, or a shape that uses a deprecated mixin,
// gets a WARNING naming the deprecated shape, with its `since` and `message` when it gives them.
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";

const DEPRECATED = "smithy.api#deprecated";

function deprecation(ctx: CheckContext, id: string): string | undefined {
  const value = ctx.model.get(id)?.traits[DEPRECATED];
  if (value === undefined) return undefined;
  const obj = isNodeObject(value) ? value : {};
  const since = typeof obj.since === "string" ? ` since ${obj.since}` : "";
  const message = typeof obj.message === "string" ? `: ${obj.message}` : "";
  return `\`${id}\` is deprecated${since}${message}`;
}

export const checkDeprecatedShapes: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    if (view.type === "member") {
      const why = view.target ? deprecation(ctx, view.target) : undefined;
      if (why) ctx.warn(`DeprecatedShape.${view.target}`, view.id, `\`${view.id}\` targets a deprecated shape: ${why}`);
      continue;
    }
    for (const r of ctx.model.out(view.id)) {
      const why = r.rel === "mixin" ? deprecation(ctx, r.to) : undefined;
      if (why) ctx.warn(`DeprecatedShape.${r.to}`, view.id, `\`${view.id}\` uses a deprecated mixin: ${why}`);
    }
  }
};
