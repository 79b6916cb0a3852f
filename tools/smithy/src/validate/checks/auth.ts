// Authentication schemes: an operation's `@auth` lists only schemes its service defines ("AuthTrait", DANGER), and a
// service with several schemes orders them with `@auth` ("ServiceAuthDefinitions", WARNING): without it clients
// take them in alphabetical order of their ids.
import type { Check, CheckContext } from "../context.js";

const AUTH = "smithy.api#auth";
const AUTH_DEFINITION = "smithy.api#authDefinition";

/** The auth schemes a service defines: its traits that are marked @authDefinition. */
function schemesOf(ctx: CheckContext, serviceId: string): string[] {
  const traits = ctx.model.get(serviceId)?.traits ?? {};
  return Object.keys(traits).filter((id) => ctx.model.get(id)?.traits[AUTH_DEFINITION] !== undefined);
}

export const checkAuth: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    if (view.type !== "service") continue;
    const schemes = schemesOf(ctx, view.id);
    if (schemes.length > 1 && view.traits[AUTH] === undefined) {
      ctx.warn(
        "ServiceAuthDefinitions",
        view.id,
        `\`${view.id}\` defines the auth schemes ${schemes
          .sort()
          .map((s) => `\`${s}\``)
          .join(", ")} but no @auth to order them`,
      );
    }
    for (const id of ctx.model.index.closure([view.id])) {
      const operation = ctx.model.get(id);
      const auth = operation?.type === "operation" ? operation.traits[AUTH] : undefined;
      if (!Array.isArray(auth)) continue;
      const unknown = auth.filter((s): s is string => typeof s === "string" && !schemes.includes(s));
      if (unknown.length === 0) continue;
      ctx.danger(
        "AuthTrait",
        id,
        `@auth of \`${id}\` names ${unknown.map((s) => `\`${s}\``).join(", ")}, which its service \`${view.id}\` does not define`,
      );
    }
  }
};
