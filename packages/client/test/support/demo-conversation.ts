// A short refund conversation in wire JSON, with every kind of segment and one kind this model does not know.
import { attachments, categories, event, issue, transcript, type WireSegment } from "./wire.js";

const COMPLAINT = "I was charged twice for order 1234, card 4111 1111 1111 1111";

export const DEMO_SEGMENTS: WireSegment[] = [
  event("e-joined", "application/vnd.amazonaws.connect.event.participant.joined", "2026-11-29T10:00:00Z"),
  transcript("t1", "Hello, this is Sam. How can I help?", {
    role: "AGENT",
    name: "Sam",
    time: "2026-11-29T10:00:01Z",
    sentiment: "POSITIVE",
  }),
  transcript("t2", COMPLAINT, {
    name: "Jane",
    time: "2026-11-29T10:00:05Z",
    sentiment: "NEGATIVE",
    pii: [[42, 61]],
  }),
  attachments("a1", "receipt.pdf", "2026-11-29T10:00:07Z"),
  categories({ "refund-request": [["t2", 6, 19]] }),
  issue("t2", "charged twice", 6, 19),
  transcript("t3", "I have refunded the second charge.", {
    role: "AGENT",
    name: "Sam",
    time: "2026-11-29T10:00:20Z",
  }),
  { PostContactSummary: { Content: "Refunded a duplicate charge." } },
  transcript("t4", "Thank you, that was quick!", {
    name: "Jane",
    time: "2026-11-29T10:00:25Z",
    sentiment: "POSITIVE",
  }),
  event("e-left", "application/vnd.amazonaws.connect.event.participant.left", "2026-11-29T10:00:30Z"),
];
