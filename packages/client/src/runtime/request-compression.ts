// Compresses a request body with gzip where the operation allows it (Smithy's @requestCompression) and the body is
// large enough to be worth it. The encoding is appended to any Content-Encoding the request already has, since
// encodings apply in the order they are listed.
import type { HttpRequestParts } from "@rtca/types";

export async function compressRequest(
  parts: HttpRequestParts,
  encodings: readonly string[] | undefined,
  minBytes: number | undefined,
): Promise<HttpRequestParts> {
  if (minBytes === undefined || parts.body === undefined || !encodings?.includes("gzip")) return parts;
  const bytes = typeof parts.body === "string" ? new TextEncoder().encode(parts.body) : parts.body;
  if (bytes.byteLength < minBytes) return parts;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream("gzip"));
  const body = new Uint8Array(await new Response(stream).arrayBuffer());
  const given = parts.headers["content-encoding"];
  const headers = { ...parts.headers, "content-encoding": given === undefined ? "gzip" : `${given}, gzip` };
  return { ...parts, headers, body };
}
