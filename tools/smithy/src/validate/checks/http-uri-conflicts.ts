// "HttpUriConflict": two operations of a service's closure that one request could reach. They conflict when they
// share the method, their paths have as many segments and each pair of segments is the same literal or two labels
// (a literal beside a label does not conflict: routers prefer the literal), their query literals are the same, and
// their `@endpoint` host prefixes could expand to the same host. Each operation of a conflict is an ERROR.
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";

const HTTP = "smithy.api#http";
const ENDPOINT = "smithy.api#endpoint";
const HOST_LABEL = "smithy.api#hostLabel";
const PATTERN = "smithy.api#pattern";

interface Route {
  operation: string;
  uri: string;
  method: string;
  segments: string[];
  query: string;
  /** The host prefix split at dots, or undefined without `@endpoint`. */
  host: string[] | undefined;
}

const isLabel = (segment: string): boolean => segment.startsWith("{") && segment.endsWith("}");

function routeOf(ctx: CheckContext, operation: string): Route | undefined {
  const http = ctx.model.get(operation)?.traits[HTTP];
  if (!isNodeObject(http) || typeof http.uri !== "string" || typeof http.method !== "string") return undefined;
  const q = http.uri.indexOf("?");
  const path = q < 0 ? http.uri : http.uri.slice(0, q);
  const query = q < 0 ? "" : [...new Set(http.uri.slice(q + 1).split("&"))].sort().join("&");
  const endpoint = ctx.model.get(operation)?.traits[ENDPOINT];
  const host =
    isNodeObject(endpoint) && typeof endpoint.hostPrefix === "string" ? endpoint.hostPrefix.split(".") : undefined;
  return { operation, uri: http.uri, method: http.method, segments: path.split("/").slice(1), query, host };
}

function pathsConflict(a: Route, b: Route): boolean {
  if (a.segments.length !== b.segments.length || a.query !== b.query) return false;
  return a.segments.every((s, i) => {
    const t = b.segments[i]!;
    return isLabel(s) && isLabel(t) ? s.endsWith("+}") === t.endsWith("+}") : s === t;
  });
}

/** Whether a host label of the operation's input could take the literal: it can unless its @pattern refuses it. */
function labelCanBe(ctx: CheckContext, route: Route, label: string, literal: string): boolean {
  const operation = ctx.model.get(route.operation)?.shape;
  const input = operation?.type === "operation" ? operation.input?.target : undefined;
  const name = label.slice(1, -1);
  const member = input
    ? ctx.model.membersOf(input).find((m) => m.memberName === name && m.traits[HOST_LABEL] !== undefined)
    : undefined;
  if (!member) return true;
  const target = member.target ? ctx.model.get(member.target) : undefined;
  const pattern = member.traits[PATTERN] ?? target?.traits[PATTERN];
  if (typeof pattern !== "string") return true;
  try {
    return new RegExp(pattern, "u").test(literal);
  } catch {
    return true;
  }
}

function hostsConflict(ctx: CheckContext, a: Route, b: Route): boolean {
  if (a.host === undefined || b.host === undefined) return a.host === b.host;
  if (a.host.length !== b.host.length) return false;
  return a.host.every((s, i) => {
    const t = b.host![i]!;
    if (isLabel(s) && isLabel(t)) return true;
    if (isLabel(s)) return labelCanBe(ctx, a, s, t);
    if (isLabel(t)) return labelCanBe(ctx, b, t, s);
    return s === t;
  });
}

export const checkHttpUriConflicts: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    if (view.type !== "service") continue;
    const byShape = new Map<string, Route[]>();
    for (const id of ctx.model.index.closure([view.id])) {
      const route = ctx.model.get(id)?.type === "operation" ? routeOf(ctx, id) : undefined;
      if (!route) continue;
      const key = `${route.method.toUpperCase()} ${route.segments.length}`;
      byShape.set(key, [...(byShape.get(key) ?? []), route]);
    }
    for (const routes of byShape.values()) {
      routes.sort((a, b) => (a.operation < b.operation ? -1 : 1));
      for (const route of routes) {
        const others = routes.filter((o) => o !== route && pathsConflict(route, o) && hostsConflict(ctx, route, o));
        if (others.length === 0) continue;
        ctx.error(
          "HttpUriConflict",
          route.operation,
          `the ${route.method} ${route.uri} of \`${route.operation}\` could also be a request to ${others.map((o) => `\`${o.operation}\` (${o.uri})`).join(", ")}`,
        );
      }
    }
  }
};
