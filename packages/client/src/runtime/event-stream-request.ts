// An event stream sent in a request: the caller's AsyncIterable of events, each framed as a message through the
// generated binding as it comes. The body is stopped (the caller's iterable told to finish, so its `finally` runs)
// when the call's signal aborts or the call ends before the events have.
import type { EventStreamBinding } from "@rtca/types";
import { encodeEventMessage } from "./event-stream.js";

/** A Node Readable (destroyed to stop) or a web ReadableStream (cancelled). */
type SentBody = { destroy?: (error?: Error) => void; cancel?: () => Promise<void> };

/** The framed events of one call, and how to stop them. */
export class OutgoingEvents {
  /** The messages' bytes, one chunk per event. */
  readonly frames: AsyncGenerator<Uint8Array, void, undefined>;
  #body: SentBody | undefined;
  #stopped = false;

  constructor(events: AsyncIterable<unknown>, binding: Pick<EventStreamBinding<never>, "write">) {
    this.frames = frame(events, binding, () => this.#stopped);
  }

  /** Keeps the body the platform sends, to tear it down on stop. */
  sentAs<Body>(body: Body): Body {
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

/** Whether the value can be read as an event stream. */
export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | undefined)?.[Symbol.asyncIterator] === "function";
}
