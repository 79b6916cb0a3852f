// Errors the client raises itself, before or instead of a service answer. Each has a stable `name` to branch on.
import type { ConstraintKind, ConstraintViolation } from "@rtca/types";
import { formatViolations } from "@rtca/types";
import type { ResponseMetadata } from "./errors.js";

/** The client configuration cannot work: a value is missing or malformed. */
export class ConfigurationError extends Error {
  override readonly name = "ConfigurationError";
  /** The configuration key at fault, such as `region`. */
  readonly key: string;

  constructor(key: string, message: string) {
    super(`${key}: ${message}`);
    this.key = key;
  }
}

/** No credentials could be found or the credential provider failed. */
export class CredentialsError extends Error {
  override readonly name = "CredentialsError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * One thing wrong with an input: a broken constraint of the model, or (kind `type`) a value of the wrong type
 * that could not be encoded, as JavaScript callers can pass.
 */
export interface InputViolation {
  kind: ConstraintKind | "type";
  /** Where the value is, such as `SegmentTypes[2]`; empty for the input as a whole. */
  path: string;
  constraint: string;
}

/** The input of an operation breaks the model's constraints; nothing was sent. */
export class InputValidationError extends Error {
  override readonly name = "InputValidationError";
  readonly operation: string;
  readonly violations: readonly InputViolation[];
  /** The path of the first member at fault, such as `InstanceId` or `SegmentTypes[2]`. */
  readonly member: string;

  constructor(operation: string, violations: readonly InputViolation[]) {
    // formatViolations reads only the path and the constraint, which every violation has.
    super(`${operation} input is not valid: ${formatViolations(violations as readonly ConstraintViolation[])}`);
    this.operation = operation;
    this.violations = violations;
    this.member = violations[0]?.path ?? "";
  }
}

/** A response the client could not read: not JSON, or not the shape the model gives it. */
export class DeserializationError extends Error {
  override readonly name = "DeserializationError";
  /** Where in the body the bad value is, such as `Segments[3].Transcript.Time.AbsoluteTime`; empty for the whole body. */
  readonly path: string;
  /** What is wrong there. */
  readonly reason: string;
  readonly httpStatusCode: number;
  /** The body as received. */
  readonly rawBody: string;
  readonly $metadata: ResponseMetadata;

  constructor(
    details: { path: string; reason: string; httpStatusCode: number; rawBody: string; $metadata: ResponseMetadata },
    options?: { cause?: unknown },
  ) {
    const where = details.path === "" ? "" : ` at ${details.path}`;
    super(`could not read the response (HTTP ${details.httpStatusCode})${where}: ${details.reason}`, options);
    this.path = details.path;
    this.reason = details.reason;
    this.httpStatusCode = details.httpStatusCode;
    this.rawBody = details.rawBody;
    this.$metadata = details.$metadata;
  }
}

/** The caller aborted the call through its AbortSignal. The request in flight, if any, was torn down. */
export class RequestAbortedError extends Error {
  override readonly name = "AbortError";
  readonly $metadata: ResponseMetadata;

  constructor(operation: string, $metadata: ResponseMetadata, options?: { cause?: unknown }) {
    super(`${operation} was aborted`, options);
    this.$metadata = $metadata;
  }
}

/** An attempt took longer than the configured timeout. The request was torn down and the call ended. */
export class RequestTimeoutError extends Error {
  override readonly name = "TimeoutError";
  readonly timeoutMs: number;
  readonly $metadata: ResponseMetadata;

  constructor(operation: string, timeoutMs: number, $metadata: ResponseMetadata) {
    super(`${operation} timed out: no complete response within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
    this.$metadata = $metadata;
  }
}

/** The service could not be reached, or the connection broke, on every attempt. */
export class NetworkError extends Error {
  override readonly name = "NetworkError";
  /** The system error code, such as ECONNREFUSED, when there is one. */
  readonly code: string | undefined;
  readonly endpoint: string;
  readonly $metadata: ResponseMetadata;

  constructor(endpoint: string, cause: unknown, $metadata: ResponseMetadata) {
    const code = errorCodeOf(cause);
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`could not reach ${endpoint}: ${detail || code || "the connection failed"}`, { cause });
    this.code = code;
    this.endpoint = endpoint;
    this.$metadata = $metadata;
  }
}

/** The system error code of an error or of its cause (fetch puts it on the cause), such as ECONNREFUSED. */
function errorCodeOf(error: unknown, depth = 0): string | undefined {
  if (typeof error !== "object" || error === null || depth > 3) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  return typeof code === "string" ? code : errorCodeOf(cause, depth + 1);
}
