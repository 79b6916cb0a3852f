// Wire JSON of segments in Raw form, for seeding contacts in tests.
const TIME = { AbsoluteTime: "2026-01-01T10:00:00Z" };

export function transcript(id: string, content: string, pii: [number, number][] = []): Record<string, unknown> {
  const t: Record<string, unknown> = {
    Id: id,
    ParticipantId: "cust-1",
    ParticipantRole: "CUSTOMER",
    DisplayName: "Dana",
    Content: content,
    ContentType: "text/plain",
    Time: TIME,
    Sentiment: "NEUTRAL",
  };
  if (pii.length > 0)
    t["Redaction"] = { CharacterOffsets: pii.map(([b, e]) => ({ BeginOffsetChar: b, EndOffsetChar: e })) };
  return { Transcript: t };
}

export function event(
  id: string,
  type = "application/vnd.amazonaws.connect.event.participant.joined",
): Record<string, unknown> {
  return { Event: { Id: id, ParticipantId: "cust-1", ParticipantRole: "CUSTOMER", EventType: type, Time: TIME } };
}

export function categories(name: string, id: string, begin: number, end: number): Record<string, unknown> {
  return {
    Categories: {
      MatchedDetails: {
        [name]: {
          PointsOfInterest: [
            { TranscriptItems: [{ Id: id, CharacterOffsets: { BeginOffsetChar: begin, EndOffsetChar: end } }] },
          ],
        },
      },
    },
  };
}

export function issue(id: string, content: string, begin: number, end: number): Record<string, unknown> {
  return {
    Issues: {
      IssuesDetected: [
        {
          TranscriptItems: [
            { Id: id, Content: content, CharacterOffsets: { BeginOffsetChar: begin, EndOffsetChar: end } },
          ],
        },
      ],
    },
  };
}

export function attachments(id: string): Record<string, unknown> {
  return {
    Attachments: {
      Id: id,
      ParticipantId: "cust-1",
      ParticipantRole: "CUSTOMER",
      Attachments: [
        {
          AttachmentName: "receipt.pdf",
          ContentType: "application/pdf",
          AttachmentId: `${id}-file`,
          Status: "APPROVED",
        },
      ],
      Time: TIME,
    },
  };
}

/** The Id of a segment, whatever its kind (Categories and Issues have none: their first transcript item's). */
export function idOf(segment: Record<string, unknown>): string {
  const [kind, value] = Object.entries(segment)[0] as [string, Record<string, unknown>];
  if (typeof value["Id"] === "string") return value["Id"];
  return `${kind}`;
}
