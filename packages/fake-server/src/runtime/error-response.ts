// Encodes an error as restJson1 servers send it: the type in X-Amzn-ErrorType, the request id in x-amzn-RequestId,
// and a JSON body. AWS's SDK reads the message from `message` or `Message` and modelled members by their names.
import type { HttpResponseParts } from "@rtca/types";

export const REQUEST_ID_HEADER = "x-amzn-requestid";
export const ERROR_TYPE_HEADER = "x-amzn-errortype";

export interface ErrorResponseInput {
  errorType: string;
  status: number;
  /** The error's members as they travel (for a modelled error, its encoder's output). */
  body: Record<string, unknown>;
  requestId: string;
  headers?: Readonly<Record<string, string>>;
}

export function errorResponse(input: ErrorResponseInput): HttpResponseParts & { body: string } {
  return {
    statusCode: input.status,
    headers: {
      ...input.headers,
      "content-type": "application/json",
      [ERROR_TYPE_HEADER]: input.errorType,
      [REQUEST_ID_HEADER]: input.requestId,
    },
    body: JSON.stringify(input.body),
  };
}

/** The body of an error the model does not declare: AWS's framework errors use `message`; `Message` is added for clients that read only the member name. */
export function frameworkErrorBody(message: string): Record<string, unknown> {
  return { Message: message, message };
}
