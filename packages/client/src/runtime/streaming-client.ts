// The base of generated clients whose service streams bodies: answers read as they arrive (event streams and
// `@streaming` blobs, whose output member, holding the body unread, becomes the stream) and requests sent as they
// come (`@streaming` blobs given as chunks). A client of a service without streams extends ServiceClient directly,
// so its bundle carries none of this.

import { InputValidationError } from "./client-errors.js";
import type { ClientConfig } from "./config.js";
import { buildServiceException, type ErrorTables } from "./error-response.js";
import type { OperationSpec } from "./operation.js";
import { type CallOptions, ServiceClient, type ServiceDescription, type WithMetadata } from "./service-client.js";

export class StreamingServiceClient extends ServiceClient {
  readonly #tables: ErrorTables;

  constructor(config: ClientConfig, service: ServiceDescription) {
    super(config, service);
    this.#tables = { errors: service.errors, exceptions: service.exceptions, baseException: service.baseException };
  }

  protected override async call<Input, Output extends object>(
    spec: OperationSpec<Input, Output>,
    input: Input,
    options: CallOptions = {},
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
