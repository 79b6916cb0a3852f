// The NextToken of ListReceivedRequests: where a reading of the request log goes on, and for which contact. Not
// signed: the log is the control plane's own, and a made-up token can only name other places in it.
import type { LogCursor } from "../connect/request-log.js";
import { controlErrors } from "./errors.js";

const PREFIX = "r1.";

interface Payload {
  /** from */
  f: number;
  /** until, or null when open */
  u: number | null;
  /** the contact filter, or null */
  c: string | null;
}

export function encodeLogToken(cursor: LogCursor, contactId: string | undefined): string {
  const payload: Payload = { f: cursor.from, u: cursor.until ?? null, c: contactId ?? null };
  return PREFIX + Buffer.from(JSON.stringify(payload)).toString("base64url");
}

const isPosition = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/** The cursor a token names; ControlValidationException when it is not one of ours or was issued for another contact. */
export function decodeLogToken(token: string, contactId: string | undefined): LogCursor {
  let payload: Partial<Payload> | undefined;
  const encoded = token.slice(PREFIX.length);
  if (token.startsWith(PREFIX) && /^[A-Za-z0-9_-]+$/.test(encoded)) {
    try {
      payload = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")) as Partial<Payload>;
    } catch {
      payload = undefined;
    }
  }
  if (
    typeof payload !== "object" ||
    payload === null ||
    !isPosition(payload.f) ||
    !(payload.u === null || isPosition(payload.u)) ||
    !(payload.c === null || typeof payload.c === "string")
  ) {
    throw controlErrors.invalid("NextToken is not a token that ListReceivedRequests gave");
  }
  if (payload.c !== (contactId ?? null)) {
    throw controlErrors.invalid("NextToken was issued for another ContactId: pass the same ContactId on every page");
  }
  return { from: payload.f, until: payload.u ?? undefined };
}
