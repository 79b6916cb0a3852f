// The segments the model-based test appends, and the short key that names each in the model and in what readers
// and followers see. Categories and issues come from a small set of names, so that equal segments without an Id
// follow one another often; they point at a message the contact does not hold, so that both outputs show them
// unchanged.
import type { RealtimeContactAnalysisSegment } from "@rtca/client";

export const KINDS = ["Transcript", "Event", "Categories", "Issues"] as const;
export type Kind = (typeof KINDS)[number];

const TIME = { AbsoluteTime: "2026-01-01T10:00:00Z" };
const NOWHERE = "not-a-message";

/** Wire JSON of a segment of `kind`; `name` is the Id of those that have one, the category or issue otherwise. */
export function segmentDocument(kind: Kind, name: string): Record<string, unknown> {
  switch (kind) {
    case "Transcript":
      return {
        Transcript: {
          Id: name,
          ParticipantId: "cust-1",
          ParticipantRole: "CUSTOMER",
          Content: `message ${name}`,
          Time: TIME,
        },
      };
    case "Event":
      return {
        Event: {
          Id: name,
          EventType: "application/vnd.amazonaws.connect.event.participant.joined",
          Time: TIME,
        },
      };
    case "Categories":
      return {
        Categories: {
          MatchedDetails: {
            [name]: { PointsOfInterest: [{ TranscriptItems: [{ Id: NOWHERE }] }] },
          },
        },
      };
    case "Issues":
      return { Issues: { IssuesDetected: [{ TranscriptItems: [{ Id: NOWHERE, Content: name }] }] } };
  }
}

export function keyOfDocument(kind: Kind, name: string): string {
  return `${kind}:${name}`;
}

/** The key of a segment as a client decoded it. */
export function keyOfSegment(segment: RealtimeContactAnalysisSegment): string {
  if (segment.Transcript !== undefined) return keyOfDocument("Transcript", segment.Transcript.Id);
  if (segment.Event !== undefined) return keyOfDocument("Event", segment.Event.Id);
  if (segment.Categories !== undefined) {
    return keyOfDocument("Categories", Object.keys(segment.Categories.MatchedDetails).join(","));
  }
  if (segment.Issues !== undefined) {
    return keyOfDocument("Issues", segment.Issues.IssuesDetected.map((i) => i.TranscriptItems[0]?.Content).join(","));
  }
  return `unexpected:${JSON.stringify(segment)}`;
}
