// Turns an error response into an exception. The error code comes from the X-Amzn-ErrorType header first, then
// from `__type` or `code` in the body, sanitized as restJson1 asks: anything after `:` (and after `,`, when a
// header carries several values) is dropped, and so is anything up to `#` (a shape id's namespace).
import type { HttpResponse } from "@smithy/types";
import type { BaseExceptionClass, ErrorContext, ExceptionClass, ResponseMetadata, ServiceException } from "./errors.js";

/** Decodes the members of a modelled error from its parsed body (and its headers, for members bound to them). */
export type ErrorDecoder = (value: unknown, mode?: "client" | "server", headers?: Record<string, string>) => object;

export interface ErrorTables {
  /** The modelled errors' decoders, by error name. */
  readonly errors: Readonly<Record<string, ErrorDecoder>>;
  readonly exceptions: Readonly<Record<string, ExceptionClass>>;
  readonly baseException: BaseExceptionClass;
}

export function sanitizeErrorCode(raw: string): string {
  let code = raw;
  const comma = code.indexOf(",");
  if (comma >= 0) code = code.slice(0, comma);
  const colon = code.indexOf(":");
  if (colon >= 0) code = code.slice(0, colon);
  const hash = code.indexOf("#");
  if (hash >= 0) code = code.slice(hash + 1);
  return code.trim();
}

/** The error code of a response, or undefined when neither the header nor the body names one. */
export function resolveErrorCode(headers: Record<string, string>, body: unknown): string | undefined {
  const header = headers["x-amzn-errortype"];
  if (header !== undefined && sanitizeErrorCode(header) !== "") return sanitizeErrorCode(header);
  if (typeof body === "object" && body !== null) {
    for (const key of ["__type", "code"]) {
      const value = (body as Record<string, unknown>)[key];
      if (typeof value === "string" && sanitizeErrorCode(value) !== "") return sanitizeErrorCode(value);
    }
  }
  return undefined;
}

/** The message of an error body: `Message` or `message`, as services spell it either way. */
export function resolveErrorMessage(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const record = body as Record<string, unknown>;
  for (const key of ["Message", "message", "errorMessage"]) {
    if (typeof record[key] === "string") return record[key];
  }
  return undefined;
}

/** Parses an error body leniently: an error page that is not JSON still gives an exception, just without data. */
export function parseErrorBody(body: string): unknown {
  if (body.trim() === "") return {};
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

export interface ErrorResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  $response: HttpResponse;
  $metadata: ResponseMetadata;
}

/**
 * Builds the exception for an error response (whose body `parsed` is, by parseErrorBody): the modelled class for
 * a known code, else the base class named by the code.
 */
export function buildServiceException(
  tables: ErrorTables,
  code: string | undefined,
  parsed: unknown,
  response: ErrorResponse,
): ServiceException {
  const givenMessage = resolveErrorMessage(parsed) ?? response.headers["x-amzn-errormessage"];
  const message =
    givenMessage ??
    (code === undefined
      ? `the service answered HTTP ${response.statusCode} without an error code`
      : `the service answered HTTP ${response.statusCode} with ${code}`);
  const context: ErrorContext = {
    message,
    $metadata: response.$metadata,
    $response: response.$response,
    data: {},
  };
  const decode = code === undefined ? undefined : tables.errors[code];
  const Exception = code === undefined ? undefined : tables.exceptions[code];
  if (decode !== undefined && Exception !== undefined) {
    context.data = decodeErrorData(decode, parsed, givenMessage, response.headers);
    return new Exception(context);
  }
  const fault = response.statusCode >= 500 ? "server" : "client";
  return new tables.baseException(code ?? "UnknownError", fault, context);
}

/**
 * Decodes an error's members. Error bodies are read leniently: a member that does not decode is dropped rather
 * than turning a throttling error into a decoding error, because the error code is what callers act on.
 */
function decodeErrorData(
  decode: ErrorDecoder,
  parsed: unknown,
  message: string | undefined,
  headers: Record<string, string>,
): Record<string, unknown> {
  let data: Record<string, unknown> = {};
  if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
    try {
      data = { ...(decode(parsed, "client", headers) as Record<string, unknown>) };
    } catch {
      data = {};
    }
  }
  // A body that spells it `message` still fills the modelled `Message` member.
  if (data["Message"] === undefined && message !== undefined) data["Message"] = message;
  return data;
}
