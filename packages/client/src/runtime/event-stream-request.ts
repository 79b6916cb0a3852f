// An event stream sent in a request: the caller's AsyncIterable of events, each framed as a message through the
// generated binding as it comes, and with SigV4 each wrapped in its signed envelope once the request is signed. The
// body is stopped (the caller's iterable told to finish, so its `finally` runs) when the call's signal aborts or the
// call ends before the events have. Only generated clients of operations that take an event stream import this
// module (through eventStreamRequest), so other clients' bundles, streaming ones included, carry none of it.
import type { EventStreamBinding } from "@rtca/types";
import {
  type EventSigningContext,
  requestSignature,
  STREAMING_EVENTS_PAYLOAD,
  signedMessages,
} from "./event-signer.js";
import { encodeEventMessage } from "./event-stream.js";

/** How the client runtime sends an operation's input member when it is an event stream. */
export interface RequestEventStream {
  /** The input member that holds the events. */
  readonly member: string;
  /** The framed events of one call. */
  open(events: AsyncIterable<unknown>): OutgoingEventStream;
}

/** The events of one call on their way out. */
export interface OutgoingEventStream {
  /** The messages' bytes, one chunk per event, unsigned: the request's parts carry these until it is signed. */
  readonly frames: AsyncIterable<Uint8Array>;
  /** The payload hash a SigV4-signed request of events signs. */
  readonly payloadHash: string;
  /**
   * What goes on the wire once the request is signed: each message in its signed envelope, chained from the
   * signature in `authorization`, when there is one and a context to sign with; else the bare messages.
   */
  body(
    authorization: string | undefined,
    signing: Omit<EventSigningContext, "seedSignature"> | undefined,
  ): AsyncIterable<Uint8Array>;
  /** Keeps the body the platform sends, to tear it down on stop. */
  sentAs<Body>(body: Body): Body;
  /** Ends the stream: no event is read after this one. */
  readonly stop: () => void;
}

/** The sender of a `@streaming` union input member, for the generated client's operation specs. */
export function eventStreamRequest(
  member: string,
  binding: Pick<EventStreamBinding<never>, "write">,
): RequestEventStream {
  return { member, open: (events) => new OutgoingEvents(events, binding) };
}

/** A Node Readable (destroyed to stop) or a web ReadableStream (cancelled). */
type SentBody = { destroy?: (error?: Error) => void; cancel?: () => Promise<void> };

class OutgoingEvents implements OutgoingEventStream {
  readonly frames: AsyncGenerator<Uint8Array, void, undefined>;
  readonly payloadHash = STREAMING_EVENTS_PAYLOAD;
  #body: SentBody | undefined;
  #stopped = false;

  constructor(events: AsyncIterable<unknown>, binding: Pick<EventStreamBinding<never>, "write">) {
    this.frames = frame(events, binding, () => this.#stopped);
  }

  body(
    authorization: string | undefined,
    signing: Omit<EventSigningContext, "seedSignature"> | undefined,
  ): AsyncIterable<Uint8Array> {
    const seedSignature = requestSignature(authorization);
    if (seedSignature === undefined || signing === undefined) return this.frames;
    return signedMessages(this.frames, { ...signing, seedSignature });
  }

  sentAs<Body>(body: Body): Body {
    this.#body = body as SentBody;
    return body;
  }

  readonly stop = (): void => {
    if (this.#stopped) return;
    this.#stopped = true;
    const body = this.#body;
    if (typeof body?.destroy === "function") body.destroy();
    else if (typeof body?.cancel === "function") body.cancel().catch(() => {});
    // A generator waiting for the caller's next event finishes as soon as that event comes.
    this.frames.return(undefined).catch(() => {});
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
