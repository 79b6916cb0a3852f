// Errors the HTTP face answers by itself, for what goes wrong before or around the handler (a request line or
// headers node cannot parse, headers too large, a body too large, a timeout, a CONNECT): still well-formed AWS
// errors, with the type in X-Amzn-ErrorType, a request id and a JSON body.
import { STATUS_CODES } from "node:http";
import { errorResponse, frameworkErrorBody } from "../runtime/index.js";
import { createRequestIds } from "../runtime/request-id.js";

export interface RawError {
  readonly status: number;
  readonly errorType: string;
  readonly message: string;
}

const nextRequestId = createRequestIds();

/** The answer's header names and values in turn (Content-Length included, and `connection: close` when asked), and its body. */
export function errorAnswer(error: RawError, close: boolean): { headers: string[]; body: string } {
  const parts = errorResponse({
    errorType: error.errorType,
    status: error.status,
    body: frameworkErrorBody(error.message),
    requestId: nextRequestId(),
  });
  const body = parts.body ?? "";
  const headers: string[] = [];
  for (const [name, value] of Object.entries(parts.headers)) headers.push(name, value);
  headers.push("content-length", String(Buffer.byteLength(body)));
  if (close) headers.push("connection", "close");
  return { headers, body };
}

/** The bytes of a whole HTTP/1.1 error answer that closes the connection, for writing straight to a socket. */
export function rawErrorBytes(error: RawError): string {
  const { headers, body } = errorAnswer(error, true);
  let head = `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? "Error"}\r\n`;
  for (let i = 0; i < headers.length; i += 2) head += `${headers[i]}: ${headers[i + 1]}\r\n`;
  return `${head}\r\n${body}`;
}
