// Computes a SigV4 signature the way AWS's signers do for services other than S3 (the path is escaped once more,
// header values are trimmed and their inner whitespace folded), so that a server can check what a client signed.
import { createHash, createHmac } from "node:crypto";
import { type HttpRequestParts, sigV4CanonicalPath, sigV4CanonicalQuery } from "@rtca/types";
import { ALGORITHM, type SigV4Authorization } from "./authorization-header.js";

export function sha256Hex(data: string | Uint8Array): string {
  return typeof data === "string"
    ? createHash("sha256").update(data, "utf8").digest("hex")
    : createHash("sha256").update(data).digest("hex");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

/** The payload hash of a request whose body is a stream of event messages, each signed on its own. */
export const STREAMING_EVENTS_PAYLOAD = "STREAMING-AWS4-HMAC-SHA256-EVENTS";

/** The SigV4 key of a day, region and service. */
export function signingKey(secretAccessKey: string, shortDate: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, shortDate), region), service), "aws4_request");
}

/** The hex HMAC-SHA256 of the text under the key. */
export function hmacHex(key: Buffer, text: string): string {
  return createHmac("sha256", key).update(text, "utf8").digest("hex");
}

/**
 * What a request's x-amz-content-sha256 says: nothing (`absent`: the signature covers the body's hash), the body's
 * hash (`matches`) or another one (`mismatch`), `unsigned` (UNSIGNED-PAYLOAD), `events` (a stream of event messages
 * each signed on its own, STREAMING-AWS4-HMAC-SHA256-EVENTS), or something else (`malformed`).
 */
export function declaredPayloadHash(
  request: HttpRequestParts,
): "absent" | "matches" | "mismatch" | "unsigned" | "events" | "malformed" {
  const declared = request.headers["x-amz-content-sha256"];
  if (declared === undefined) return "absent";
  if (declared === "UNSIGNED-PAYLOAD") return "unsigned";
  if (declared === STREAMING_EVENTS_PAYLOAD) return "events";
  if (!/^[0-9a-f]{64}$/.test(declared)) return "malformed";
  // A streamed body is hashed as it is read: checkedStream compares at its end.
  if (request.stream !== undefined) return "matches";
  return declared === sha256Hex(request.body ?? "") ? "matches" : "mismatch";
}

/**
 * The chunks of a streamed body, hashed as they pass: at the end, a hash other than the declared one throws
 * `mismatch()` to the reader instead of the end, so that a behaviour never takes a body the signature does not cover.
 */
export async function* checkedStream(
  stream: AsyncIterable<Uint8Array>,
  declared: string,
  mismatch: () => Error,
): AsyncGenerator<Uint8Array, void, undefined> {
  const hash = createHash("sha256");
  for await (const chunk of stream) {
    hash.update(chunk);
    yield chunk;
  }
  if (hash.digest("hex") !== declared) throw mismatch();
}

/** The canonical request, or undefined when a signed header is missing from the request. */
export function canonicalRequest(request: HttpRequestParts, signedHeaders: readonly string[]): string | undefined {
  const headerLines: string[] = [];
  for (const name of [...signedHeaders].sort()) {
    const value = request.headers[name];
    if (value === undefined) return undefined;
    headerLines.push(`${name}:${value.trim().replace(/\s+/g, " ")}`);
  }
  const payloadHash = request.headers["x-amz-content-sha256"] ?? sha256Hex(request.body ?? "");
  return [
    request.method,
    sigV4CanonicalPath(request.path),
    sigV4CanonicalQuery(request.query),
    `${headerLines.join("\n")}\n`,
    [...signedHeaders].sort().join(";"),
    payloadHash,
  ].join("\n");
}

/** The hex signature of a request for the given scope and secret key. */
export function computeSignature(
  canonical: string,
  authorization: Pick<SigV4Authorization, "shortDate" | "region" | "service">,
  longDate: string,
  secretAccessKey: string,
): string {
  const scope = `${authorization.shortDate}/${authorization.region}/${authorization.service}/aws4_request`;
  const stringToSign = `${ALGORITHM}\n${longDate}\n${scope}\n${sha256Hex(canonical)}`;
  const key = signingKey(secretAccessKey, authorization.shortDate, authorization.region, authorization.service);
  return hmacHex(key, stringToSign);
}
