// What the client runtime knows of an answer whose body is read as it arrives rather than whole: an event stream or
// a `@streaming` blob. The call settles once the head has arrived; the output member then reads the body.
import type { ResponseMetadata, ServiceException } from "./errors.js";

/** How the client runtime reads an operation's answer when its body is streamed. */
export interface ResponseStream<Value = unknown> {
  /** The output member the stream goes to. */
  readonly member: string;
  /** The member's value over the body, read as it arrives. */
  open(body: unknown, context: ResponseStreamContext): Value;
}

/** What reading a streamed answer needs from the call. */
export interface ResponseStreamContext {
  readonly operation: string;
  readonly endpoint: string;
  readonly $metadata: ResponseMetadata;
  /** The call's signal: aborting it ends the stream and releases its connection. */
  readonly signal: AbortSignal | undefined;
  /** The exception for an error sent in the stream: the modelled class when `code` names one. */
  exception(code: string, parsed: unknown, body: string): ServiceException;
}

/** The body of an answer that is streamed, handed over unread: the output member reads it as it arrives. */
export async function unreadBody(body: unknown): Promise<unknown> {
  return body;
}
