// What a socket-level failure (node's 'clientError') is answered with. Parse errors carry an llhttp code (HPE_...)
// and a reason; a request that did not arrive in time carries ERR_HTTP_REQUEST_TIMEOUT. Anything else (a reset, a
// broken pipe) leaves nobody to answer.
import type { RawError } from "./raw-error.js";

export interface ClientErrorLimits {
  readonly maxHeaderBytes: number;
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
}

export function answerForClientError(
  error: Error & { code?: string; reason?: string },
  limits: ClientErrorLimits,
): RawError | undefined {
  const code = error.code ?? "";
  if (code === "HPE_HEADER_OVERFLOW") {
    return {
      status: 431,
      errorType: "RequestHeaderFieldsTooLargeException",
      message: `The request line and headers are larger than ${limits.maxHeaderBytes} bytes`,
    };
  }
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") {
    return {
      status: 408,
      errorType: "RequestTimeoutException",
      message: `The request did not arrive in time: its headers must arrive within ${limits.headersTimeoutMs} ms and all of it within ${limits.requestTimeoutMs} ms`,
    };
  }
  if (code.startsWith("HPE_")) {
    const reason = typeof error.reason === "string" && error.reason !== "" ? error.reason : code;
    return {
      status: 400,
      errorType: "BadRequestException",
      message: `The request is not well-formed HTTP/1.1: ${reason}`,
    };
  }
  return undefined;
}
