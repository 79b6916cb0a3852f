// The control plane's lock: with a control token set, every request under /_fake/ must carry
// `Authorization: Bearer <token>`, or it is answered 401 before anything else is looked at (its route included).
import { createHash, timingSafeEqual } from "node:crypto";
import type { HttpRequest } from "@smithy/protocol-http";
import { errorResponse, type RequestHandler, toHttpResponse } from "../runtime/index.js";
import { createRequestIds } from "../runtime/request-id.js";

export const CONTROL_UNAUTHORIZED = "ControlUnauthorizedException";

/** A token travels in a header: visible ASCII, no spaces. */
const TOKEN_SYNTAX = /^[\x21-\x7e]+$/;

/** Checks a control token given as an option; a RangeError says what is wrong with it. */
export function checkControlToken(token: string): string {
  if (typeof token !== "string" || !TOKEN_SYNTAX.test(token) || token.length > 1024) {
    throw new RangeError(
      "the control token must be 1 to 1024 visible ASCII characters without spaces, so that it can travel in a header",
    );
  }
  return token;
}

const digest = (text: string) => createHash("sha256").update(text).digest();

function authorizationOf(request: HttpRequest): string | undefined {
  for (const name in request.headers) {
    if (name.toLowerCase() === "authorization") return request.headers[name];
  }
  return undefined;
}

/** Why a request may not use the control plane, or undefined when it may. */
function refusal(request: HttpRequest, expected: Buffer): string | undefined {
  const header = authorizationOf(request);
  if (header === undefined) {
    return "The control plane needs a control token: send Authorization: Bearer <token>";
  }
  const match = /^Bearer +(\S+) *$/i.exec(header);
  if (match === null) return "The control plane takes only Authorization: Bearer <token>";
  // Compared as digests, in constant time: neither the token's length nor its letters leak through timing.
  return timingSafeEqual(digest(match[1]!), expected) ? undefined : "The control token is not valid";
}

/** The handler behind a lock: requests without the token get 401, the others go through. */
export function requireControlToken(handler: RequestHandler, token: string): RequestHandler {
  const expected = digest(checkControlToken(token));
  const nextRequestId = createRequestIds();
  return async (request, context) => {
    const refused = refusal(request, expected);
    if (refused === undefined) return handler(request, context);
    return toHttpResponse(
      errorResponse({
        errorType: CONTROL_UNAUTHORIZED,
        status: 401,
        body: { Message: refused, message: refused },
        requestId: nextRequestId(),
        headers: { "www-authenticate": 'Bearer realm="rtca-fake control plane"' },
      }),
    );
  };
}
