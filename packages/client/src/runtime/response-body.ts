// Reads a response body into a string, whatever form the handler gave it in: a Node Readable (NodeHttpHandler),
// a web ReadableStream or Blob (fetch), bytes or a string (in-memory handlers), or nothing. An abort while
// reading destroys the stream, so that its socket is released rather than left half-read.

export async function readBody(body: unknown, signal?: AbortSignal): Promise<string> {
  if (body === undefined || body === null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) return new TextDecoder().decode(body);
  const source = body as Partial<Blob>;
  if (typeof source.text === "function" && typeof source.size === "number") return source.text();
  const decoder = new TextDecoder();
  let text = "";
  await readStream(body, signal, (chunk) => {
    text += typeof chunk === "string" ? decoder.decode() + chunk : decoder.decode(chunk, { stream: true });
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
    chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
  });
  const out = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** Reads a web ReadableStream or an async-iterable (Node) stream to its end, handing each chunk to `add`. */
function readStream(
  body: unknown,
  signal: AbortSignal | undefined,
  add: (chunk: string | Uint8Array) => void,
): Promise<void> {
  const source = body as Partial<ReadableStream<unknown> & AsyncIterable<unknown> & { destroy(): void }>;
  if (typeof source.getReader === "function") {
    const reader = source.getReader();
    return readChunks(
      () => reader.read(),
      () => void reader.cancel(signal?.reason).catch(() => {}),
      signal,
      add,
    ).finally(() => reader.releaseLock());
  }
  const iterate = source[Symbol.asyncIterator];
  if (typeof iterate === "function") {
    const chunks = iterate.call(source);
    return readChunks(
      () => chunks.next(),
      () => source.destroy?.(),
      signal,
      add,
    );
  }
  return Promise.reject(
    new TypeError(`the HTTP handler gave a response body of an unsupported kind (${kindOf(body)})`),
  );
}

/** Releases a body that will not be read, such as one that arrived after the call was abandoned. */
export function discardBody(body: unknown): void {
  const stream = body as { destroy?: () => void; cancel?: () => Promise<void> } | null | undefined;
  if (typeof stream?.destroy === "function") stream.destroy();
  else if (typeof stream?.cancel === "function") stream.cancel().catch(() => {});
}

/**
 * Reads a stream's chunks (bytes or strings) to the end, handing each to `add`. `stop` tears the stream down when
 * the signal aborts.
 */
async function readChunks(
  next: () => Promise<{ done?: boolean; value?: unknown }>,
  stop: () => void,
  signal: AbortSignal | undefined,
  add: (chunk: string | Uint8Array) => void,
): Promise<void> {
  signal?.addEventListener("abort", stop, { once: true });
  try {
    for (;;) {
      if (signal?.aborted) break;
      const { done, value } = await next();
      if (done) break;
      if (typeof value === "string" || value instanceof Uint8Array) add(value);
      else throw new TypeError(`the response body stream gave a chunk of an unsupported kind (${kindOf(value)})`);
    }
    if (signal?.aborted) throw signal.reason;
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
