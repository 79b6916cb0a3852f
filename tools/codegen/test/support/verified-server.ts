// A generated server on loopback HTTP that checks SigV4 signatures (the fake's Authenticator in verify mode), with
// handlers a test sets per operation and the calls it records, for the end-to-end tests of fixture models.
import { Authenticator, type Credential } from "../../../../packages/fake-server/src/connect/auth/authenticator.js";
import { serve } from "../../../../packages/fake-server/src/http/node-server.js";
import type { OperationCall } from "../../../../packages/fake-server/src/runtime/index.js";
import type { GeneratedService, Loopback } from "./bedrock-streams.js";

export type Handler = (input: Record<string, unknown>) => unknown;

export interface VerifiedServer extends Loopback {
  /** The behaviour of each operation, by name: set by the test before each call. */
  readonly handlers: Record<string, Handler>;
  /** Every call that reached the dispatcher's hook, in order. */
  readonly calls: OperationCall[];
}

export async function serveVerified(
  generated: GeneratedService,
  options: {
    /** The service's name, as the generated `create<Name>Handler` has it. */
    service: string;
    signingName: string;
    credentials: Credential;
    validationError: string;
    maxBodyBytes?: number;
  },
): Promise<VerifiedServer> {
  const create = generated.server[`create${options.service}Handler`] as (
    handlers: object,
    options: object,
  ) => Parameters<typeof serve>[0];
  const authenticator = new Authenticator(options.signingName, { mode: "verify", credentials: [options.credentials] });
  const handlers: Record<string, Handler> = {};
  const calls: OperationCall[] = [];
  const behaviour = new Proxy(
    {},
    { get: (_, operation: string) => (input: Record<string, unknown>) => handlers[operation]!(input) },
  );
  const handle = create(behaviour, {
    validationError: options.validationError,
    beforeOperation: (call: OperationCall) => {
      calls.push(call);
      authenticator.authenticate(call.request);
    },
  });
  const running = await serve(handle, options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes });
  return { url: running.url, close: () => running.close(), handlers, calls };
}
