// Undoes a request's gzip Content-Encoding (as clients apply it for Smithy's @requestCompression), with the size of
// what comes out bounded like any body: a small body that inflates past the limit (a zip bomb) is refused without
// ever being held whole. Codings are undone from the last applied; one this server does not know (a caller's own)
// is left in place with the body as it is then, for the operation to read.
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import type { HttpRequestParts } from "@rtca/types";
import { ProtocolError, ProtocolErrors } from "./errors.js";

const gunzipBounded = promisify(gunzip);

/** The largest body once decoded, by default: the same 5 MiB as the HTTP face's limit on the bytes received. */
export const DEFAULT_MAX_DECODED_BODY_BYTES = 5 * 1024 * 1024;

/** The parts with their gzip codings undone: the body decompressed and the header left with the codings that remain. */
export async function decodeContentEncoding(parts: HttpRequestParts, maxBytes: number): Promise<HttpRequestParts> {
  const header = parts.headers["content-encoding"];
  if (header === undefined || parts.body === undefined || parts.body.length === 0) return parts;
  const codings = header
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
  let body: Uint8Array = typeof parts.body === "string" ? new TextEncoder().encode(parts.body) : parts.body;
  let undone = 0;
  while (codings.length > 0 && isGzip(codings.at(-1)!)) {
    body = await inflate(body, maxBytes);
    codings.pop();
    undone++;
  }
  if (undone === 0) return parts;
  const headers = { ...parts.headers };
  if (codings.length === 0) delete headers["content-encoding"];
  else headers["content-encoding"] = codings.join(", ");
  return { ...parts, headers, body };
}

function isGzip(coding: string): boolean {
  return coding === "gzip" || coding === "x-gzip";
}

async function inflate(body: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  try {
    return await gunzipBounded(body, { maxOutputLength: Math.min(Math.max(maxBytes, 1), 2 ** 32) });
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (code === "ERR_BUFFER_TOO_LARGE") {
      throw new ProtocolError(
        "RequestEntityTooLargeException",
        413,
        `The request body is larger than ${maxBytes} bytes once its Content-Encoding: gzip is undone`,
      );
    }
    throw ProtocolErrors.serialization(
      `The request body is not valid gzip, as its Content-Encoding says (${message ?? code ?? "unreadable"})`,
    );
  }
}
