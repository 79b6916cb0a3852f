// What the request log keeps of credentials: enough to debug with (the scheme, the access key id, the scope, the
// signed headers), never what would let someone act as the caller (a signature, a session token, a bearer token).

export const REDACTED = "[REDACTED]";

const SIGNATURE_VALUE = /(Signature=)[^,\s]*/gi;
const SCHEME = /^\s*([A-Za-z0-9!#$%&'*+.^_`|~-]{1,64})/;

/** An Authorization header as the log keeps it. */
export function redactAuthorization(value: string): string {
  const scheme = SCHEME.exec(value)?.[1];
  if (scheme === undefined) return REDACTED;
  // SigV4 puts only the signature among public facts: keep the rest as sent.
  if (scheme.startsWith("AWS4-")) return value.replace(SIGNATURE_VALUE, `$1${REDACTED}`);
  return `${scheme} ${REDACTED}`;
}

/** Header names (lower case) whose values are secret as a whole, or partly (authorization). */
const SECRET_HEADERS: ReadonlySet<string> = new Set(["x-amz-security-token", "cookie"]);

/** A header's value as the log keeps it; `name` in lower case. */
export function redactHeader(name: string, value: string): string {
  if (name === "authorization" || name === "proxy-authorization") return redactAuthorization(value);
  return SECRET_HEADERS.has(name) ? REDACTED : value;
}

/** Query parameters of a presigned SigV4 request that are secret. */
const SECRET_QUERY: ReadonlySet<string> = new Set(["X-Amz-Signature", "X-Amz-Security-Token"]);

/** A query parameter's value as the log keeps it. */
export function redactQueryValue(name: string, value: string): string {
  return SECRET_QUERY.has(name) ? REDACTED : value;
}
