// Words for the chat event types Amazon Connect sends, so that the transcript reads "left the chat" rather than
// a MIME type. Types not listed here are shown as they came.
const PREFIX = "application/vnd.amazonaws.connect.event.";

const PHRASES: Record<string, string> = {
  "participant.joined": "joined the chat",
  "participant.left": "left the chat",
  "participant.idle": "went idle",
  "participant.returned": "came back",
  "participant.invited": "was invited",
  "chat.ended": "the chat ended",
  "chat.rehydrated": "the chat was resumed",
  "transfer.succeeded": "the chat was transferred",
  "transfer.failed": "a transfer failed",
  "connection.acknowledged": "connected",
  typing: "is typing",
  "message.delivered": "a message was delivered",
  "message.read": "a message was read",
};

/** What happened, in words, or undefined for an event type without a phrase. */
export function eventPhrase(eventType: string): string | undefined {
  return eventType.startsWith(PREFIX) ? PHRASES[eventType.slice(PREFIX.length)] : undefined;
}

/** Events that concern the chat as a whole rather than the participant they carry. */
export function isChatWideEvent(eventType: string): boolean {
  const phrase = eventType.startsWith(PREFIX) ? eventType.slice(PREFIX.length) : "";
  return phrase.startsWith("chat.") || phrase.startsWith("transfer.");
}
