// What the generated client hands the runtime for each operation: the facts the runtime reads and its generated
// bindings.
import type { ConstraintViolation, HttpRequestParts, HttpResponseParts } from "@rtca/types";
import type { RequestEventStream } from "./event-stream-request.js";
import type { ResponseStream } from "./response-stream.js";

/** The pagination trait of an operation: member names (or dotted paths in the output). */
export interface PaginatedTrait {
  inputToken?: string;
  outputToken?: string;
  pageSize?: string;
  items?: string;
}

export interface OperationSpec<Input, Output> {
  readonly name: string;
  /** The input members bound to labels of the URI path, such as InstanceId in `/contact/{InstanceId}`. */
  readonly labels: readonly string[];
  readonly paginated?: PaginatedTrait;
  /**
   * Finishes the encoded request before it is signed: compresses its body as the operation's `@requestCompression`
   * allows when it has at least `minCompressionBytes` (undefined: compression is off), or adds the checksums a
   * service requires. Given only for such operations, so that other bundles leave that code out.
   */
  finishRequest?(parts: HttpRequestParts, minCompressionBytes: number | undefined): Promise<HttpRequestParts>;
  /**
   * Reads a successful answer's body as a stream (an event stream or a `@streaming` blob), into the output member
   * it names: given only for operations that answer with one (whose readResponseBody leaves the body unread, and
   * whose deserializer puts it in that member). The call settles once the answer's head has arrived; the body follows.
   */
  readonly responseStream?: ResponseStream;
  /**
   * The input member that is a `@streaming` blob, for operations that take one: given as chunks, it is sent as it
   * comes, once (no retry), and refused before sending when the blob `requiresLength` and its length is unknown.
   */
  readonly requestStream?: { readonly member: string; readonly requiresLength?: boolean };
  /**
   * The input member that is an event stream, for operations that take one, and how its events become messages:
   * the caller's AsyncIterable of events is framed (and signed) onto the body as it comes, in one attempt.
   */
  readonly requestEvents?: RequestEventStream;
  /**
   * Reads a successful answer's body: as bytes for operations whose output payload is a blob; left unread for those
   * that answer with an event stream. Not given for others, whose bodies are read as text.
   */
  readResponseBody?(body: unknown, signal?: AbortSignal): Promise<unknown>;
  serializeRequest(input: Input): HttpRequestParts;
  deserializeResponse(response: HttpResponseParts): Output;
  validateInput(input: Input, out: ConstraintViolation[]): ConstraintViolation[];
}
