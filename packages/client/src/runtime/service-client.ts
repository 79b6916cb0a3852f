// The base class of generated clients: checks the input, encodes it with the generated bindings, signs, sends,
// retries, and decodes the answer into the output or a typed error.
import type { HttpRequestParts, HttpResponseParts } from "@rtca/types";
import { DecodeError, formatPath } from "@rtca/types";
import type { HttpRequest } from "@smithy/protocol-http";
import type { HttpResponse, ResponseMetadata } from "@smithy/types";
import { AttemptFailed, type AttemptResult, sendAttempt } from "./attempt.js";
import {
  CredentialsError,
  DeserializationError,
  NetworkError,
  RequestAbortedError,
  RequestTimeoutError,
} from "./client-errors.js";
import { isClockSkewErrorCode, serverTimeOf, updatedClockOffset } from "./clock-skew.js";
import {
  type ClientConfig,
  positive,
  positiveInteger,
  type ResolvedConfig,
  resolveConfig,
  type ServiceFacts,
} from "./config.js";
import { buildServiceException, type ErrorTables, parseErrorBody, resolveErrorCode } from "./error-response.js";
import type { BaseExceptionClass, ExceptionClass } from "./errors.js";
import { buildHttpRequest } from "./http-request.js";
import { checkInput, encodeInput } from "./input-check.js";
import type { OperationSpec } from "./operation.js";
import { classifyResponse, type FailureKind, RetryPolicy, retryAfterMs } from "./retry-policy.js";
import { createSigner, type RequestSigner } from "./signer.js";

/** Options of one call. */
export interface CallOptions {
  /** Ends the call, and tears down its request, when aborted. */
  abortSignal?: AbortSignal;
  /** Overrides the client's per-attempt timeout for this call, in ms. */
  timeoutMs?: number;
  /** Overrides the client's maxAttempts for this call (1: no retries). */
  maxAttempts?: number;
}

/** An operation's output, with the metadata of the response it came in (an enumerable member, as in AWS's SDK). */
export type WithMetadata<Output> = Output & { readonly $metadata: ResponseMetadata };

/** What the generated client tells the runtime about its service. */
export interface ServiceDescription {
  metadata: ServiceFacts;
  errors: ErrorTables["errors"];
  exceptions: Readonly<Record<string, ExceptionClass>>;
  baseException: BaseExceptionClass;
}

export class ServiceClient {
  /** The resolved configuration: endpoint, region, handler, retry settings. */
  readonly config: ResolvedConfig;
  readonly #tables: ErrorTables;
  readonly #signer: RequestSigner | undefined;
  readonly #retry: RetryPolicy;

  constructor(config: ClientConfig, service: ServiceDescription) {
    this.config = resolveConfig(config, service.metadata);
    this.#tables = { errors: service.errors, exceptions: service.exceptions, baseException: service.baseException };
    this.#signer = createSigner(service.metadata.signingName, this.config.region, this.config.credentials);
    this.#retry = new RetryPolicy(this.config.retry);
  }

  /** Closes the connections the client's own HTTP handler keeps alive. A handler passed in is left to its owner. */
  destroy(): void {
    if (this.config.ownsRequestHandler) this.config.requestHandler.destroy?.();
  }

  protected async call<Input, Output extends object>(
    spec: OperationSpec<Input, Output>,
    input: Input,
    options: CallOptions = {},
  ): Promise<WithMetadata<Output>> {
    const config = this.config;
    checkInput(spec, input, config.strictInput);
    const encoded = encodeInput(spec, input);
    const parts =
      spec.finishRequest === undefined
        ? encoded
        : await spec.finishRequest(encoded, config.requestMinCompressionSizeBytes);
    const maxAttempts = positiveInteger("maxAttempts", options.maxAttempts) ?? config.maxAttempts;
    const timeoutMs = positive("timeoutMs", options.timeoutMs) ?? config.timeoutMs;
    const signal = options.abortSignal;
    const invocationId = globalThis.crypto.randomUUID();
    const metadata = { attempts: 0, totalRetryDelay: 0 } as ResponseMetadata & {
      attempts: number;
      totalRetryDelay: number;
    };
    let retryCost = 0;
    // The retry after a clock-skew error that the answer corrected: made at once, once per call, and not counted
    // against maxAttempts or the retry quota (it is the same attempt, signed right).
    let skewRetried = false;

    for (;;) {
      metadata.attempts++;
      let result: AttemptResult;
      try {
        const request = await this.prepare(parts, invocationId, metadata.attempts, maxAttempts);
        result = await sendAttempt(config.requestHandler, request, signal, timeoutMs, spec.readResponseBody);
      } catch (error) {
        if (!(error instanceof AttemptFailed)) throw error;
        const failure = error.failure;
        if (failure.kind === "aborted")
          throw new RequestAbortedError(spec.name, { ...metadata }, { cause: failure.reason });
        if (failure.kind === "timeout") throw new RequestTimeoutError(spec.name, timeoutMs!, { ...metadata });
        const cost = await this.#waitForRetry(
          spec.name,
          "network",
          metadata,
          skewRetried,
          maxAttempts,
          undefined,
          signal,
          failure.error,
        );
        if (cost === undefined) throw new NetworkError(config.endpoint.origin, failure.error, { ...metadata });
        retryCost += cost;
        continue;
      }

      const { response, headers } = result;
      metadata.httpStatusCode = response.statusCode;
      const requestId = headers["x-amzn-requestid"] ?? headers["x-amz-request-id"];
      if (requestId !== undefined) metadata.requestId = requestId;
      if (headers["x-amz-id-2"] !== undefined) metadata.extendedRequestId = headers["x-amz-id-2"];
      if (headers["x-amz-cf-id"] !== undefined) metadata.cfId = headers["x-amz-cf-id"];
      const clockCorrected = this.#learnClockOffset(headers);

      if (response.statusCode >= 200 && response.statusCode < 300) {
        this.#retry.recordSuccess(retryCost);
        const output = decodeOutput(
          spec,
          // A blob payload's bytes, or an event stream's body unread (its reader takes it from the output).
          { statusCode: response.statusCode, headers, body: result.body as string | Uint8Array },
          { ...metadata },
        );
        // $metadata first and enumerable, as AWS's SDK has it, so that outputs compare and spread alike.
        return Object.assign({ $metadata: { ...metadata } }, output) as WithMetadata<Output>;
      }

      // Only a successful answer of a blob payload is read as bytes.
      const body = result.body as string;
      const parsed = parseErrorBody(body);
      const code = resolveErrorCode(headers, parsed);
      const exception = buildServiceException(this.#tables, code, parsed, {
        statusCode: response.statusCode,
        headers,
        body,
        $response: responseWithBody(response, headers, body),
        $metadata: { ...metadata },
      });
      if (clockCorrected && !skewRetried && isClockSkewErrorCode(code)) {
        skewRetried = true;
        config.logger?.debug(
          `${spec.name}: attempt ${metadata.attempts} was refused (${describe(exception)}); the clock is ${Math.round(config.systemClockOffset / 1000)} s off the service's: retrying at once with the corrected clock`,
        );
        continue;
      }
      const kind = retryKind(exception) ?? classifyResponse(response.statusCode, code);
      const requested = retryAfterMs(headers, config.clock.now() + config.systemClockOffset);
      const cost = await this.#waitForRetry(
        spec.name,
        kind,
        metadata,
        skewRetried,
        maxAttempts,
        requested,
        signal,
        exception,
      );
      if (cost === undefined) throw exception;
      retryCost += cost;
    }
  }

  /** Builds and signs the request of one attempt. */
  protected async prepare(
    parts: HttpRequestParts,
    invocationId: string,
    attempt: number,
    maxAttempts: number,
  ): Promise<HttpRequest> {
    const config = this.config;
    const request = buildHttpRequest(config.endpoint, parts, {
      userAgent: config.userAgent,
      invocationId,
      attempt,
      maxAttempts,
    });
    if (config.bearerToken !== undefined) {
      try {
        request.headers["authorization"] = `Bearer ${await config.bearerToken()}`;
      } catch (error) {
        if (error instanceof CredentialsError) throw error;
        throw new CredentialsError(
          `could not get the bearer token: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
    }
    if (this.#signer === undefined) return request;
    try {
      return await this.#signer.sign(request, new Date(config.clock.now() + config.systemClockOffset));
    } catch (error) {
      if (error instanceof CredentialsError) throw error;
      throw new CredentialsError(
        `could not sign the request: ${error instanceof Error ? error.message : String(error)}`,
        {
          cause: error,
        },
      );
    }
  }

  /** Takes the offset of the local clock from the service's Date header; true when it changed. */
  #learnClockOffset(headers: Record<string, string>): boolean {
    const serverTime = serverTimeOf(headers);
    if (serverTime === undefined) return false;
    const before = this.config.systemClockOffset;
    this.config.systemClockOffset = updatedClockOffset(serverTime, this.config.clock.now(), before);
    return this.config.systemClockOffset !== before;
  }

  /**
   * Waits before the next attempt when the failure deserves one, and returns the quota the retry cost; returns
   * undefined when the call must end with this failure.
   */
  async #waitForRetry(
    operation: string,
    kind: FailureKind,
    metadata: { attempts: number; totalRetryDelay: number },
    skewRetried: boolean,
    maxAttempts: number,
    requestedMs: number | undefined,
    signal: AbortSignal | undefined,
    cause: unknown,
  ): Promise<number | undefined> {
    const clock = this.config.clock;
    const attempt = metadata.attempts - (skewRetried ? 1 : 0);
    const decision = this.#retry.delayBeforeRetry(kind, attempt, maxAttempts, clock.random(), requestedMs);
    if (decision === undefined) return undefined;
    this.config.logger?.debug(
      `${operation}: attempt ${attempt} of ${maxAttempts} failed (${describe(cause)}); retrying in ${decision.delayMs} ms`,
    );
    try {
      await clock.sleep(decision.delayMs, signal);
    } catch (error) {
      throw new RequestAbortedError(operation, { ...metadata }, { cause: error });
    }
    metadata.totalRetryDelay += decision.delayMs;
    return decision.cost;
  }
}

/** What the model's @retryable trait says, when it says something. */
function retryKind(exception: { $retryable?: { throttling?: boolean } }): FailureKind | undefined {
  if (exception.$retryable === undefined) return undefined;
  return exception.$retryable.throttling === true ? "throttling" : "transient";
}

function decodeOutput<Output>(
  spec: OperationSpec<unknown, Output>,
  response: HttpResponseParts & { body: string | Uint8Array },
  $metadata: ResponseMetadata,
): Output {
  try {
    return spec.deserializeResponse(response);
  } catch (error) {
    // Another copy of the codec runtime (a service generated on its own) has its own DecodeError class.
    const decodeError =
      error instanceof DecodeError || (error instanceof Error && error.name === "DecodeError")
        ? (error as DecodeError)
        : undefined;
    throw new DeserializationError(
      {
        path: decodeError ? formatPath(decodeError.path) : "",
        reason: decodeError ? decodeError.reason : error instanceof Error ? error.message : String(error),
        httpStatusCode: response.statusCode,
        rawBody: typeof response.body === "string" ? response.body : "",
        $metadata,
      },
      { cause: error },
    );
  }
}

/** The response as exceptions keep it: its body already read into a string. */
function responseWithBody(response: HttpResponse, headers: Record<string, string>, body: string): HttpResponse {
  return { statusCode: response.statusCode, reason: response.reason, headers, body } as HttpResponse;
}

function describe(cause: unknown): string {
  if (cause instanceof Error) return cause.name === "Error" ? cause.message : `${cause.name}: ${cause.message}`;
  return String(cause);
}
