// Reads an event stream that a request carries (application/vnd.amazon.eventstream) as its body arrives: the bytes
// are cut into messages (@smithy/core/event-streams checks both checksums of each), a signed envelope (`:date` and
// `:chunk-signature`) is opened to the message inside (its signature is the SigV4 check's business, before this),
// and each event message becomes the union member it names through the generated binding. A message that is not
// what the format says throws a MalformedEventStreamError (answered 400 SerializationException when a behaviour
// lets it through); an exception message the client sends throws the modelled error as a ServiceError.
import { type DecodeError, EventMessageSplitter, eventMessageKind, eventMessageOf, formatPath } from "@rtca/types";
import type { Message } from "@smithy/types";
import { ProtocolError, ServiceError } from "./errors.js";
import { codec } from "./event-stream.js";
import type { EventReader } from "./types.js";

/** A request's event stream broke the format: a bad checksum or length, a missing header, an undecodable event. */
export class MalformedEventStreamError extends ProtocolError {
  /** Where in the stream: `stream[2]`, `stream[0].payload.structureMember`. */
  readonly path: string;

  constructor(path: string, reason: string, options: { cause?: unknown } = {}) {
    super("SerializationException", 400, `malformed event stream at ${path}: ${reason}`);
    this.path = path;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

/** The body as chunks, whether it was handed over as it comes or read whole. */
async function* chunksOf(body: unknown): AsyncGenerator<Uint8Array, void, undefined> {
  if (body === undefined || body === null) return;
  if (body instanceof Uint8Array) yield body;
  else if (typeof body === "string") yield new TextEncoder().encode(body);
  else yield* body as AsyncIterable<Uint8Array>;
}

/** The messages of the body, each decoded with its checksums checked and with its bytes; `member` names them in errors. */
export async function* eventStreamMessages(
  body: unknown,
  member: string,
): AsyncGenerator<{ message: Message; bytes: Uint8Array }, void, undefined> {
  const splitter = new EventMessageSplitter();
  let index = 0;
  for await (const chunk of chunksOf(body)) {
    splitter.push(chunk);
    for (;;) {
      let message: Message;
      let bytes: Uint8Array | undefined;
      try {
        bytes = splitter.next();
        if (bytes === undefined) break;
        message = codec.decode(bytes);
      } catch (error) {
        throw new MalformedEventStreamError(`${member}[${index}]`, (error as Error).message, { cause: error });
      }
      index++;
      yield { message, bytes };
    }
  }
  if (splitter.pending > 0) {
    throw new MalformedEventStreamError(
      `${member}[${index}]`,
      `the stream ended inside a message (${splitter.pending} bytes left over)`,
    );
  }
}

/** Whether the message is a signed envelope, whose body is the message it carries. */
export function isSignedEnvelope(message: Message): boolean {
  return message.headers[":chunk-signature"] !== undefined;
}

/** The events of a request's body, read as it arrives. */
export async function* readRequestEvents(
  body: unknown,
  binding: EventReader,
  member: string,
): AsyncGenerator<unknown, void, undefined> {
  let index = 0;
  for await (const { message: outer } of eventStreamMessages(body, member)) {
    const path = `${member}[${index}]`;
    let message = outer;
    if (isSignedEnvelope(outer)) {
      // The empty envelope ends a signed stream.
      if (outer.body.byteLength === 0) return;
      try {
        message = codec.decode(outer.body);
      } catch (error) {
        throw new MalformedEventStreamError(path, (error as Error).message, { cause: error });
      }
    }
    index++;
    yield readMessage(message, binding, path);
  }
}

function readMessage(message: Message, binding: EventReader, path: string): unknown {
  let kind: ReturnType<typeof eventMessageKind>;
  try {
    kind = eventMessageKind(message.headers);
  } catch (error) {
    throw new MalformedEventStreamError(path, (error as Error).message);
  }
  if (kind.kind === "event") {
    try {
      return binding.read(eventMessageOf(message), kind.eventType, "server");
    } catch (error) {
      if (!(error instanceof Error && error.name === "DecodeError")) throw error;
      const inner = formatPath((error as DecodeError).path);
      const reason = (error as DecodeError).reason;
      throw new MalformedEventStreamError(inner === "" ? path : `${path}.${inner}`, reason, { cause: error });
    }
  }
  if (kind.kind === "exception") {
    const errorType = binding.errors[kind.exceptionType] ?? kind.exceptionType;
    throw new ServiceError(errorType, parseMembers(message.body));
  }
  throw new MalformedEventStreamError(
    path,
    `the client ended the stream with an error: ${kind.code}${kind.message === undefined ? "" : `: ${kind.message}`}`,
  );
}

function parseMembers(body: Uint8Array): Record<string, unknown> {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(body)) as unknown;
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
