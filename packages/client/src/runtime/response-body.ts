// Reads a response body into a string, whatever form the handler gave it in: a Node Readable (NodeHttpHandler),
// a web ReadableStream or Blob (fetch), bytes or a string (in-memory handlers), or nothing. An abort while
// reading destroys the stream, so that its socket is released rather than left half-read.
import { bodyChunks } from "./body-chunks.js";

export async function readBody(body: unknown, signal?: AbortSignal): Promise<string> {
  if (body === undefined || body === null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) return new TextDecoder().decode(body);
  const source = body as Partial<Blob>;
  if (typeof source.text === "function" && typeof source.size === "number") return source.text();
  const decoder = new TextDecoder();
  let text = "";
  await readStream(body, signal, (chunk) => {
    text += decoder.decode(chunk, { stream: true });
  });
  return text + decoder.decode();
}

/** Reads a response body into bytes, for a blob payload: the same forms as readBody. */
export async function readBodyBytes(body: unknown, signal?: AbortSignal): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (typeof body === "string") return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  const source = body as Partial<Blob>;
  if (typeof source.arrayBuffer === "function" && typeof source.size === "number") {
    return new Uint8Array(await source.arrayBuffer());
  }
  const chunks: Uint8Array[] = [];
  await readStream(body, signal, (chunk) => {
    chunks.push(chunk);
  });
  const out = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** Reads a streamed body to its end, handing each chunk to `add`; an abort tears the stream down. */
async function readStream(body: unknown, signal: AbortSignal | undefined, add: (chunk: Uint8Array) => void) {
  const chunks = bodyChunks(body);
  const stop = () => chunks.stop();
  signal?.addEventListener("abort", stop, { once: true });
  try {
    for (;;) {
      if (signal?.aborted) break;
      const chunk = await chunks.next();
      if (chunk === undefined) break;
      add(chunk);
    }
    if (signal?.aborted) throw signal.reason;
  } catch (error) {
    // A body read no further is released; an aborted Node stream ends with a premature-close error: report the
    // abort instead.
    chunks.stop();
    throw signal?.aborted ? signal.reason : error;
  } finally {
    signal?.removeEventListener("abort", stop);
  }
}

/** Releases a body that will not be read, such as one that arrived after the call was abandoned. */
export function discardBody(body: unknown): void {
  const stream = body as { destroy?: () => void; cancel?: () => Promise<void> } | null | undefined;
  if (typeof stream?.destroy === "function") stream.destroy();
  else if (typeof stream?.cancel === "function") stream.cancel().catch(() => {});
}
