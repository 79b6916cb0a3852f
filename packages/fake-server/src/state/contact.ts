// The state of a contact: what the fake knows about one conversation, and the questions asked of it at a point on
// the fake's clock. Contacts are values: the behaviour builds a new one for every change and saves it in the store.
import type { RealtimeContactAnalysisSegment } from "@rtca/types";

export type Channel = "CHAT" | "VOICE";
export type ContactStatus = "IN_PROGRESS" | "COMPLETED" | "FAILED";
/** Which output types a contact's analysis produces. */
export type RedactionPolicy = "RAW_AND_REDACTED" | "REDACTED_ONLY" | "NONE";
export type OutputType = "Raw" | "Redacted";

/** One segment as stored: both outputs are ready, so that reading a page only picks and encodes. */
export interface StoredSegment {
  /** Order of appending within the contact: breaks ties between segments that arrive at the same time. */
  readonly seq: number;
  /** When the segment becomes visible, in ms on the fake's clock. */
  readonly arrivesAt: number;
  /** The union member it is, such as Transcript, or a declared extra kind such as PostContactSummary. */
  readonly kind: string;
  readonly raw: RealtimeContactAnalysisSegment;
  readonly redacted: RealtimeContactAnalysisSegment;
}

export interface StatusChange {
  readonly at: number;
  readonly status: ContactStatus;
}

export interface Contact {
  readonly instanceId: string;
  readonly contactId: string;
  /** Different for every contact ever created, so that tokens of a deleted contact never fit one made again. */
  readonly incarnation: string;
  readonly channel: Channel;
  readonly redactionPolicy: RedactionPolicy;
  /** Segment kinds beyond the model's that this contact may hold and requests may name. */
  readonly extraSegmentTypes: readonly string[];
  /** Oldest first; the first one is the status the contact was created with. */
  readonly statusChanges: readonly StatusChange[];
  /** Ordered by (arrivesAt, seq): the segments that have arrived at any time are a prefix of this list. */
  readonly segments: readonly StoredSegment[];
  /** The seq the next appended segment gets. */
  readonly nextSeq: number;
  /** Whether a reader has been told there is nothing more (a page without NextToken). */
  readonly fullyRead: boolean;
}

/** How many segments have arrived by `now`: the length of the visible prefix. */
export function arrivedCount(contact: Contact, now: number): number {
  const segments = contact.segments;
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (segments[mid]!.arrivesAt <= now) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function statusAt(contact: Contact, now: number): ContactStatus {
  let status: ContactStatus = "IN_PROGRESS";
  for (const change of contact.statusChanges) {
    if (change.at > now) break;
    status = change.status;
  }
  return status;
}

/** Finished: no longer in progress, and every segment has arrived. Nothing more will ever appear. */
export function isFinished(contact: Contact, now: number): boolean {
  return statusAt(contact, now) !== "IN_PROGRESS" && arrivedCount(contact, now) === contact.segments.length;
}

/** Whether the contact's redaction policy produces an output type. */
export function producesOutput(policy: RedactionPolicy, output: OutputType): boolean {
  if (output === "Raw") return policy !== "REDACTED_ONLY";
  return policy !== "NONE";
}

/** Adds segments, keeping the order by (arrivesAt, seq). Arrived segments never move: new ones arrive now or later. */
export function withSegments(contact: Contact, added: readonly StoredSegment[]): Contact {
  if (added.length === 0) return contact;
  const segments = [...contact.segments, ...added].sort((a, b) => a.arrivesAt - b.arrivesAt || a.seq - b.seq);
  let nextSeq = contact.nextSeq;
  for (const segment of added) nextSeq = Math.max(nextSeq, segment.seq + 1);
  return { ...contact, segments, nextSeq, fullyRead: false };
}

/** Sets the status from `at` on, dropping changes scheduled after it. */
export function withStatus(contact: Contact, status: ContactStatus, at: number): Contact {
  const kept = contact.statusChanges.filter((c) => c.at <= at);
  return { ...contact, statusChanges: [...kept, { at, status }] };
}

/** Schedules a status change, as a scenario does for the end of its time line. */
export function withScheduledStatus(contact: Contact, status: ContactStatus, at: number): Contact {
  const changes = [...contact.statusChanges, { at, status }].sort((a, b) => a.at - b.at);
  return { ...contact, statusChanges: changes };
}
