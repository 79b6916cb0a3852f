// `@streaming` blobs on the client. An answer's member is a StreamingBlobPayload over the body as it arrives: read
// once, released when the reader stops early or the call's signal aborts, and a body that fails or is cut short
// throws a ResponseStreamError naming the member. A request's chunks go out as they come, in chunked transfer
// encoding unless the length is known. Only clients of operations with streaming blobs import this module.
import { type HttpRequestParts, type StreamingBlobPayload, streamingBlobPayload } from "@rtca/types";
import { requestStreamBody } from "#platform";
import { bodyChunks } from "./body-chunks.js";
import { RequestAbortedError } from "./client-errors.js";
import type { ResponseMetadata } from "./errors.js";
import type { ResponseStream, ResponseStreamContext } from "./response-stream.js";

/** A streamed answer's body failed before its end: the connection broke, or the body was cut short. */
export class ResponseStreamError extends Error {
  override readonly name = "ResponseStreamError";
  /** The output member whose stream failed. */
  readonly member: string;
  readonly operation: string;
  readonly $metadata: ResponseMetadata;

  constructor(operation: string, member: string, $metadata: ResponseMetadata, cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`${operation}: the stream of ${member} failed before its end: ${detail || "the connection broke"}`, {
      cause,
    });
    this.member = member;
    this.operation = operation;
    this.$metadata = $metadata;
  }
}

/** The reader of a `@streaming` blob output member, for the generated client's operation specs. */
export function streamingBlobResponse(member: string): ResponseStream<StreamingBlobPayload> {
  return { member, open: (body, context) => openPayload(body, member, context) };
}

function openPayload(body: unknown, member: string, context: ResponseStreamContext): StreamingBlobPayload {
  const chunks = bodyChunks(body);
  const { signal } = context;
  const onAbort = () => chunks.stop();
  // An abort tears the body down even before the stream is read.
  signal?.addEventListener("abort", onAbort, { once: true });
  const source = {
    next: async () => {
      const chunk = await chunks.next();
      // A stream torn down by an abort may just end: that is the abort, not the end of the body.
      if (signal?.aborted) throw signal.reason;
      return chunk;
    },
    stop: () => chunks.stop(),
  };
  return streamingBlobPayload(source, {
    member,
    failure: (error) =>
      signal?.aborted
        ? new RequestAbortedError(context.operation, { ...context.$metadata }, { cause: signal.reason })
        : new ResponseStreamError(context.operation, member, { ...context.$metadata }, error),
    done: () => signal?.removeEventListener("abort", onAbort),
  });
}

/**
 * Finishes a request whose streaming blob is given as chunks: the chunks become a body the platform's HTTP handler
 * sends as they come (a Node Readable, or a web ReadableStream in browsers).
 */
export async function sendStreamedBody(parts: HttpRequestParts): Promise<HttpRequestParts> {
  if (parts.stream === undefined) return parts;
  return { ...parts, stream: requestStreamBody(parts.stream) };
}
