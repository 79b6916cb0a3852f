// The shapes that generated server code hands to the restJson1 dispatcher, and the options a service's behaviour
// passes alongside. Generated code fills OperationTable and the error table; hand-written code fills the rest.

import type { ConstraintViolation, EventStreamBinding, HttpRequestParts, HttpResponseParts, Route } from "@rtca/types";
import type { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import type { JsonLimits } from "./json-limits.js";

/** A response as the dispatcher hands it out: the generated bindings' parts, but the body may already be bytes. */
export interface ResponseParts {
  statusCode: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  /** A streaming blob's chunks, written as they come in place of the body (as generated serializers give them). */
  stream?: AsyncIterable<Uint8Array>;
}

/** An answer whose body is written as it comes: the framed messages of an event stream, or a streaming blob. */
export interface StreamedResponseParts extends Omit<ResponseParts, "body"> {
  body: AsyncIterable<Uint8Array>;
}

/** One operation: its HTTP facts from the model and its generated bindings. */
export interface OperationSpec {
  readonly name: string;
  readonly method: string;
  readonly uri: string;
  readonly successCode: number;
  /** The errors the operation declares (the service's common errors included). */
  readonly errors: readonly string[];
  readonly requiredInput: readonly string[];
  /** The media type a request body must say it has; undefined when the operation takes no body. */
  readonly requestMediaType?: string;
  /** A blob payload without a declared media type takes a body of any. */
  readonly anyRequestMediaType?: boolean;
  /** The body is a blob payload: it is read as bytes, not text. */
  readonly binaryRequest?: boolean;
  /**
   * The input member that is a `@streaming` blob: the body is handed to the behaviour as it comes (never read
   * first, so no body limit applies to it), as a StreamingBlobPayload in that member.
   */
  readonly requestStream?: { readonly member: string; readonly requiresLength?: boolean };
  /**
   * The input member that is an event stream, and how its events travel: the body is handed over unread, and the
   * behaviour gets an AsyncIterable of the events in that member, read as they arrive.
   */
  readonly requestEventStream?: { readonly member: string; readonly events: EventReader };
  /** The media type of the answer, which an Accept header must allow. */
  readonly responseMediaType?: string;
  /** The output member that is an event stream, and how its events travel: the answer's body is framed from it. */
  readonly responseEventStream?: { readonly member: string; readonly events: EventWriter };
  /** Reads the request strictly; throws a DecodeError naming the member at fault. */
  deserializeRequest(request: HttpRequestParts, labels: Record<string, string>): unknown;
  serializeResponse(output: unknown): HttpResponseParts;
  /** Collects the input's constraint violations into `out` and returns it. */
  validateInput(input: unknown, out: ConstraintViolation[]): ConstraintViolation[];
}

/** What a server needs of an event-stream union's binding: how its events and errors become messages. */
export type EventWriter = Pick<EventStreamBinding<never>, "errors" | "write">;

/** What a server needs of an event-stream union's binding to read a request's events. */
export type EventReader = Pick<EventStreamBinding<never>, "errors" | "read">;

/** Every operation of a service, by name. */
export type OperationTable = Readonly<Record<string, OperationSpec>>;

/** A modelled error: its HTTP status, whose fault it is and how its members travel. */
export interface ErrorSpec {
  readonly status: number;
  readonly fault: "client" | "server";
  // `never` lets each error's own typed encoder fit here; the dispatcher only passes what a ServiceError carries.
  readonly encode: (value: never) => Record<string, unknown>;
  /** The error's members that travel in headers, for an error that has some. */
  readonly headers?: (value: never) => Record<string, string>;
}

/** The errors a service declares, by the name that travels in X-Amzn-ErrorType. */
export type ErrorTable = Readonly<Record<string, ErrorSpec>>;

/** Facts about a service from its model. */
export interface ServiceMetadata {
  readonly id: string;
  readonly name: string;
  readonly version: string;
}

/**
 * A pure request handler: an HTTP request in, an HTTP response out, never a rejection. `streamsRequestBody` says,
 * from a request's head, whether its body is to be handed over unread, as an AsyncIterable of chunks (an operation
 * with a `@streaming` blob input); an HTTP face asks it before reading a body whole.
 */
export type RequestHandler<Context = void> = ((request: HttpRequest, context: Context) => Promise<HttpResponse>) & {
  streamsRequestBody?: (request: HttpRequest) => boolean;
};

/** What the dispatcher knows about a request once it has been routed. */
export interface OperationCall {
  readonly operation: string;
  /** Path labels, percent-decoded. */
  readonly labels: Readonly<Record<string, string>>;
  readonly request: HttpRequestParts;
  readonly requestId: string;
}

/** One request and its answer, as the dispatcher saw them. */
export interface Exchange {
  readonly request: HttpRequestParts;
  readonly response: ResponseParts | StreamedResponseParts;
  readonly requestId: string;
  /** The operation, when the request matched a route. */
  readonly operation?: string;
  readonly labels?: Readonly<Record<string, string>>;
  /** The error type sent in X-Amzn-ErrorType, when the answer is an error. */
  readonly errorType?: string;
}

export interface ServerOptions<Context = void> {
  /** The modelled error that answers a constraint violation, such as InvalidRequestException. */
  validationError: string;
  /**
   * The modelled error that answers an unexpected exception, such as InternalServiceException. Without one the
   * answer is the framework error InternalFailure. Either way the client sees no stack trace.
   */
  internalError?: string;
  /**
   * Runs after routing and before the input is read: authentication, throttling, injected faults. Throw a
   * ServiceError or a ProtocolError to refuse the request.
   */
  beforeOperation?: (call: OperationCall, context: Context) => void | Promise<void>;
  /**
   * Drops constraint violations that only the behaviour knows to be fine, such as values of an enum that a
   * particular resource accepts beyond the model's. Returns the violations that stand. Called only when the model's
   * checks found some.
   */
  refineViolations?: (
    call: OperationCall & { readonly input: unknown },
    violations: ConstraintViolation[],
    context: Context,
  ) => ConstraintViolation[] | Promise<ConstraintViolation[]>;
  /**
   * Replaces the generated response serializer of some operations, for hot paths (such as one that caches the
   * encoding of values it returns again and again). A replacement must give the same response as the generated one.
   */
  responseSerializers?: Readonly<Record<string, (output: unknown) => ResponseParts>>;
  /** Sees every answer, after it is made: request logs, metrics. Exceptions thrown here are ignored. */
  onExchange?: (exchange: Exchange, context: Context) => void;
  /** Sees exceptions that were not a ServiceError (the client only gets a generic 500). */
  onInternalError?: (error: unknown, exchange: { requestId: string; operation?: string }) => void;
  /**
   * Bounds on a JSON body (depth, number of values, size), checked before it is parsed; a body past one answers 400
   * SerializationException naming it. 100 levels, 100 000 values and 5 MiB by default.
   */
  jsonLimits?: Partial<JsonLimits>;
  /**
   * The largest request body once its Content-Encoding (gzip) is undone; a body that inflates past it answers 413
   * RequestEntityTooLargeException. 5 MiB by default, as serve()'s limit on the bytes received. A streamed body
   * (a `@streaming` blob input) is not bounded by it.
   */
  maxBodyBytes?: number;
  /** Makes request ids; random (version 4) UUIDs by default. */
  requestId?: () => string;
}

/** Everything the dispatcher needs about one service; generated code builds it. */
export interface ServiceDefinition {
  readonly service: ServiceMetadata;
  readonly routes: readonly Route[];
  readonly operations: OperationTable;
  readonly errors: ErrorTable;
  /**
   * The service's Smithy framework ValidationException, when it declares one: chosen as the validation error, it
   * answers with the field list of Smithy's validation framework.
   */
  readonly validationException?: string;
  /** One function per operation: `(input, context) => output`. */
  readonly handlers: Readonly<Record<string, (input: never, context: never) => unknown>>;
}
