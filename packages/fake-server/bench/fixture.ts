// The benchmark's workload: a completed chat of 100 segments (transcripts with personal data, categories, issues,
// events, attachments) read as one Raw page, through the whole stack: auth header, routing, strict decoding,
// validation, paging, encoding.
import { HttpRequest } from "@smithy/protocol-http";
import { createFake, type Fake } from "../src/index.js";

export const INSTANCE_ID = "bench-instance";
export const CONTACT_ID = "bench-contact";
export const PATH = `/contact/list-real-time-analysis-segments-v2/${INSTANCE_ID}/${CONTACT_ID}`;
export const BODY = JSON.stringify({ OutputType: "Raw", SegmentTypes: [], MaxResults: 100 });
export const HEADERS: Record<string, string> = {
  "content-type": "application/json",
  "x-amz-date": "20260101T100000Z",
  authorization: `AWS4-HMAC-SHA256 Credential=AKIDBENCH/20260101/us-east-1/connect/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=${"5d".repeat(32)}`,
};

function segment(i: number): Record<string, unknown> {
  const time = { AbsoluteTime: new Date(Date.UTC(2026, 0, 1, 10, 0, i)).toISOString() };
  const who = {
    ParticipantId: i % 2 === 0 ? "cust-1" : "agent-1",
    ParticipantRole: i % 2 === 0 ? "CUSTOMER" : "AGENT",
  };
  switch (i % 10) {
    case 3:
      return {
        Categories: {
          MatchedDetails: {
            "refund-request": {
              PointsOfInterest: [
                {
                  TranscriptItems: [
                    { Id: `msg-${i - 1}`, CharacterOffsets: { BeginOffsetChar: 0, EndOffsetChar: 12 } },
                  ],
                },
              ],
            },
          },
        },
      };
    case 6:
      return {
        Issues: {
          IssuesDetected: [
            {
              TranscriptItems: [
                {
                  Id: `msg-${i - 1}`,
                  Content: "charged twice",
                  CharacterOffsets: { BeginOffsetChar: 6, EndOffsetChar: 19 },
                },
              ],
            },
          ],
        },
      };
    case 8:
      return {
        Event: { Id: `evt-${i}`, ...who, EventType: "application/vnd.amazonaws.connect.event.typing", Time: time },
      };
    case 9:
      return {
        Attachments: {
          Id: `att-${i}`,
          ...who,
          Attachments: [
            {
              AttachmentName: "receipt.pdf",
              ContentType: "application/pdf",
              AttachmentId: `file-${i}`,
              Status: "APPROVED",
            },
          ],
          Time: time,
        },
      };
    default: {
      const content = `I was charged twice for order ${1000 + i}; card 4111 1111 1111 ${String(1000 + i).slice(-4)}, please refund me.`;
      const card = content.indexOf("4111");
      return {
        Transcript: {
          Id: `msg-${i}`,
          ...who,
          DisplayName: i % 2 === 0 ? "Dana" : "Sam",
          Content: content,
          ContentType: "text/plain",
          Time: time,
          Redaction: { CharacterOffsets: [{ BeginOffsetChar: card, EndOffsetChar: card + 19 }] },
          Sentiment: i % 3 === 0 ? "NEGATIVE" : "NEUTRAL",
        },
      };
    }
  }
}

/**
 * A fake holding the workload's contact. Throttling stays on, so that every request still pays for its bucket, but
 * with a burst no run comes near (the clock is virtual and never refills it; the point is to measure the server).
 */
export function benchFake(): Fake {
  const fake = createFake({ clock: { mode: "virtual" }, throttle: { ratePerSecond: 1, burst: 1e12 } });
  fake.contacts.createInstance(INSTANCE_ID);
  fake.contacts.createContact({ instanceId: INSTANCE_ID, contactId: CONTACT_ID, channel: "CHAT", status: "COMPLETED" });
  fake.contacts.appendSegments(
    INSTANCE_ID,
    CONTACT_ID,
    Array.from({ length: 100 }, (_, i) => ({ document: segment(i), delayMs: 0, path: `segments[${i}]` })),
  );
  return fake;
}

/** The exact answer the fake gives the workload's request: what the bare server sends back. */
export async function pageAnswer(fake: Fake): Promise<{ headers: Record<string, string>; body: string }> {
  const response = await fake.handle(
    new HttpRequest({
      method: "POST",
      hostname: "localhost",
      path: PATH,
      headers: { host: "localhost", ...HEADERS },
      body: BODY,
    }),
  );
  if (response.statusCode !== 200)
    throw new Error(`the workload's request failed: ${response.statusCode} ${String(response.body)}`);
  const body = String(response.body);
  const segments = (JSON.parse(body) as { Segments: unknown[] }).Segments.length;
  if (segments !== 100) throw new Error(`the workload's page has ${segments} segments, not 100`);
  return { headers: response.headers, body };
}
