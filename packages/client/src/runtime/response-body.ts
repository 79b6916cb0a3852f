// Reads a response body into a string, whatever form the handler gave it in: a Node Readable (NodeHttpHandler),
// a web ReadableStream or Blob (fetch), bytes or a string (in-memory handlers), or nothing. An abort while
// reading destroys the stream, so that its socket is released rather than left half-read.

export async function readBody(body: unknown, signal?: AbortSignal): Promise<string> {
  if (body === undefined || body === null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) return new TextDecoder().decode(body);
  const source = body as Partial<ReadableStream<unknown> & AsyncIterable<unknown> & Blob & { destroy(): void }>;
  if (typeof source.getReader === "function") {
    const reader = source.getReader();
    return readChunks(
      () => reader.read(),
      () => void reader.cancel(signal?.reason).catch(() => {}),
      signal,
    ).finally(() => reader.releaseLock());
  }
  const iterate = source[Symbol.asyncIterator];
  if (typeof iterate === "function") {
    const chunks = iterate.call(source);
    return readChunks(
      () => chunks.next(),
      () => source.destroy?.(),
      signal,
    );
  }
  if (typeof source.text === "function" && typeof source.size === "number") return source.text();
  throw new TypeError(`the HTTP handler gave a response body of an unsupported kind (${kindOf(body)})`);
}

/** Releases a body that will not be read, such as one that arrived after the call was abandoned. */
export function discardBody(body: unknown): void {
  const stream = body as { destroy?: () => void; cancel?: () => Promise<void> } | null | undefined;
  if (typeof stream?.destroy === "function") stream.destroy();
  else if (typeof stream?.cancel === "function") stream.cancel().catch(() => {});
}

/**
 * Reads a stream's chunks (bytes or strings) to the end. The decoder keeps a multi-byte character split across
 * chunks whole. `stop` tears the stream down when the signal aborts.
 */
async function readChunks(
  next: () => Promise<{ done?: boolean; value?: unknown }>,
  stop: () => void,
  signal: AbortSignal | undefined,
): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  signal?.addEventListener("abort", stop, { once: true });
  try {
    for (;;) {
      if (signal?.aborted) break;
      const { done, value } = await next();
      if (done) break;
      if (typeof value === "string") text += decoder.decode() + value;
      else if (value instanceof Uint8Array) text += decoder.decode(value, { stream: true });
      else throw new TypeError(`the response body stream gave a chunk of an unsupported kind (${kindOf(value)})`);
    }
    if (signal?.aborted) throw signal.reason;
    return text + decoder.decode();
  } catch (error) {
    // An aborted Node stream ends with a premature-close error; report the abort instead.
    throw signal?.aborted ? signal.reason : error;
  } finally {
    signal?.removeEventListener("abort", stop);
  }
}

function kindOf(value: unknown): string {
  return typeof value === "object" && value !== null ? (value.constructor?.name ?? "object") : typeof value;
}
