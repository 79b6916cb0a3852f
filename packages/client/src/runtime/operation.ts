// What the generated client hands the runtime for each operation: its HTTP facts and its generated bindings.
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
  readonly method: string;
  readonly uri: string;
  readonly successCode: number;
  /** Names of the errors the operation declares. */
  readonly errors: readonly string[];
  readonly paginated?: PaginatedTrait;
  /** Input members marked @required. */
  readonly requiredInput: readonly string[];
  serializeRequest(input: Input): HttpRequestParts;
  deserializeResponse(response: HttpResponseParts): Output;
  validateInput(input: Input, out: ConstraintViolation[]): ConstraintViolation[];
}
