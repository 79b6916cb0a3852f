// HTTP status codes that fit what they answer ("HttpResponseCodeSemantics"): an operation's `@http` code is a 2xx
// (a DANGER otherwise), and a 204 or 205 has no body to carry, so every output member is bound to a header, the
// prefix headers or the response code (a WARNING otherwise); a client `@error` has a 4xx `@httpError` and a server
// one a 5xx (a DANGER otherwise).
import { isNodeObject } from "../../node-values.js";
import type { Check } from "../context.js";

const HTTP = "smithy.api#http";
const HTTP_ERROR = "smithy.api#httpError";
const ERROR = "smithy.api#error";
const UNIT = "smithy.api#Unit";
const OUT_OF_BODY = ["smithy.api#httpHeader", "smithy.api#httpPrefixHeaders", "smithy.api#httpResponseCode"];

export const checkHttpResponseCodes: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    const http = view.traits[HTTP];
    if (view.type === "operation" && isNodeObject(http)) {
      const code = typeof http.code === "number" ? http.code : 200;
      const where = ctx.model.traitLocation(view.id, HTTP);
      if (code < 200 || code >= 300) {
        ctx.danger(
          "HttpResponseCodeSemantics",
          view.id,
          `the @http code of \`${view.id}\` is ${code}, not a 2xx`,
          where,
        );
      } else if (code === 204 || code === 205) {
        const output = view.shape?.type === "operation" ? view.shape.output?.target : undefined;
        const inBody =
          output === undefined || output === UNIT
            ? []
            : ctx.model.membersOf(output).filter((m) => OUT_OF_BODY.every((t) => m.traits[t] === undefined));
        if (inBody.length > 0) {
          ctx.warn(
            "HttpResponseCodeSemantics",
            view.id,
            `\`${view.id}\` answers ${code}, which has no body, but its output members ${inBody.map((m) => `\`${m.memberName}\``).join(", ")} go in the body`,
            where,
          );
        }
      }
    }
    const fault = view.traits[ERROR];
    const httpError = view.traits[HTTP_ERROR];
    if (view.type === "structure" && typeof httpError === "number" && (fault === "client" || fault === "server")) {
      const [low, range] = fault === "client" ? [400, "4xx"] : [500, "5xx"];
      if (httpError < low || httpError >= low + 100) {
        const text = `the ${fault} error \`${view.id}\` has the @httpError code ${httpError}, not a ${range}`;
        ctx.danger("HttpResponseCodeSemantics", view.id, text, ctx.model.traitLocation(view.id, HTTP_ERROR));
      }
    }
  }
};
