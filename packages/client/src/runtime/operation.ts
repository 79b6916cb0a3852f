// What the generated client hands the runtime for each operation: the facts the runtime reads and its generated
// bindings.
import type { ConstraintViolation, HttpRequestParts, HttpResponseParts } from "@rtca/types";

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
  /** Reads the response body as bytes: given only for operations whose output payload is a blob. */
  readResponseBody?(body: unknown, signal?: AbortSignal): Promise<Uint8Array>;
  serializeRequest(input: Input): HttpRequestParts;
  deserializeResponse(response: HttpResponseParts): Output;
  validateInput(input: Input, out: ConstraintViolation[]): ConstraintViolation[];
}
