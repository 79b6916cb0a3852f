// Reads an event stream (application/vnd.amazon.eventstream) off a response body as its events arrive: the bytes
// are split into messages, whose checksums @smithy/eventstream-codec checks as it decodes them; an event message
// becomes the member of the `@streaming` union it names, through the generated binding; an exception message is
// thrown as the modelled error it names, an error message as a ServiceException named by its code. Only the
// clients of operations that answer with an event stream import this module, so other bundles leave it out.
import type { DecodeError, EventHeaderValue, EventMessage, EventStreamBinding } from "@rtca/types";
import { formatPath } from "@rtca/types";
import { EventStreamCodec } from "@smithy/eventstream-codec";
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

/** A message longer than this is not read: the format allows 16 MiB of payload, plus headers and prelude. */
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024 + 128 * 1024;
const PRELUDE_BYTES = 12;
const MIN_MESSAGE_BYTES = 16;

const codec = /*#__PURE__*/ new EventStreamCodec(
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
  let buffered: Uint8Array = new Uint8Array(0);
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
      if (buffered.byteLength > 0) {
        throw malformed(
          context,
          `${member}[${index}]`,
          `the stream ended inside a message (${buffered.byteLength} bytes left over)`,
        );
      }
      return;
    }
    buffered = concat(buffered, chunk);
    while (buffered.byteLength >= PRELUDE_BYTES) {
      const length = new DataView(buffered.buffer, buffered.byteOffset, 4).getUint32(0, false);
      if (length < MIN_MESSAGE_BYTES || length > MAX_MESSAGE_BYTES) {
        throw malformed(context, `${member}[${index}]`, `a message cannot be ${length} bytes long`);
      }
      if (buffered.byteLength < length) break;
      let message: Message;
      try {
        message = codec.decode(buffered.subarray(0, length));
      } catch (error) {
        throw malformed(context, `${member}[${index}]`, (error as Error).message, error);
      }
      buffered = buffered.subarray(length);
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
  const headers = message.headers;
  const messageType = stringHeader(headers[":message-type"]);
  if (messageType === "event") {
    const eventType = stringHeader(headers[":event-type"]);
    if (eventType === undefined) throw malformed(context, path, "an event message must name its :event-type");
    try {
      return binding.read(toEventMessage(message), eventType, "client");
    } catch (error) {
      throw undecodable(context, path, error);
    }
  }
  if (messageType === "exception") {
    const exceptionType = stringHeader(headers[":exception-type"]);
    if (exceptionType === undefined) {
      throw malformed(context, path, "an exception message must name its :exception-type");
    }
    const text = new TextDecoder().decode(message.body);
    const code = binding.errors[exceptionType] ?? exceptionType;
    throw context.exception(code, parseJson(text), text);
  }
  if (messageType === "error") {
    const code = stringHeader(headers[":error-code"]) ?? "UnknownError";
    const errorMessage = stringHeader(headers[":error-message"]);
    throw context.exception(code, errorMessage === undefined ? {} : { message: errorMessage }, "");
  }
  throw malformed(
    context,
    path,
    messageType === undefined
      ? "a message must say its :message-type as a string"
      : `:message-type ${messageType} is none of event, exception and error`,
  );
}

function stringHeader(header: Message["headers"][string] | undefined): string | undefined {
  return header?.type === "string" ? header.value : undefined;
}

/** The message with header values as the generated bindings read them (a long as a number). */
function toEventMessage(message: Message): EventMessage {
  const headers: Record<string, EventHeaderValue> = {};
  for (const [name, header] of Object.entries(message.headers)) {
    headers[name] =
      header.type === "long" ? { type: "long", value: Number(header.value.valueOf()) } : (header as EventHeaderValue);
  }
  return { headers, body: message.body };
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

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.byteLength === 0) return b;
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a, 0);
  out.set(b, a.byteLength);
  return out;
}
