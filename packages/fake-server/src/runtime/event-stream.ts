// Frames the events a behaviour hands out onto the response as they come (application/vnd.amazon.eventstream): each
// event becomes a message through the generated binding of its `@streaming` union, and @smithy/core/event-streams
// writes it with its checksums. A failure mid-stream ends the stream with one last message: a modelled error of the
// union as an exception message, anything else as an error message (the client sees no stack trace).
import { codecMessageOf, type EventMessage } from "@rtca/types";
import { EventStreamCodec, Int64 } from "@smithy/core/event-streams";
import { ServiceError } from "./errors.js";
import type { EventWriter } from "./types.js";

/** What a failure mid-stream is reported to, as the dispatcher reports failures of whole requests. */
export interface EventStreamFailure {
  /** Sees a failure that is not a ServiceError (a behaviour bug). */
  onInternalError?: (error: unknown) => void;
}

export const codec = new EventStreamCodec(
  (bytes) => new TextDecoder().decode(bytes),
  (text) => new TextEncoder().encode(text),
);

/** The framed messages of the events, one chunk per event, ending after an exception or error message. */
export async function* frameEvents(
  events: AsyncIterable<unknown>,
  binding: EventWriter,
  failure: EventStreamFailure = {},
): AsyncGenerator<Uint8Array, void, undefined> {
  let last: EventMessage;
  try {
    for await (const event of events) {
      const message = binding.write(event as never);
      yield encodeMessage(message);
      // An error member of the union ends the stream, as an exception does.
      if (message.headers[":message-type"]?.value === "exception") return;
    }
    return;
  } catch (error) {
    last = failureMessage(error, binding, failure);
  }
  yield encodeMessage(last);
}

/** The message that reports a failure: the union's own error member when it has one for the error. */
function failureMessage(error: unknown, binding: EventWriter, failure: EventStreamFailure): EventMessage {
  if (error instanceof ServiceError) {
    const member = Object.keys(binding.errors).find((m) => binding.errors[m] === error.errorType);
    if (member !== undefined) {
      try {
        return binding.write({ [member]: error.data } as never);
      } catch (encoding) {
        return failureMessage(encoding, binding, failure);
      }
    }
    return errorMessage(error.errorType, error.message);
  }
  try {
    failure.onInternalError?.(error);
  } catch {
    // A failing observer must not change the answer.
  }
  return errorMessage("InternalFailure", "The server failed to handle the request");
}

/** An error message: a failure the union does not model, named by its code. */
function errorMessage(code: string, message: string): EventMessage {
  return {
    headers: {
      ":message-type": { type: "string", value: "error" },
      ":error-code": { type: "string", value: code },
      ":error-message": { type: "string", value: message },
    },
    body: new Uint8Array(0),
  };
}

/** The message's bytes: a long header becomes the codec's 64-bit integer. */
export function encodeMessage(message: EventMessage): Uint8Array {
  return codec.encode(codecMessageOf(message, Int64.fromNumber));
}
