// The client runtime: what generated clients build on, and the types and errors their users see.

export type { StreamingBlobInput, StreamingBlobPayload } from "@rtca/types";
export type {
  BearerTokenConfig,
  BearerTokenSource,
  TokenIdentity,
  TokenIdentityProvider,
} from "./bearer-token.js";
export {
  ConfigurationError,
  CredentialsError,
  DeserializationError,
  InputValidationError,
  type InputViolation,
  NetworkError,
  RequestAbortedError,
  RequestTimeoutError,
} from "./client-errors.js";
export { type Clock, systemClock } from "./clock.js";
export { Command } from "./command.js";
export type { ClientConfig, ResolvedConfig, RetryOptions } from "./config.js";
export type { CredentialSource } from "./credentials.js";
export { resolveErrorCode, sanitizeErrorCode } from "./error-response.js";
export {
  type BaseExceptionClass,
  type ErrorContext,
  type ErrorFault,
  type ExceptionClass,
  type ResponseMetadata,
  type RetryableTrait,
  ServiceException,
} from "./errors.js";
export {
  type EventStreamContext,
  eventStreamResponse,
  type ResponseEventStream,
} from "./event-stream.js";
export {
  type EventSigning,
  eventStreamRequest,
  type RequestEventStream,
  type UnsentEventStream,
} from "./event-stream-request.js";
export { addGlacierChecksums } from "./glacier-checksums.js";
export type { HttpRequestHandler } from "./http-handler.js";
export type { OperationSpec, PaginatedTrait } from "./operation.js";
export { type PaginationConfig, paginate } from "./paginate.js";
export { compressRequest } from "./request-compression.js";
export { readBody, readBodyBytes } from "./response-body.js";
export { type ResponseStream, type ResponseStreamContext, unreadBody } from "./response-stream.js";
export { type CallOptions, ServiceClient, type ServiceDescription, type WithMetadata } from "./service-client.js";
export { ResponseStreamError, sendStreamedBody, streamingBlobResponse } from "./streaming-blob.js";
export { EventStreamServiceClient, StreamingServiceClient } from "./streaming-client.js";
