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
  /** The output's payload is a blob: the response body is read as bytes. */
  readonly binaryResponse?: boolean;
  serializeRequest(input: Input): HttpRequestParts;
  deserializeResponse(response: HttpResponseParts): Output;
  validateInput(input: Input, out: ConstraintViolation[]): ConstraintViolation[];
}
