// "HttpBindingsMissing": the operations of a service's closure that lack `@http`. When every protocol the service
// declares lists `@http` among its traits, each is an ERROR (the protocol cannot bind it); otherwise, when some
// operations of the closure have `@http`, the others get a WARNING.
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";

const HTTP = "smithy.api#http";
const PROTOCOL_DEFINITION = "smithy.api#protocolDefinition";

export const checkHttpBindingsMissing: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    if (view.type !== "service") continue;
    const operations = [...ctx.model.index.closure([view.id])].filter((id) => ctx.model.get(id)?.type === "operation");
    const missing = operations.filter((id) => ctx.model.get(id)?.traits[HTTP] === undefined).sort();
    if (missing.length === 0) continue;
    const protocols = httpProtocols(ctx, view.id);
    if (protocols !== undefined) {
      for (const id of missing) {
        ctx.error(
          "HttpBindingsMissing",
          id,
          `\`${id}\` has no @http, which the protocol ${protocols.map((p) => `\`${p}\``).join(", ")} of \`${view.id}\` needs for every operation`,
        );
      }
    } else if (missing.length < operations.length) {
      for (const id of missing) {
        ctx.warn(
          "HttpBindingsMissing",
          id,
          `\`${id}\` has no @http, though other operations of \`${view.id}\` have one`,
        );
      }
    }
  }
};

/** The protocols of the service when there are some and each lists `@http` among its traits, else undefined. */
function httpProtocols(ctx: CheckContext, serviceId: string): string[] | undefined {
  const service = ctx.model.get(serviceId)!;
  const protocols = Object.keys(service.traits).filter(
    (id) => ctx.model.get(id)?.traits[PROTOCOL_DEFINITION] !== undefined,
  );
  if (protocols.length === 0) return undefined;
  const usesHttp = (id: string) => {
    const def = ctx.model.get(id)?.traits[PROTOCOL_DEFINITION];
    return isNodeObject(def) && Array.isArray(def.traits) && def.traits.includes(HTTP);
  };
  return protocols.every(usesHttp) ? protocols : undefined;
}
