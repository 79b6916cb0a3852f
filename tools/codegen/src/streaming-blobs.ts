// Streaming blobs: a `@streaming` blob (always an `@httpPayload`) is the body itself, sent and received as it comes
// rather than held whole. Senders give it as bytes, text, a Blob or an AsyncIterable of chunks; receivers get a
// stream that is read once (StreamingBlobPayload of the codec runtime).
import type { Shape } from "@rtca/smithy";
import type { MemberView } from "./model-view.js";

/** Whether the shape is a `@streaming` blob. */
export function isStreamingBlob(shape: Shape): boolean {
  return shape.type === "blob" && "smithy.api#streaming" in (shape.traits ?? {});
}

/** The member of an input or output that is its streaming blob payload, if it has one. */
export function streamingBlobMember<M extends MemberView>(members: readonly M[]): M | undefined {
  return members.find((m) => isStreamingBlob(m.targetShape));
}

/** Whether a streaming blob must have a known length before it is sent (`@requiresLength`). */
export function requiresLength(member: MemberView): boolean {
  return "smithy.api#requiresLength" in (member.targetShape.traits ?? {});
}
