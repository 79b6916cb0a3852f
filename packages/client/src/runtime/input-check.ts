// Checks an operation's input before anything is sent. Required members and non-empty URI labels are always
// checked (a request without them cannot even be addressed); length, range and enum constraints only when the
// client is strict, because Smithy asks clients to leave those to the service, which may have relaxed them.
import type { HttpRequestParts } from "@rtca/types";
import { InputValidationError, type InputViolation } from "./client-errors.js";
import type { OperationSpec } from "./operation.js";

export function checkInput<Input>(spec: OperationSpec<Input, unknown>, input: Input, strict: boolean): void {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new InputValidationError(spec.name, [
      { kind: "required", path: "", constraint: "The input must be an object of the operation's members" },
    ]);
  }
  const all = spec.validateInput(input, []);
  const violations: InputViolation[] = strict ? all : all.filter((v) => v.kind === "required");
  for (const label of spec.labels) {
    const value = (input as Record<string, unknown>)[label];
    if (value === undefined || value === null) continue; // already reported as required
    // Labels may be numbers, booleans or timestamps too; only an empty string leaves a hole in the path.
    if (value === "") {
      violations.push({
        kind: "length",
        path: label,
        constraint: "Member must not be empty: it is part of the URI path",
      });
    }
  }
  if (violations.length > 0) throw new InputValidationError(spec.name, violations);
}

/**
 * Encodes a checked input. The checks above cover the model's constraints, not JavaScript types: a caller that
 * passes, say, a string where a list belongs gets an InputValidationError rather than the encoder's TypeError.
 */
export function encodeInput<Input>(spec: OperationSpec<Input, unknown>, input: Input): HttpRequestParts {
  try {
    return spec.serializeRequest(input);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputValidationError(spec.name, [
      {
        kind: "type",
        path: "",
        constraint: `The input could not be encoded (a member has the wrong type?): ${detail}`,
      },
    ]);
  }
}
