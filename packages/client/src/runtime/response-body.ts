// Reads a response body into a string, whatever form the handler gave it in: a Node Readable (NodeHttpHandler),
// a web ReadableStream or Blob (FetchHttpHandler), bytes or a string (in-memory handlers), or nothing. An abort
// while reading destroys the stream, so that its socket is released rather than left half-read.

const decoder = new TextDecoder();

export async function readBody(body: unknown, signal?: AbortSignal): Promise<string> {
  if (body === undefined || body === null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return decoder.decode(body);
  if (body instanceof ArrayBuffer) return decoder.decode(new Uint8Array(body));
  if (isWebReadableStream(body)) return readWebStream(body, signal);
  if (isAsyncIterable(body)) return readAsyncIterable(body, signal);
  if (isBlob(body)) return body.text();
  throw new TypeError(`the HTTP handler gave a response body of an unsupported kind (${describeKind(body)})`);
}

/** Releases a body that will not be read, such as one that arrived after the call was abandoned. */
export function discardBody(body: unknown): void {
  if (body === undefined || body === null || typeof body !== "object") return;
  const stream = body as { destroy?: () => void; cancel?: () => Promise<void> };
  if (typeof stream.destroy === "function") stream.destroy();
  else if (typeof stream.cancel === "function") stream.cancel().catch(() => {});
}

async function readWebStream(stream: ReadableStream<Uint8Array>, signal?: AbortSignal): Promise<string> {
  const reader = stream.getReader();
  const onAbort = () => {
    reader.cancel(signal?.reason).catch(() => {});
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const chunks: Uint8Array[] = [];
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(typeof value === "string" ? new TextEncoder().encode(value) : value);
    }
    if (signal?.aborted) throw signal.reason;
    return decodeChunks(chunks);
  } finally {
    signal?.removeEventListener("abort", onAbort);
    reader.releaseLock();
  }
}

async function readAsyncIterable(body: AsyncIterable<unknown>, signal?: AbortSignal): Promise<string> {
  const destroyable = body as { destroy?: (error?: Error) => void };
  const onAbort = () => {
    if (typeof destroyable.destroy === "function") destroyable.destroy();
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const chunks: Uint8Array[] = [];
    for await (const chunk of body) {
      if (typeof chunk === "string") chunks.push(new TextEncoder().encode(chunk));
      else if (chunk instanceof Uint8Array) chunks.push(chunk);
      else throw new TypeError(`the response body stream gave a chunk of an unsupported kind (${describeKind(chunk)})`);
    }
    if (signal?.aborted) throw signal.reason;
    return decodeChunks(chunks);
  } catch (error) {
    // An aborted Node stream ends with a premature-close error; report the abort instead.
    if (signal?.aborted) throw signal.reason;
    throw error;
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
}

/** Decodes once at the end, so that a multi-byte character split across chunks stays whole. */
function decodeChunks(chunks: readonly Uint8Array[]): string {
  if (chunks.length === 0) return "";
  if (chunks.length === 1) return decoder.decode(chunks[0]);
  let length = 0;
  for (const chunk of chunks) length += chunk.byteLength;
  const all = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decoder.decode(all);
}

function isWebReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof (value as { getReader?: unknown }).getReader === "function";
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function";
}

function isBlob(value: unknown): value is Blob {
  return typeof (value as { text?: unknown }).text === "function" && typeof (value as Blob).size === "number";
}

function describeKind(value: unknown): string {
  if (typeof value !== "object" || value === null) return typeof value;
  return value.constructor?.name ?? "object";
}
