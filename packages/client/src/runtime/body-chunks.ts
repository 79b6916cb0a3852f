// A response body as a pull source of byte chunks, whatever form the handler gave it in: a Node Readable
// (NodeHttpHandler), a web ReadableStream (fetch), or bytes or a string (in-memory handlers). `stop` tears the
// stream down, so that its connection is released when the reader stops early or the call is aborted. Whole bodies
// (response-body.ts) and event streams (event-stream.ts) both read through it.

export interface ByteChunks {
  /** The next chunk, or undefined at the end of the body. */
  next(): Promise<Uint8Array | undefined>;
  stop(): void;
}

export function bodyChunks(body: unknown): ByteChunks {
  if (body === undefined || body === null) return whole(new Uint8Array(0));
  if (typeof body === "string") return whole(new TextEncoder().encode(body));
  if (body instanceof Uint8Array) return whole(body);
  if (body instanceof ArrayBuffer) return whole(new Uint8Array(body));
  const source = body as Partial<ReadableStream<unknown> & AsyncIterable<unknown> & { destroy(): void }>;
  if (typeof source.getReader === "function") {
    const reader = source.getReader();
    let stopped = false;
    return {
      next: async () => {
        if (stopped) return undefined;
        const { done, value } = await reader.read();
        return done ? undefined : bytesOf(value);
      },
      stop: () => {
        if (stopped) return;
        stopped = true;
        reader.cancel().catch(() => {});
      },
    };
  }
  const iterate = source[Symbol.asyncIterator];
  if (typeof iterate === "function") {
    const iterator = iterate.call(source);
    let stopped = false;
    return {
      next: async () => {
        if (stopped) return undefined;
        const { done, value } = await iterator.next();
        return done ? undefined : bytesOf(value);
      },
      stop: () => {
        if (stopped) return;
        stopped = true;
        if (typeof source.destroy === "function") source.destroy();
        else void iterator.return?.();
      },
    };
  }
  throw new TypeError(`the HTTP handler gave a response body of an unsupported kind (${kindOf(body)})`);
}

function whole(bytes: Uint8Array): ByteChunks {
  let given = false;
  return {
    next: async () => {
      if (given || bytes.byteLength === 0) return undefined;
      given = true;
      return bytes;
    },
    stop: () => {
      given = true;
    },
  };
}

function bytesOf(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === "string") return new TextEncoder().encode(chunk);
  throw new TypeError(`the response body stream gave a chunk of an unsupported kind (${kindOf(chunk)})`);
}

function kindOf(value: unknown): string {
  return typeof value === "object" && value !== null ? (value.constructor?.name ?? "object") : typeof value;
}
