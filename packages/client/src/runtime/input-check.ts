// Checks an operation's input before anything is sent. Required members and non-empty URI labels are always
// checked (a request without them cannot even be addressed); length, range and enum constraints only when the
// client is strict, because Smithy asks clients to leave those to the service, which may have relaxed them.
import type { ConstraintViolation } from "@rtca/types";
import { InputValidationError } from "./client-errors.js";
import type { OperationSpec } from "./operation.js";

const LABEL = /\{([^}+]+)\+?\}/g;
const labelCache = new Map<string, readonly string[]>();

/** The members bound to labels of a URI pattern, such as InstanceId in `/contact/{InstanceId}`. */
export function labelsOf(uri: string): readonly string[] {
  let labels = labelCache.get(uri);
  if (labels === undefined) {
    labels = [...uri.split("?")[0]!.matchAll(LABEL)].map((m) => m[1]!);
    labelCache.set(uri, labels);
  }
  return labels;
}

export function checkInput<Input>(spec: OperationSpec<Input, unknown>, input: Input, strict: boolean): void {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new InputValidationError(spec.name, [
      { kind: "required", path: "", constraint: "The input must be an object of the operation's members" },
    ]);
  }
  const all = spec.validateInput(input, []);
  const violations: ConstraintViolation[] = strict ? all : all.filter((v) => v.kind === "required");
  for (const label of labelsOf(spec.uri)) {
    const value = (input as Record<string, unknown>)[label];
    if (value === undefined || value === null) continue; // already reported as required
    if (typeof value !== "string" || value === "") {
      violations.push({
        kind: "length",
        path: label,
        constraint: "Member must be a non-empty string: it is part of the URI path",
      });
    }
  }
  if (violations.length > 0) throw new InputValidationError(spec.name, violations);
}
