// "HttpMethodSemantics": what the `@http` method says about an operation. The method is written in upper case;
// GET and HEAD are @readonly, PUT and DELETE @idempotent, POST and PATCH not @readonly ("…MissingReadonlyTrait",
// "…MissingIdempotentTrait", "…UnnecessaryReadonlyTrait", WARNINGs); GET and DELETE send no payload, as many HTTP
// clients drop it ("…UnexpectedPayload", a DANGER for an @httpPayload member or members bound to nothing else);
// OPTIONS is left to @cors ("…OPTIONS").
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";

const HTTP = "smithy.api#http";
const READONLY = "smithy.api#readonly";
const IDEMPOTENT = "smithy.api#idempotent";
const HTTP_PAYLOAD = "smithy.api#httpPayload";
const NON_BODY_BINDINGS = [
  "smithy.api#httpHeader",
  "smithy.api#httpLabel",
  "smithy.api#httpQuery",
  "smithy.api#httpQueryParams",
  "smithy.api#httpPrefixHeaders",
];
const ID = "HttpMethodSemantics";

export const checkHttpMethodSemantics: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    const http = view.traits[HTTP];
    if (view.shape?.type !== "operation" || !isNodeObject(http) || typeof http.method !== "string") continue;
    const method = http.method;
    if (!/^[A-Za-z]+$/.test(method)) continue; // not a method at all: the trait's value is reported elsewhere
    const upper = method.toUpperCase();
    if (method !== upper) {
      ctx.warn(
        ID,
        view.id,
        `the @http method of \`${view.id}\` is "${method}"; methods are written in upper case: "${upper}"`,
      );
      continue;
    }
    const readonly = view.traits[READONLY] !== undefined;
    const idempotent = readonly || view.traits[IDEMPOTENT] !== undefined;
    if ((method === "GET" || method === "HEAD") && !readonly) {
      ctx.warn(`${ID}.MissingReadonlyTrait`, view.id, `\`${view.id}\` uses ${method} but is not @readonly`);
    } else if ((method === "PUT" || method === "DELETE") && !idempotent) {
      ctx.warn(`${ID}.MissingIdempotentTrait`, view.id, `\`${view.id}\` uses ${method} but is not @idempotent`);
    } else if ((method === "POST" || method === "PATCH") && readonly) {
      ctx.warn(`${ID}.UnnecessaryReadonlyTrait`, view.id, `\`${view.id}\` uses ${method} but is @readonly`);
    } else if (method === "OPTIONS") {
      ctx.warn(
        `${ID}.OPTIONS`,
        view.id,
        `\`${view.id}\` models an OPTIONS request; CORS preflights come from @cors on the service`,
      );
    }
    if (method === "GET" || method === "DELETE") checkNoPayload(ctx, view.id, method, view.shape.input?.target);
  }
};

function checkNoPayload(ctx: CheckContext, operation: string, method: string, input: string | undefined): void {
  if (!input) return;
  // A member bound elsewhere too is never in the body (its conflicting bindings are reported on their own).
  const unbound = ctx.model.membersOf(input).filter((m) => !NON_BODY_BINDINGS.some((t) => m.traits[t] !== undefined));
  const payload = unbound.find((m) => m.traits[HTTP_PAYLOAD] !== undefined);
  const body = payload ? [payload] : unbound;
  if (body.length === 0) return;
  ctx.danger(
    `${ID}.UnexpectedPayload`,
    operation,
    `\`${operation}\` uses ${method}, but ${body
      .map((m) => `\`${m.memberName}\``)
      .sort()
      .join(", ")} would be sent in the request body, which many HTTP clients drop`,
  );
}
