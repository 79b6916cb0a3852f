// The two ways behaviour refuses a request: a ServiceError is one of the service's modelled errors, a ProtocolError
// one that restJson1 servers send outside the model (SerializationException, UnknownOperationException, ...).

/** Answers with a modelled error: `name` as it travels in X-Amzn-ErrorType, `data` its members. */
export class ServiceError<Name extends string = string> extends Error {
  override readonly name = "ServiceError";
  readonly errorType: Name;
  readonly data: Readonly<Record<string, unknown>>;
  /** Extra response headers, such as Retry-After. Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    errorType: Name,
    data: Readonly<Record<string, unknown>> = {},
    options: { headers?: Record<string, string> } = {},
  ) {
    super(`${errorType}: ${typeof data["Message"] === "string" ? data["Message"] : "(no message)"}`);
    this.errorType = errorType;
    this.data = data;
    this.headers = options.headers ?? {};
  }
}

/** Answers with an error that the service's model does not declare, with its own status. */
export class ProtocolError extends Error {
  override readonly name = "ProtocolError";
  readonly errorType: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;

  constructor(errorType: string, status: number, message: string, options: { headers?: Record<string, string> } = {}) {
    super(message);
    this.errorType = errorType;
    this.status = status;
    this.headers = options.headers ?? {};
  }
}

/** Framework errors of restJson1 servers, by name. */
export const ProtocolErrors = {
  /** 400: the body is not valid JSON or does not fit the input's shape. */
  serialization: (message: string) => new ProtocolError("SerializationException", 400, message),
  /** 404: no operation has this method and path. */
  unknownOperation: (method: string, path: string) =>
    new ProtocolError("UnknownOperationException", 404, `No operation matches ${method} ${path}`),
  /** 415: the body is not of the operation's media type (`expected`; undefined when it takes no body). */
  unsupportedMediaType: (contentType: string | undefined, expected: string | undefined = "application/json") =>
    new ProtocolError(
      "UnsupportedMediaTypeException",
      415,
      expected === undefined
        ? `The operation takes no body, so a request must not say Content-Type (it says ${contentType})`
        : contentType === undefined
          ? `A request with a body must say Content-Type: ${expected}`
          : `Content-Type ${contentType} is not supported: send ${expected}`,
    ),
  /** 406: the Accept header rules out the media type of the operation's answer. */
  notAcceptable: (accept: string, answer: string) =>
    new ProtocolError("NotAcceptableException", 406, `Accept: ${accept} rules out the answer, which is ${answer}`),
  /** 500, when the service models no internal error of its own. */
  internal: () => new ProtocolError("InternalFailure", 500, "The server failed to handle the request"),
} as const;
