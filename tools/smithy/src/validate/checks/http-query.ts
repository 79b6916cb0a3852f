// `@httpQuery` names ("HttpQueryTrait"): two members of one structure bound to the same query parameter, or a member
// bound to a parameter that the `@http` uri of an operation taking the structure as input already fixes
// (`/things?kind=a`), would make the query string ambiguous. Both are reported on the structure. A structure with
// `@httpQueryParams` beside `@httpQuery` members gets a NOTE ("HttpQueryParamsTrait"): a parameter of the query
// string can then belong to either.
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";

const HTTP = "smithy.api#http";
const HTTP_QUERY = "smithy.api#httpQuery";
const HTTP_QUERY_PARAMS = "smithy.api#httpQueryParams";

/** The parameter names the query string of a uri pattern fixes. */
function queryLiterals(uri: string): string[] {
  const q = uri.indexOf("?");
  if (q < 0) return [];
  return uri
    .slice(q + 1)
    .split("&")
    .filter((part) => part !== "")
    .map((part) => part.split("=")[0]!);
}

export const checkHttpQuery: Check = (ctx) => {
  const bindings = new Map<string, Map<string, string[]>>();
  for (const view of ctx.model.own()) {
    const name = view.traits[HTTP_QUERY];
    if (view.type !== "member" || typeof name !== "string" || view.container === undefined) continue;
    if (ctx.model.get(view.container)?.type !== "structure") continue;
    const byName = bindings.get(view.container) ?? new Map<string, string[]>();
    byName.set(name, [...(byName.get(name) ?? []), view.memberName ?? view.id]);
    bindings.set(view.container, byName);
  }
  noteQueryParamsBesideQuery(ctx, bindings);
  if (bindings.size === 0) return;
  for (const [structure, byName] of bindings) {
    for (const [name, members] of byName) {
      if (members.length < 2) continue;
      const list = members.map((m) => `\`${m}\``).join(", ");
      ctx.error(
        "HttpQueryTrait",
        structure,
        `the members ${list} of \`${structure}\` are all bound to the query parameter \`${name}\``,
      );
    }
  }
  for (const view of ctx.model.own()) {
    const http = view.traits[HTTP];
    const input = view.shape?.type === "operation" ? view.shape.input?.target : undefined;
    const byName = input === undefined ? undefined : bindings.get(input);
    if (byName === undefined || !isNodeObject(http) || typeof http.uri !== "string") continue;
    for (const literal of queryLiterals(http.uri)) {
      if (!byName.has(literal)) continue;
      const text = `the query parameter \`${literal}\` of \`${input}\` is already fixed by the uri "${http.uri}" of \`${view.id}\``;
      ctx.error("HttpQueryTrait", input!, text);
    }
  }
};

function noteQueryParamsBesideQuery(ctx: CheckContext, bindings: Map<string, Map<string, string[]>>): void {
  for (const [structure, byName] of bindings) {
    const params = ctx.model.membersOf(structure).find((m) => m.traits[HTTP_QUERY_PARAMS] !== undefined);
    if (!params) continue;
    const named = [...byName.values()].flat().sort();
    ctx.report(
      "NOTE",
      "HttpQueryParamsTrait",
      structure,
      `\`${params.memberName}\` of \`${structure}\` takes the query parameters (@httpQueryParams) beside ${named.map((m) => `\`${m}\``).join(", ")} (@httpQuery): a parameter may be meant for either`,
    );
  }
}
