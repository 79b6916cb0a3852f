// Event streams: a `@streaming` union is a stream of events, and a member that targets one (always an
// `@httpPayload` of an operation's input or output) is an AsyncIterable of the union's events, not a union value.
import type { Shape } from "@rtca/smithy";
import type { MemberView } from "./model-view.js";

/** Whether the shape is a `@streaming` union: an event stream. */
export function isEventStream(shape: Shape): boolean {
  return shape.type === "union" && "smithy.api#streaming" in (shape.traits ?? {});
}

/** The member of an input or output that carries its event stream, if it has one. */
export function eventStreamMember<M extends MemberView>(members: readonly M[]): M | undefined {
  return members.find((m) => isEventStream(m.targetShape));
}

/** The media type an event stream travels as. */
export const EVENT_STREAM_MEDIA_TYPE = "application/vnd.amazon.eventstream";
