// The base of generated clients whose service has operations that answer with an event stream: after the call,
// the stream member (which holds the body, unread) becomes the AsyncIterable of its events. A client of a service
// without event streams extends ServiceClient directly, so its bundle carries none of this.

import type { ClientConfig } from "./config.js";
import { buildServiceException, type ErrorTables } from "./error-response.js";
import type { OperationSpec } from "./operation.js";
import { type CallOptions, ServiceClient, type ServiceDescription, type WithMetadata } from "./service-client.js";

export class EventStreamServiceClient extends ServiceClient {
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
    const output = await super.call(spec, input, options);
    const stream = spec.responseEventStream;
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
