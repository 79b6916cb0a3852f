// Deterministic, realistic pages of ListRealtimeContactAnalysisSegmentsV2 for the benchmark: a chat between a customer
// and an agent, mostly messages (some redacted, all with sentiment), with the events, matched categories, detected
// issues and shared files that a live page holds between them.
import type {
  ListRealtimeContactAnalysisSegmentsV2Response,
  ParticipantRole,
  RealTimeContactAnalysisSentimentLabel,
  RealtimeContactAnalysisSegment,
} from "../src/index.js";

/** A small seeded generator (mulberry32), so that every run measures the same pages. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CUSTOMER_LINES = [
  "Hi, I was charged twice for order 4471-2210 and I'd like one of the payments refunded.",
  "It's the card ending in [PII], the second charge came through yesterday evening.",
  "Thanks. How long will the refund take to show up on my statement?",
  "No worries — also, the parcel tracking still says « en préparation » after five days 📦",
  "Could you send me a confirmation by email please?",
  "That's great, thank you so much for your help!",
  "I've attached the receipt from my bank app.",
  "Honestly this is the third time this has happened and I'm getting quite frustrated.",
];
const AGENT_LINES = [
  "Hello and thanks for contacting us! I'm sorry about the double charge, let me look into it right away.",
  "I can see both payments on order 4471-2210. I've started a refund for the duplicate one.",
  "Refunds usually appear within 3 to 5 business days, depending on your bank.",
  "I've escalated the delivery delay to our warehouse team; you'll get an update within 24 hours.",
  "Sure — a confirmation email is on its way to the address on your account.",
  "Is there anything else I can help you with today?",
];
const EVENT_TYPES = [
  "application/vnd.amazonaws.connect.event.participant.joined",
  "application/vnd.amazonaws.connect.event.typing",
  "application/vnd.amazonaws.connect.event.message.read",
  "application/vnd.amazonaws.connect.event.participant.left",
];
const CATEGORIES = ["refund-request", "billing-dispute", "delivery-delay", "escalation-risk", "positive-closing"];
const SENTIMENTS: RealTimeContactAnalysisSentimentLabel[] = ["POSITIVE", "NEUTRAL", "NEGATIVE"];

const CUSTOMER = {
  ParticipantId: "8f14e45f-ceea-467f-a0e6-9b2a4d2c5b11",
  ParticipantRole: "CUSTOMER",
  DisplayName: "Dana",
};
const AGENT = { ParticipantId: "c9f0f895-fb98-4b91-9c1b-5e0d2d6e3a07", ParticipantRole: "AGENT", DisplayName: "Sam" };

/** A page of `count` segments: about 70% messages, the rest events, categories, issues and attachments. */
export function realisticPage(count: number, seed = 2026): ListRealtimeContactAnalysisSegmentsV2Response {
  const next = random(seed + count);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const start = Date.UTC(2026, 10, 29, 9, 0, 0);
  const segments: RealtimeContactAnalysisSegment[] = [];
  let clock = start;
  let lastMessage = { id: "", content: "" };

  for (let i = 0; i < count; i++) {
    clock += 500 + Math.floor(next() * 9000);
    const Time = { AbsoluteTime: new Date(clock) };
    const id = `${(seed + i).toString(16).padStart(8, "0")}-5f3c-4b6e-9d7a-${i.toString(16).padStart(12, "0")}`;
    const roll = next();
    if (roll < 0.7 || lastMessage.id === "") {
      const fromCustomer = next() < 0.5;
      const who = fromCustomer ? CUSTOMER : AGENT;
      const content = pick(fromCustomer ? CUSTOMER_LINES : AGENT_LINES);
      const redacted = content.indexOf("[PII]");
      segments.push({
        Transcript: {
          Id: id,
          ...who,
          ParticipantRole: who.ParticipantRole as ParticipantRole,
          Content: content,
          ContentType: "text/plain",
          Time,
          ...(redacted >= 0
            ? { Redaction: { CharacterOffsets: [{ BeginOffsetChar: redacted, EndOffsetChar: redacted + 5 }] } }
            : {}),
          Sentiment: pick(SENTIMENTS),
        },
      });
      lastMessage = { id, content };
    } else if (roll < 0.8) {
      const who = next() < 0.5 ? CUSTOMER : AGENT;
      segments.push({
        Event: {
          Id: id,
          ...who,
          ParticipantRole: who.ParticipantRole as ParticipantRole,
          EventType: pick(EVENT_TYPES),
          Time,
        },
      });
    } else if (roll < 0.88) {
      const end = Math.min(lastMessage.content.length, 12 + Math.floor(next() * 30));
      const pointOfInterest = {
        TranscriptItems: [{ Id: lastMessage.id, CharacterOffsets: { BeginOffsetChar: 0, EndOffsetChar: end } }],
      };
      segments.push({
        Categories: {
          MatchedDetails: {
            [pick(CATEGORIES)]: { PointsOfInterest: [pointOfInterest] },
            [pick(CATEGORIES)]: { PointsOfInterest: [] },
          },
        },
      });
    } else if (roll < 0.95) {
      const end = Math.min(lastMessage.content.length, 20);
      segments.push({
        Issues: {
          IssuesDetected: [
            {
              TranscriptItems: [
                {
                  Id: lastMessage.id,
                  Content: lastMessage.content.slice(0, end),
                  CharacterOffsets: { BeginOffsetChar: 0, EndOffsetChar: end },
                },
              ],
            },
          ],
        },
      });
    } else {
      segments.push({
        Attachments: {
          Id: id,
          ...CUSTOMER,
          ParticipantRole: "CUSTOMER",
          Attachments: [
            {
              AttachmentName: `receipt-${i}.pdf`,
              ContentType: "application/pdf",
              AttachmentId: `file-${id}`,
              Status: pick(["APPROVED", "IN_PROGRESS"]),
            },
          ],
          Time,
        },
      });
    }
  }
  return {
    Channel: "CHAT",
    Status: "IN_PROGRESS",
    Segments: segments,
    NextToken: "eyJ2IjoxLCJvIjoxMDAsImMiOiI5ZjJhIn0",
  };
}
