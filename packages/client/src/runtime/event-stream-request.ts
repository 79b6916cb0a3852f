// An event stream sent in a request: the caller's AsyncIterable of events, each framed as a message through the
// generated binding as it comes, and with SigV4 each wrapped in its signed envelope once the request is signed. The
// call has one attempt (the events are read as they are sent), and the events stop (the caller's iterable told to
// finish, so its `finally` runs) when the call's signal aborts or the call ends before they have. Only generated
// clients of operations that take an event stream import this module (through eventStreamRequest), so other
// clients' bundles, streaming ones included, carry none of it.
import type { EventStreamBinding } from "@rtca/types";
import { requestStreamBody } from "#platform";
import { InputValidationError } from "./client-errors.js";
import {
  type EventSigningContext,
  requestSignature,
  STREAMING_EVENTS_PAYLOAD,
  signedMessages,
} from "./event-signer.js";
import { encodeEventMessage } from "./event-stream.js";
import type { OperationSpec } from "./operation.js";
import type { CallOptions } from "./service-client.js";

/** What signing a request's messages needs besides the request's own signature. */
export type EventSigning = Omit<EventSigningContext, "seedSignature">;

/** How the client runtime sends an operation's input member when it is an event stream. */
export interface RequestEventStream {
  /** The input member that holds the events. */
  readonly member: string;
  /**
   * Makes the call (through `call`, with the spec and options it is to be made with) with the input's events as the
   * request's stream: framed, and marked with the payload hash of signed events when `signs`.
   */
  send<Input, Output, Result>(
    spec: OperationSpec<Input, Output>,
    input: Input,
    options: CallOptions,
    signs: boolean,
    call: (spec: OperationSpec<Input, Output>, options: CallOptions) => Promise<Result>,
  ): Promise<Result>;
}

/** The request stream of events as the request's parts carry it until the request is signed. */
export interface UnsentEventStream extends AsyncIterable<Uint8Array> {
  /**
   * The body to send once the request is signed, as the platform's HTTP handler takes it: each message in its
   * signed envelope, chained from the signature in `authorization`, when there is one and `signing`; else bare.
   */
  wireBody(authorization: string | undefined, signing: EventSigning | undefined): AsyncIterable<Uint8Array>;
}

/** The sender of a `@streaming` union input member, for the generated client's operation specs. */
export function eventStreamRequest(
  member: string,
  binding: Pick<EventStreamBinding<never>, "write">,
): RequestEventStream {
  return {
    member,
    async send(spec, input, options, signs, call) {
      const events = (input as Record<string, unknown> | undefined)?.[member];
      if (typeof (events as AsyncIterable<unknown> | undefined)?.[Symbol.asyncIterator] !== "function") {
        throw new InputValidationError(spec.name, [
          { kind: "type", path: member, constraint: "Member must be an AsyncIterable of events" },
        ]);
      }
      const outgoing = new OutgoingEvents(events as AsyncIterable<unknown>, binding);
      const signal = options.abortSignal;
      signal?.addEventListener("abort", outgoing.stop, { once: true });
      const finish = spec.finishRequest;
      const withEvents: typeof spec = {
        ...spec,
        finishRequest: async (parts, minBytes) => {
          const finished = finish === undefined ? parts : await finish(parts, minBytes);
          const headers = signs
            ? { ...finished.headers, "x-amz-content-sha256": STREAMING_EVENTS_PAYLOAD }
            : finished.headers;
          return { ...finished, headers, stream: outgoing };
        },
      };
      try {
        const output = await call(withEvents, { ...options, maxAttempts: 1 });
        // Without a stream in the answer the exchange is over: whatever the caller still had to send goes nowhere.
        if (spec.responseStream === undefined) outgoing.stop();
        return output;
      } catch (error) {
        outgoing.stop();
        throw error;
      } finally {
        if (spec.responseStream === undefined) signal?.removeEventListener("abort", outgoing.stop);
      }
    },
  };
}

/** A Node Readable (destroyed to stop) or a web ReadableStream (cancelled). */
type SentBody = { destroy?: (error?: Error) => void; cancel?: () => Promise<void> };

class OutgoingEvents implements UnsentEventStream {
  readonly #frames: AsyncGenerator<Uint8Array, void, undefined>;
  #body: SentBody | undefined;
  #stopped = false;

  constructor(events: AsyncIterable<unknown>, binding: Pick<EventStreamBinding<never>, "write">) {
    this.#frames = frame(events, binding, () => this.#stopped);
  }

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return this.#frames;
  }

  wireBody(authorization: string | undefined, signing: EventSigning | undefined): AsyncIterable<Uint8Array> {
    const seedSignature = requestSignature(authorization);
    const messages =
      seedSignature === undefined || signing === undefined
        ? this.#frames
        : signedMessages(this.#frames, { ...signing, seedSignature });
    const body = requestStreamBody(messages);
    this.#body = body as SentBody;
    return body;
  }

  /** Ends the stream: no event is read after this one. */
  readonly stop = (): void => {
    if (this.#stopped) return;
    this.#stopped = true;
    const body = this.#body;
    if (typeof body?.destroy === "function") body.destroy();
    else if (typeof body?.cancel === "function") body.cancel().catch(() => {});
    // A generator waiting for the caller's next event finishes as soon as that event comes.
    this.#frames.return(undefined).catch(() => {});
  };
}

async function* frame(
  events: AsyncIterable<unknown>,
  binding: Pick<EventStreamBinding<never>, "write">,
  stopped: () => boolean,
): AsyncGenerator<Uint8Array, void, undefined> {
  for await (const event of events) {
    if (stopped()) return;
    yield encodeEventMessage(binding.write(event as never));
  }
}
