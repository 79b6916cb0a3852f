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
} from "@rtca/types";
import type { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { ERROR_TYPE_HEADER, errorResponse, frameworkErrorBody, REQUEST_ID_HEADER } from "./error-response.js";
import { ProtocolError, ProtocolErrors, ServiceError } from "./errors.js";
import { isJsonContentType, toHttpResponse, toRequestParts } from "./http-messages.js";
import { jsonLimitExceeded, resolveJsonLimits } from "./json-limits.js";
import { createRequestIds } from "./request-id.js";
import type {
  Exchange,
  OperationCall,
  RequestHandler,
  ResponseParts,
  ServerOptions,
  ServiceDefinition,
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

  /** The answer for anything thrown while handling a request. */
  function answerFor(error: unknown, requestId: string, operation: string | undefined): HttpResponseParts {
    if (error instanceof ServiceError) {
      const spec = errors[error.errorType];
      if (spec !== undefined) {
        const encode = spec.encode as (value: unknown) => Record<string, unknown>;
        return errorResponse({
          errorType: error.errorType,
          status: spec.status,
          body: encode(error.data),
          requestId,
          headers: error.headers,
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
    if (error instanceof DecodeError) {
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

  return async (request: HttpRequest, context: Context): Promise<HttpResponse> => {
    const requestId = nextRequestId();
    let parts: HttpRequestParts;
    try {
      parts = toRequestParts(request);
    } catch (error) {
      // Bytes that are not UTF-8 cannot be JSON.
      parts = { method: request.method, path: request.path, query: {}, headers: {}, body: undefined };
      const answer = answerFor(ProtocolErrors.serialization((error as Error).message), requestId, undefined);
      return finish({ request: parts, response: answer, requestId }, context);
    }
    // What routing found, for the exchange record (filled as far as the request got).
    let operation: string | undefined;
    let labels: Readonly<Record<string, string>> | undefined;
    let response: ResponseParts;
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
      const call: OperationCall = { operation, labels, request: parts, requestId };
      // Hooks and handlers may answer synchronously; awaiting only real promises saves a turn of the queue each.
      const before = options.beforeOperation?.(call, context);
      if (before instanceof Promise) await before;

      if (parts.body !== undefined && parts.body.trim() !== "") {
        const contentType = parts.headers["content-type"];
        if (contentType === undefined || !isJsonContentType(contentType)) {
          throw ProtocolErrors.unsupportedMediaType(contentType);
        }
        const exceeded = jsonLimitExceeded(parts.body, jsonLimits);
        if (exceeded !== undefined) throw ProtocolErrors.serialization(exceeded);
      }
      const input = spec.deserializeRequest(parts, match.labels);
      let violations: ConstraintViolation[] = spec.validateInput(input, []);
      if (violations.length > 0 && options.refineViolations !== undefined) {
        const refined = options.refineViolations({ ...call, input }, violations, context);
        violations = refined instanceof Promise ? await refined : refined;
      }
      if (violations.length > 0) {
        throw new ServiceError(options.validationError, { Message: formatViolations(violations) });
      }
      let output = handler(input, context);
      if (output instanceof Promise) output = await output;
      const serialize = options.responseSerializers?.[operation] ?? spec.serializeResponse;
      response = serialize(output);
      response.headers[REQUEST_ID_HEADER] = requestId;
    } catch (error) {
      response = answerFor(error, requestId, operation);
    }
    return finish({ request: parts, response, requestId, operation, labels }, context);
  };
}
