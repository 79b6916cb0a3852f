// Errors the service answers with. Modelled errors are generated subclasses of a per-service base class, which
// extends ServiceException; an error code the model does not know becomes the base class with the code as name.
import type { HttpResponse, ResponseMetadata } from "@smithy/types";

export type { ResponseMetadata } from "@smithy/types";

/** Whose fault an error is: the caller's (4xx) or the service's (5xx). */
export type ErrorFault = "client" | "server";

/** What the runtime hands an exception's constructor. */
export interface ErrorContext {
  message: string;
  $metadata: ResponseMetadata;
  /** The HTTP response, with its body already read into a string. */
  $response?: HttpResponse;
  /** The error's members, decoded from the response body. */
  data: Record<string, unknown>;
}

/** What Smithy's @retryable trait says of an error: present when the service says a retry may succeed. */
export interface RetryableTrait {
  readonly throttling?: boolean;
}

/** An error the service answered with. */
export class ServiceException extends Error {
  readonly $fault: ErrorFault;
  readonly $metadata: ResponseMetadata;
  /** Set on errors the model marks @retryable (`{ throttling: true }` for throttling), as in AWS's SDK. */
  readonly $retryable?: RetryableTrait;
  /** The raw response. Not enumerable, so that logging or serializing an error does not dump the whole response. */
  declare readonly $response?: HttpResponse;

  constructor(name: string, fault: ErrorFault, context: ErrorContext) {
    super(context.message);
    Object.defineProperty(this, "name", { value: name, enumerable: false, writable: true, configurable: true });
    this.$fault = fault;
    this.$metadata = context.$metadata;
    Object.defineProperty(this, "$response", {
      value: context.$response,
      enumerable: false,
      writable: false,
      configurable: true,
    });
    // The error's members (Message, Reason, ...) become properties, as AWS's SDK has them; none may replace the
    // properties above.
    for (const key of Object.keys(context.data)) {
      const value = context.data[key];
      if (value !== undefined && !(key in this)) (this as Record<string, unknown>)[key] = value;
    }
  }
}

/** A constructor of a modelled exception class, as the generated client lists them. */
export type ExceptionClass = new (context: ErrorContext) => ServiceException;

/** The constructor of a service's base exception class. */
export type BaseExceptionClass = new (name: string, fault: ErrorFault, context: ErrorContext) => ServiceException;
