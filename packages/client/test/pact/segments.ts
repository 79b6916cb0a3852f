// The segments the contract seeds into the provider (wire JSON, Raw form) and what the responses hold.
import { MatchersV3 } from "@pact-foundation/pact";
import { dateTime } from "./pact-setup.js";

const { like } = MatchersV3;

export const TIMES = {
  greeting: "2026-11-29T10:00:01Z",
  complaint: "2026-11-29T10:00:05Z",
  receipt: "2026-11-29T10:00:07Z",
  left: "2026-11-29T10:00:30Z",
} as const;

export const COMPLAINT = "I was charged twice, my card is 4111 1111 1111 1111";
/** Where the card number sits in the complaint. */
export const CARD: [number, number] = [32, 51];
export const COMPLAINT_REDACTED = "I was charged twice, my card is [PII]";

export const transcriptSegment = {
  Transcript: {
    Id: "msg-complaint",
    ParticipantId: "customer-1",
    ParticipantRole: "CUSTOMER",
    DisplayName: "Jane",
    Content: COMPLAINT,
    ContentType: "text/plain",
    Time: { AbsoluteTime: TIMES.complaint },
    Redaction: { CharacterOffsets: [{ BeginOffsetChar: CARD[0], EndOffsetChar: CARD[1] }] },
    Sentiment: "NEGATIVE",
  },
};

export const greetingSegment = {
  Transcript: {
    Id: "msg-greeting",
    ParticipantId: "agent-1",
    ParticipantRole: "AGENT",
    DisplayName: "Sam",
    Content: "Hello, how can I help?",
    ContentType: "text/plain",
    Time: { AbsoluteTime: TIMES.greeting },
    Sentiment: "POSITIVE",
  },
};

export const thanksSegment = {
  Transcript: {
    Id: "msg-thanks",
    ParticipantId: "customer-1",
    ParticipantRole: "CUSTOMER",
    DisplayName: "Jane",
    Content: "Thanks, bye!",
    ContentType: "text/plain",
    Time: { AbsoluteTime: TIMES.left },
    Sentiment: "POSITIVE",
  },
};

export const categoriesSegment = {
  Categories: {
    MatchedDetails: {
      "refund-request": {
        PointsOfInterest: [
          { TranscriptItems: [{ Id: "msg-complaint", CharacterOffsets: { BeginOffsetChar: 6, EndOffsetChar: 19 } }] },
        ],
      },
    },
  },
};

export const issuesSegment = {
  Issues: {
    IssuesDetected: [
      {
        TranscriptItems: [
          {
            Id: "msg-complaint",
            Content: "charged twice",
            CharacterOffsets: { BeginOffsetChar: 6, EndOffsetChar: 19 },
          },
        ],
      },
    ],
  },
};

export const eventSegment = {
  Event: {
    Id: "event-left",
    ParticipantId: "customer-1",
    ParticipantRole: "CUSTOMER",
    DisplayName: "Jane",
    EventType: "application/vnd.amazonaws.connect.event.participant.left",
    Time: { AbsoluteTime: TIMES.left },
  },
};

export const attachmentsSegment = {
  Attachments: {
    Id: "attachment-receipt",
    ParticipantId: "customer-1",
    ParticipantRole: "CUSTOMER",
    DisplayName: "Jane",
    Attachments: [
      {
        AttachmentName: "receipt.pdf",
        ContentType: "application/pdf",
        AttachmentId: "file-receipt",
        Status: "APPROVED",
      },
    ],
    Time: { AbsoluteTime: TIMES.receipt },
  },
};

/** A kind of segment the live service has and this model does not: the client must keep it as $unknown. */
export const postContactSummarySegment = {
  PostContactSummary: { Content: "The customer was refunded a duplicate charge.", Status: "COMPLETED" },
};

/** A segment as the response carries it: exact, but with timestamps matched as RFC 3339 strings. */
export function expected(segment: Record<string, unknown>): Record<string, unknown> {
  return withTimeMatchers(segment) as Record<string, unknown>;
}

function withTimeMatchers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withTimeMatchers);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    out[key] = key === "AbsoluteTime" && typeof member === "string" ? dateTime(member) : withTimeMatchers(member);
  }
  return out;
}

/** A loose template of a segment kind, for arrayContaining: the kind and the types of its members. */
export function shaped(segment: Record<string, unknown>): Record<string, unknown> {
  const [kind, value] = Object.entries(segment)[0]!;
  return { [kind]: like(value) };
}
