// Traits that shape what goes over the wire: `@cors` gives `origin` or `origins`, not both ("CorsTrait"); an
// `@httpApiKeyAuth` with a `scheme` sends the key in a header ("HttpApiKeyAuthTrait"); the members of a structure or
// union have distinct JSON names, their `@jsonName` or else their own ("JsonName").
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";

const CORS = "smithy.api#cors";
const HTTP_API_KEY_AUTH = "smithy.api#httpApiKeyAuth";
const JSON_NAME = "smithy.api#jsonName";

function checkCors(ctx: CheckContext, view: ShapeView): void {
  const cors = view.traits[CORS];
  if (!isNodeObject(cors) || cors.origin === undefined || cors.origins === undefined) return;
  const text = `@cors on \`${view.id}\` gives both \`origin\` and \`origins\`: give one`;
  ctx.error("CorsTrait", view.id, text, ctx.model.traitLocation(view.id, CORS));
}

function checkApiKey(ctx: CheckContext, view: ShapeView): void {
  const auth = view.traits[HTTP_API_KEY_AUTH];
  if (!isNodeObject(auth) || auth.scheme === undefined || auth.in === "header") return;
  const text = `@httpApiKeyAuth on \`${view.id}\` has a \`scheme\`, so the key goes in a header, not in the ${String(auth.in)}`;
  ctx.error("HttpApiKeyAuthTrait", view.id, text, ctx.model.traitLocation(view.id, HTTP_API_KEY_AUTH));
}

function checkJsonNames(ctx: CheckContext, view: ShapeView): void {
  const byName = new Map<string, string[]>();
  for (const member of ctx.model.membersOf(view.id)) {
    const own = member.traits[JSON_NAME];
    const name = typeof own === "string" ? own : (member.memberName ?? member.id);
    byName.set(name, [...(byName.get(name) ?? []), member.memberName ?? member.id]);
  }
  for (const [name, members] of byName) {
    if (members.length < 2) continue;
    const text = `the members ${members.map((m) => `\`${m}\``).join(", ")} of \`${view.id}\` share the JSON name "${name}"`;
    ctx.error("JsonName", view.id, text);
  }
}

export const checkProtocolTraits: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    if (view.type === "service") {
      checkCors(ctx, view);
      checkApiKey(ctx, view);
    } else if (view.type === "structure" || view.type === "union") {
      checkJsonNames(ctx, view);
    }
  }
};
