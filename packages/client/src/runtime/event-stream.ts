// Reads an event stream (application/vnd.amazon.eventstream) off a response body as its events arrive: the bytes
// are split into messages, whose checksums @smithy/core/event-streams checks as it decodes them; an event message
// becomes the member of the `@streaming` union it names, through the generated binding; an exception message is
// thrown as the modelled error it names, an error message as a ServiceException named by its code. Requests' events
// are framed by encodeEventMessage. Only the clients of operations with an event stream import this module, so
// other bundles leave it out.
import type { DecodeError, EventMessage, EventStreamBinding } from "@rtca/types";
import { codecMessageOf, EventMessageSplitter, eventMessageKind, eventMessageOf, formatPath } from "@rtca/types";
import { EventStreamCodec, Int64 } from "@smithy/core/event-streams";
import type { Message } from "@smithy/types";
import { type ByteChunks, bodyChunks } from "./body-chunks.js";
import { DeserializationError, NetworkError, RequestAbortedError } from "./client-errors.js";
import type { ResponseStream, ResponseStreamContext } from "./response-stream.js";

/** How the client runtime reads an operation's answer when it is an event stream. */
export type ResponseEventStream<Event = unknown> = ResponseStream<AsyncIterable<Event>>;

/** What reading the events of one answer needs from the call. */
export type EventStreamContext = ResponseStreamContext;

/** The reader of a `@streaming` union member, for the generated client's operation specs. */
export function eventStreamResponse<Event>(
  member: string,
  binding: EventStreamBinding<Event>,
): ResponseEventStream<Event> {
  return { member, open: (body, context) => readEvents(body, member, binding, context) };
}

export const codec = /*#__PURE__*/ new EventStreamCodec(
  (bytes) => new TextDecoder().decode(bytes),
  (text) => new TextEncoder().encode(text),
);

/** The events of the body. An abort of the call tears the body down even before the events are asked for. */
function readEvents<Event>(
  body: unknown,
  member: string,
  binding: EventStreamBinding<Event>,
  context: EventStreamContext,
): AsyncGenerator<Event, void, undefined> {
  const chunks = bodyChunks(body);
  const { signal } = context;
  const onAbort = () => chunks.stop();
  signal?.addEventListener("abort", onAbort, { once: true });
  return events(chunks, member, binding, context, () => signal?.removeEventListener("abort", onAbort));
}

async function* events<Event>(
  chunks: ByteChunks,
  member: string,
  binding: EventStreamBinding<Event>,
  context: EventStreamContext,
  done: () => void,
): AsyncGenerator<Event, void, undefined> {
  const messages = splitMessages(chunks, member, context);
  let index = 0;
  try {
    for (;;) {
      const next = await messages.next();
      if (next.done) return;
      const event = readMessage(next.value, `${member}[${index}]`, binding, context);
      index++;
      if (event !== undefined) yield event;
    }
  } finally {
    done();
    // The consumer stopped early (or the stream failed): release the connection.
    chunks.stop();
  }
}

/** The messages of the byte stream, each decoded with its checksums checked. */
async function* splitMessages(
  chunks: ByteChunks,
  member: string,
  context: EventStreamContext,
): AsyncGenerator<Message, void> {
  const splitter = new EventMessageSplitter();
  let index = 0;
  for (;;) {
    let chunk: Uint8Array | undefined;
    try {
      chunk = await chunks.next();
    } catch (error) {
      if (context.signal?.aborted) {
        throw new RequestAbortedError(context.operation, { ...context.$metadata }, { cause: context.signal.reason });
      }
      throw new NetworkError(context.endpoint, error, { ...context.$metadata });
    }
    if (context.signal?.aborted) {
      throw new RequestAbortedError(context.operation, { ...context.$metadata }, { cause: context.signal.reason });
    }
    if (chunk === undefined) {
      if (splitter.pending > 0) {
        throw malformed(
          context,
          `${member}[${index}]`,
          `the stream ended inside a message (${splitter.pending} bytes left over)`,
        );
      }
      return;
    }
    splitter.push(chunk);
    for (;;) {
      let message: Message;
      try {
        const bytes = splitter.next();
        if (bytes === undefined) break;
        message = codec.decode(bytes);
      } catch (error) {
        throw malformed(context, `${member}[${index}]`, (error as Error).message, error);
      }
      index++;
      yield message;
    }
  }
}

/** The event a message carries; undefined for a message this client skips. Throws the errors the stream sends. */
function readMessage<Event>(
  message: Message,
  path: string,
  binding: EventStreamBinding<Event>,
  context: EventStreamContext,
): Event | undefined {
  let kind: ReturnType<typeof eventMessageKind>;
  try {
    kind = eventMessageKind(message.headers);
  } catch (error) {
    throw malformed(context, path, (error as Error).message);
  }
  if (kind.kind === "event") {
    try {
      return binding.read(eventMessageOf(message), kind.eventType, "client");
    } catch (error) {
      throw undecodable(context, path, error);
    }
  }
  if (kind.kind === "exception") {
    const text = new TextDecoder().decode(message.body);
    const code = binding.errors[kind.exceptionType] ?? kind.exceptionType;
    throw context.exception(code, parseJson(text), text);
  }
  throw context.exception(kind.code, kind.message === undefined ? {} : { message: kind.message }, "");
}

/** The message's bytes, as the generated bindings write it: a long header becomes the codec's 64-bit integer. */
export function encodeEventMessage(message: EventMessage): Uint8Array {
  return codec.encode(codecMessageOf(message, Int64.fromNumber));
}

function parseJson(text: string): unknown {
  try {
    return text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function malformed(context: EventStreamContext, path: string, reason: string, cause?: unknown): DeserializationError {
  return new DeserializationError(
    {
      path,
      reason: `malformed event-stream message: ${reason}`,
      httpStatusCode: context.$metadata.httpStatusCode ?? 200,
      rawBody: "",
      $metadata: { ...context.$metadata },
    },
    cause === undefined ? undefined : { cause },
  );
}

function undecodable(context: EventStreamContext, path: string, error: unknown): DeserializationError {
  const decodeError = error instanceof Error && error.name === "DecodeError" ? (error as DecodeError) : undefined;
  const inner = decodeError ? formatPath(decodeError.path) : "";
  return new DeserializationError(
    {
      path: inner === "" ? path : `${path}.${inner}`,
      reason: decodeError ? decodeError.reason : error instanceof Error ? error.message : String(error),
      httpStatusCode: context.$metadata.httpStatusCode ?? 200,
      rawBody: "",
      $metadata: { ...context.$metadata },
    },
    { cause: error },
  );
}
