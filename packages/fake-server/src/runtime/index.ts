// The restJson1 server runtime that generated server code builds on.
export { createRestJsonHandler } from "./dispatcher.js";
export { ERROR_TYPE_HEADER, errorResponse, frameworkErrorBody, REQUEST_ID_HEADER } from "./error-response.js";
export { ProtocolError, ProtocolErrors, ServiceError } from "./errors.js";
export { encodeMessage, frameEvents } from "./event-stream.js";
export {
  eventStreamMessages,
  isSignedEnvelope,
  MalformedEventStreamError,
  readRequestEvents,
} from "./event-stream-request.js";
export { bodyText, isJsonContentType, toHttpResponse, toRequestParts } from "./http-messages.js";
export { DEFAULT_JSON_LIMITS, type JsonLimits, jsonLimitExceeded } from "./json-limits.js";
export type {
  ErrorSpec,
  ErrorTable,
  EventReader,
  EventWriter,
  Exchange,
  OperationCall,
  OperationSpec,
  OperationTable,
  RequestHandler,
  ResponseParts,
  ServerOptions,
  ServiceDefinition,
  ServiceMetadata,
  StreamedResponseParts,
} from "./types.js";
