// The generic restJson1 dispatcher: route, authenticate (through a hook), read the input strictly, check its
// constraints, call the behaviour, and encode its output or error. It never rejects: whatever goes wrong becomes an
// HTTP answer in the shape AWS's SDKs read.
import {
  type ConstraintViolation,
  DecodeError,
  formatViolations,
  type HttpRequestParts,
  type HttpResponseParts,
  matchRoute,
  validationExceptionMembers,
} from "@rtca/types";
import type { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import "./linear-regexp.js";
import { DEFAULT_MAX_DECODED_BODY_BYTES, decodeContentEncoding } from "./content-encoding.js";
import { ERROR_TYPE_HEADER, errorResponse, frameworkErrorBody, REQUEST_ID_HEADER } from "./error-response.js";
import { ProtocolError, ProtocolErrors, ServiceError } from "./errors.js";
import { frameEvents } from "./event-stream.js";
import { readRequestEvents } from "./event-stream-request.js";
import { acceptsMediaType, sameMediaType, toHttpResponse, toRequestParts } from "./http-messages.js";
import { jsonLimitExceeded, resolveJsonLimits } from "./json-limits.js";
import { createRequestIds } from "./request-id.js";
import type {
  Exchange,
  OperationCall,
  OperationSpec,
  RequestHandler,
  ResponseParts,
  ServerOptions,
  ServiceDefinition,
  StreamedResponseParts,
} from "./types.js";

type Handler = (input: unknown, context: unknown) => unknown;

export function createRestJsonHandler<Context = void>(
  definition: ServiceDefinition,
  options: ServerOptions<Context>,
): RequestHandler<Context> {
  const { routes, operations, errors } = definition;
  const handlers = definition.handlers as unknown as Readonly<Record<string, Handler>>;
  for (const name of [options.validationError, options.internalError]) {
    if (name !== undefined && errors[name] === undefined) {
      throw new TypeError(`${name} is not an error that ${definition.service.name} declares`);
    }
  }
  const nextRequestId = options.requestId ?? createRequestIds();
  const jsonLimits = resolveJsonLimits(options.jsonLimits);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_DECODED_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 0) {
    throw new RangeError(`maxBodyBytes must be a whole number of bytes, at least 0: got ${String(maxBodyBytes)}`);
  }

  /** The answer for anything thrown while handling a request. */
  function answerFor(error: unknown, requestId: string, operation: string | undefined): HttpResponseParts {
    if (error instanceof ServiceError) {
      const spec = errors[error.errorType];
      if (spec !== undefined) {
        const encode = spec.encode as (value: unknown) => Record<string, unknown>;
        const bound = spec.headers as ((value: unknown) => Record<string, string>) | undefined;
        return errorResponse({
          errorType: error.errorType,
          status: spec.status,
          body: encode(error.data),
          requestId,
          headers: bound === undefined ? error.headers : { ...bound(error.data), ...error.headers },
        });
      }
      // A behaviour bug: the error is not in the model. Report it as one and answer as for any other bug.
      error = new TypeError(`${error.errorType} is not an error that ${definition.service.name} declares`);
    }
    if (error instanceof ProtocolError) {
      return errorResponse({
        errorType: error.errorType,
        status: error.status,
        body: frameworkErrorBody(error.message),
        requestId,
        headers: error.headers,
      });
    }
    if (isDecodeError(error)) {
      return answerFor(ProtocolErrors.serialization(error.message), requestId, operation);
    }
    try {
      options.onInternalError?.(error, { requestId, operation });
    } catch {
      // A failing observer must not change the answer.
    }
    if (options.internalError !== undefined) {
      return answerFor(
        new ServiceError(options.internalError, { Message: "The service failed to handle the request" }),
        requestId,
        operation,
      );
    }
    return answerFor(ProtocolErrors.internal(), requestId, operation);
  }

  /** Shows the exchange to the observer and hands the answer out. */
  function finish(exchange: Omit<Exchange, "errorType">, context: Context): HttpResponse {
    const answer = exchange.response;
    if (options.onExchange !== undefined) {
      const errorType = answer.headers[ERROR_TYPE_HEADER];
      try {
        options.onExchange(errorType === undefined ? exchange : { ...exchange, errorType }, context);
      } catch {
        // A failing observer must not change the answer.
      }
    }
    return toHttpResponse(answer);
  }

  const handle: RequestHandler<Context> = async (request: HttpRequest, context: Context): Promise<HttpResponse> => {
    const requestId = nextRequestId();
    let parts: HttpRequestParts;
    try {
      parts = toRequestParts(request);
    } catch (error) {
      parts = { method: request.method, path: request.path, query: {}, headers: {}, body: undefined };
      const answer = answerFor(ProtocolErrors.serialization((error as Error).message), requestId, undefined);
      return finish({ request: parts, response: answer, requestId }, context);
    }
    // What routing found, for the exchange record (filled as far as the request got).
    let operation: string | undefined;
    let labels: Readonly<Record<string, string>> | undefined;
    let response: ResponseParts | StreamedResponseParts;
    try {
      const match = matchRoute(routes, parts.method, parts.path, parts.query);
      if (match === undefined) throw ProtocolErrors.unknownOperation(parts.method, parts.path);
      operation = match.operation;
      labels = match.labels;
      const spec = operations[operation];
      const handler = handlers[operation];
      if (spec === undefined || typeof handler !== "function") {
        throw new TypeError(`${definition.service.name} has a route to ${operation} but no behaviour for it`);
      }
      if (parts.stream !== undefined && !takesStream(spec)) {
        throw ProtocolErrors.serialization(`${operation} takes its body whole (text or bytes), not as a stream`);
      }
      // Only a blob payload is read as bytes; anything else is text, and bytes that are not UTF-8 cannot be that.
      // An encoded body is read as text only once decoded, after the hook (authentication sees the bytes signed).
      const encoded = parts.headers["content-encoding"] !== undefined;
      if (!encoded && parts.body instanceof Uint8Array && spec.binaryRequest !== true)
        parts.body = utf8Body(parts.body);
      const call: OperationCall = { operation, labels, request: parts, requestId };
      // Hooks and handlers may answer synchronously; awaiting only real promises saves a turn of the queue each.
      const before = options.beforeOperation?.(call, context);
      if (before instanceof Promise) await before;
      if (encoded) {
        parts = await decodeContentEncoding(parts, maxBodyBytes);
        if (parts.body instanceof Uint8Array && spec.binaryRequest !== true) parts.body = utf8Body(parts.body);
      }

      checkMediaTypes(spec, parts);
      if (spec.requestStream?.requiresLength && parts.stream !== undefined && !("content-length" in parts.headers)) {
        throw new ProtocolError("LengthRequiredException", 411, "The request body must say its Content-Length");
      }
      if (typeof parts.body === "string" && spec.requestMediaType === JSON_MEDIA_TYPE) {
        const exceeded = jsonLimitExceeded(parts.body, jsonLimits);
        if (exceeded !== undefined) throw ProtocolErrors.serialization(exceeded);
      }
      const input = spec.deserializeRequest(parts, match.labels);
      const eventsIn = spec.requestEventStream;
      if (eventsIn !== undefined) {
        const record = input as Record<string, unknown>;
        record[eventsIn.member] = readRequestEvents(record[eventsIn.member], eventsIn.events, eventsIn.member);
      }
      let violations: ConstraintViolation[] = spec.validateInput(input, []);
      if (violations.length > 0 && options.refineViolations !== undefined) {
        const refined = options.refineViolations({ ...call, input }, violations, context);
        violations = refined instanceof Promise ? await refined : refined;
      }
      if (violations.length > 0) {
        throw options.validationError === definition.validationException
          ? new ServiceError(options.validationError, validationExceptionMembers(violations))
          : new ServiceError(options.validationError, { Message: formatViolations(violations) });
      }
      let output = handler(input, context);
      if (output instanceof Promise) output = await output;
      const serialize = options.responseSerializers?.[operation] ?? spec.serializeResponse;
      const serialized = serialize(output);
      // A streaming blob given as chunks is written as they come.
      response =
        serialized.stream === undefined
          ? serialized
          : { statusCode: serialized.statusCode, headers: serialized.headers, body: serialized.stream };
      const stream = spec.responseEventStream;
      if (stream !== undefined) {
        const events = (output as Record<string, unknown>)[stream.member];
        if (!isAsyncIterable(events)) {
          throw new TypeError(`${operation} must answer with an AsyncIterable of events in ${stream.member}`);
        }
        response = {
          ...serialized,
          body: frameEvents(events, stream.events, {
            onInternalError: (error) => options.onInternalError?.(error, { requestId, operation }),
          }),
        };
      }
      response.headers[REQUEST_ID_HEADER] = requestId;
    } catch (error) {
      response = answerFor(error, requestId, operation);
    }
    return finish({ request: parts, response, requestId, operation, labels }, context);
  };
  // Only a service that takes streamed bodies is asked about them: every other request is read whole at once.
  if (Object.values(operations).some(takesStream)) {
    handle.streamsRequestBody = (request) => {
      const match = matchRoute(routes, request.method.toUpperCase(), request.path, request.query as never);
      const spec = match === undefined ? undefined : operations[match.operation];
      return spec !== undefined && takesStream(spec);
    };
  }
  return handle;
}

const JSON_MEDIA_TYPE = "application/json";

/** Whether the operation takes its body as it comes: a `@streaming` blob or an event stream. */
function takesStream(spec: OperationSpec): boolean {
  return spec.requestStream !== undefined || spec.requestEventStream !== undefined;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | undefined)?.[Symbol.asyncIterator] === "function";
}

function utf8Body(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw ProtocolErrors.serialization("the body is not valid UTF-8 text");
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Refuses a body whose Content-Type is not the operation's (415), a body an operation does not take that says it has
 * a media type, and an Accept header that the operation's answer cannot satisfy (406).
 */
function checkMediaTypes(spec: OperationSpec, parts: HttpRequestParts): void {
  const body = parts.body;
  const hasBody =
    parts.stream !== undefined ||
    (typeof body === "string" ? body.trim() !== "" : body !== undefined && body.length > 0);
  const contentType = parts.headers["content-type"];
  if (hasBody) {
    const expected = spec.requestMediaType;
    if (expected === undefined) {
      if (contentType !== undefined) throw ProtocolErrors.unsupportedMediaType(contentType, undefined);
    } else if (spec.anyRequestMediaType !== true) {
      if (contentType === undefined || !sameMediaType(contentType, expected)) {
        throw ProtocolErrors.unsupportedMediaType(contentType, expected);
      }
    }
  }
  const accept = parts.headers["accept"];
  const answer = spec.responseMediaType;
  if (accept !== undefined && answer !== undefined && !acceptsMediaType(accept, answer)) {
    throw ProtocolErrors.notAcceptable(accept, answer);
  }
}

/**
 * Whether the error is a decoding failure of generated code. Each generated types package has its own copy of the
 * codec runtime, so its DecodeError is another class than this package's: the name tells them.
 */
function isDecodeError(error: unknown): error is DecodeError {
  return error instanceof DecodeError || (error instanceof Error && error.name === "DecodeError");
}
