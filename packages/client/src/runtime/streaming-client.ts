// The base of generated clients whose service streams bodies: answers read as they arrive (event streams and
// `@streaming` blobs, whose output member, holding the body unread, becomes the stream) and requests sent as they
// come (`@streaming` blobs given as chunks, and event streams, whose messages are signed one by one). A client of a
// service without streams extends ServiceClient directly, so its bundle carries none of this.

import type { HttpRequestParts } from "@rtca/types";
import type { HttpRequest } from "@smithy/protocol-http";
import { Sha256 } from "#platform";
import { InputValidationError } from "./client-errors.js";
import type { ClientConfig } from "./config.js";
import { buildServiceException, type ErrorTables } from "./error-response.js";
import type { UnsentEventStream } from "./event-stream-request.js";
import type { OperationSpec } from "./operation.js";
import { type CallOptions, ServiceClient, type ServiceDescription, type WithMetadata } from "./service-client.js";

export class StreamingServiceClient extends ServiceClient {
  readonly #tables: ErrorTables;
  readonly #signingName: string | undefined;

  constructor(config: ClientConfig, service: ServiceDescription) {
    super(config, service);
    this.#tables = { errors: service.errors, exceptions: service.exceptions, baseException: service.baseException };
    this.#signingName = service.metadata.signingName;
  }

  protected override async call<Input, Output extends object>(
    spec: OperationSpec<Input, Output>,
    input: Input,
    options: CallOptions = {},
  ): Promise<WithMetadata<Output>> {
    const events = spec.requestEvents;
    if (events === undefined) return this.#call(spec, input, options);
    const signs = this.#signingName !== undefined && this.config.region !== undefined;
    return events.send(spec, input, options, signs, (withEvents, once) => this.#call(withEvents, input, once));
  }

  /** Builds and signs a request; a request of events gets its body then, each message signed from the request's. */
  protected override async prepare(
    parts: HttpRequestParts,
    invocationId: string,
    attempt: number,
    maxAttempts: number,
  ): Promise<HttpRequest> {
    const request = await super.prepare(parts, invocationId, attempt, maxAttempts);
    const events = parts.stream as Partial<UnsentEventStream> | undefined;
    if (typeof events?.wireBody !== "function") return request;
    const authorization = request.headers["authorization"];
    const region = this.config.region;
    const service = this.#signingName;
    const signing =
      region === undefined || service === undefined || authorization === undefined
        ? undefined
        : {
            region,
            service,
            credentials: await this.config.credentials(),
            sha256: Sha256,
            now: () => new Date(this.config.clock.now() + this.config.systemClockOffset),
          };
    request.body = events.wireBody(authorization, signing);
    return request;
  }

  async #call<Input, Output extends object>(
    spec: OperationSpec<Input, Output>,
    input: Input,
    options: CallOptions,
  ): Promise<WithMetadata<Output>> {
    const sent = spec.requestStream;
    const value = sent === undefined ? undefined : (input as Record<string, unknown> | undefined)?.[sent.member];
    if (sent !== undefined && !isWhole(value)) {
      if (sent.requiresLength && isChunked(value) && !declaresLength(spec, input)) {
        throw new InputValidationError(spec.name, [
          {
            kind: "length",
            path: sent.member,
            constraint:
              "Member must have a known length (@requiresLength): give bytes, a string or a Blob, or set the member bound to Content-Length",
          },
        ]);
      }
      // A stream (a Blob's too) is read as it is sent, so it cannot be sent again: the call has one attempt.
      options = { ...options, maxAttempts: 1 };
    }
    const output = await super.call(spec, input, options);
    const stream = spec.responseStream;
    if (stream === undefined) return output;
    const $metadata = output.$metadata;
    const statusCode = $metadata.httpStatusCode ?? 200;
    const record = output as Record<string, unknown>;
    record[stream.member] = stream.open(record[stream.member], {
      operation: spec.name,
      endpoint: this.config.endpoint.origin,
      $metadata,
      signal: options.abortSignal,
      exception: (code, parsed, body) =>
        buildServiceException(this.#tables, code, parsed, {
          statusCode,
          headers: {},
          body,
          $response: { statusCode, headers: {}, body },
          $metadata: { ...$metadata },
        }),
    });
    return output;
  }
}

/** The name this class had when only event streams were streamed. */
export const EventStreamServiceClient = StreamingServiceClient;

/** Whether a streaming blob is sent whole (bytes, text or nothing), so that it can be sent again. */
function isWhole(value: unknown): boolean {
  return value === undefined || value === null || typeof value === "string" || value instanceof Uint8Array;
}

/** Whether a streaming blob is given as chunks, its length unknown until it ends: neither whole nor a Blob. */
function isChunked(value: unknown): boolean {
  const blob = value as Partial<Blob>;
  return !isWhole(value) && !(typeof blob.stream === "function" && typeof blob.size === "number");
}

/** Whether the input sets a member bound to Content-Length, which then gives the stream's length. */
function declaresLength<Input>(spec: OperationSpec<Input, unknown>, input: Input): boolean {
  try {
    return spec.serializeRequest(input).headers["content-length"] !== undefined;
  } catch {
    // The input does not encode: the call reports that itself.
    return true;
  }
}
