// Turns segments as callers write them (wire JSON of the Raw output) into stored segments: checked strictly as a
// server reads input, with their Redacted form made once, up front.
import {
  DecodeError,
  decodeRealtimeContactAnalysisSegment,
  encodeRealtimeContactAnalysisSegment,
  expectObject,
  type RealtimeContactAnalysisSegment,
  validateRealtimeContactAnalysisSegment,
} from "@rtca/types";
import { redactSegment, spansOf, type TranscriptLookup, type TranscriptText } from "../redaction/segment.js";
import { normalizeSpans, SpanError } from "../redaction/spans.js";
import type { Contact, StoredSegment } from "../state/contact.js";
import { extraSegmentProblem } from "./document-limits.js";
import { isModelledSegmentType } from "./kinds.js";

/** A segment that cannot be stored; `path` says where in the caller's input, `reason` what is wrong. */
export class SegmentInputError extends Error {
  override readonly name = "SegmentInputError";
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(path === "" ? reason : `${path}: ${reason}`);
  }
}

export interface SegmentInput {
  /** Wire JSON of one RealtimeContactAnalysisSegment member, or of a declared extra kind. */
  readonly document: unknown;
  readonly arrivesAt: number;
  /** Where the segment is in the caller's input, for errors, such as `Segments[2].Segment`. */
  readonly path: string;
}

/** Reads one segment document strictly. */
function readSegment(contact: Contact, input: SegmentInput): { kind: string; segment: RealtimeContactAnalysisSegment } {
  let object: Record<string, unknown>;
  try {
    object = expectObject(input.document);
  } catch (error) {
    throw new SegmentInputError(input.path, (error as Error).message);
  }
  const members = Object.keys(object).filter((k) => k !== "__type" && object[k] !== null && object[k] !== undefined);
  if (members.length !== 1) {
    const found = members.length === 0 ? "none" : members.join(", ");
    throw new SegmentInputError(input.path, `a segment must have exactly one member set, found ${found}`);
  }
  const kind = members[0]!;
  if (!isModelledSegmentType(kind)) {
    if (!contact.extraSegmentTypes.includes(kind)) {
      throw new SegmentInputError(
        input.path,
        `${kind} is not a segment type the model knows; declare it in the contact's ExtraSegmentTypes to store it`,
      );
    }
    const problem = extraSegmentProblem(object[kind]);
    if (problem !== undefined) throw new SegmentInputError(`${input.path}.${kind}`, problem);
    return { kind, segment: { $unknown: [kind, object[kind]] } };
  }
  let segment: RealtimeContactAnalysisSegment;
  try {
    segment = decodeRealtimeContactAnalysisSegment({ [kind]: object[kind] }, "server");
  } catch (error) {
    if (error instanceof DecodeError) throw new SegmentInputError(joinPath(input.path, error.path), error.reason);
    throw error;
  }
  const violations = validateRealtimeContactAnalysisSegment(segment, "", []);
  const first = violations[0];
  if (first !== undefined) {
    throw new SegmentInputError(
      joinPath(input.path, [first.path]),
      `failed to satisfy constraint: ${first.constraint}`,
    );
  }
  return { kind, segment: withNormalizedRedaction(segment, input.path) };
}

/** Checks a transcript's personal-data spans against its text, and sorts them. */
function withNormalizedRedaction(
  segment: RealtimeContactAnalysisSegment,
  path: string,
): RealtimeContactAnalysisSegment {
  const transcript = segment.Transcript;
  if (transcript?.Redaction?.CharacterOffsets === undefined) return segment;
  try {
    const spans = normalizeSpans(spansOf(transcript), transcript.Content.length);
    const offsets = spans.map((s) => ({ BeginOffsetChar: s.begin, EndOffsetChar: s.end }));
    return { Transcript: { ...transcript, Redaction: { CharacterOffsets: offsets } } };
  } catch (error) {
    if (error instanceof SpanError) {
      throw new SegmentInputError(`${path}.Transcript.Redaction.CharacterOffsets`, error.message);
    }
    throw error;
  }
}

function joinPath(base: string, path: readonly (string | number)[]): string {
  let out = base;
  for (const part of path) {
    if (part === "") continue;
    out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out;
}

/** The messages of a contact, by Id, for the redaction of segments that point at them. */
function transcriptsOf(segments: readonly { raw: RealtimeContactAnalysisSegment }[]): Map<string, TranscriptText> {
  const out = new Map<string, TranscriptText>();
  for (const { raw } of segments) {
    if (raw.Transcript !== undefined)
      out.set(raw.Transcript.Id, { content: raw.Transcript.Content, spans: spansOf(raw.Transcript) });
  }
  return out;
}

/**
 * Prepares segments for a contact. All or nothing: the first bad one throws a SegmentInputError. Categories and
 * issues are carried over to redacted text using the messages stored before them (earlier in the same call too).
 */
export function prepareSegments(contact: Contact, inputs: readonly SegmentInput[]): StoredSegment[] {
  const transcripts = transcriptsOf(contact.segments);
  const lookup: TranscriptLookup = (id) => transcripts.get(id);
  const knownPii = () =>
    [...transcripts.values()].flatMap((t) => t.spans.map((span) => t.content.slice(span.begin, span.end)));
  const out: StoredSegment[] = [];
  let seq = contact.nextSeq;
  for (const input of inputs) {
    const { kind, segment } = readSegment(contact, input);
    if (segment.Transcript !== undefined) {
      transcripts.set(segment.Transcript.Id, {
        content: segment.Transcript.Content,
        spans: spansOf(segment.Transcript),
      });
    }
    const stored = {
      seq: seq++,
      arrivesAt: input.arrivesAt,
      kind,
      raw: segment,
      redacted: redactSegment(segment, lookup, knownPii),
    };
    checkEncodable(stored, input.path);
    out.push(stored);
  }
  return out;
}

/**
 * Encodes both outputs of a segment once, as a page will: whatever is stored must be readable later, so a segment
 * that cannot be encoded is refused now rather than failing every read of its contact.
 */
function checkEncodable(segment: StoredSegment, path: string): void {
  for (const output of [segment.raw, segment.redacted]) {
    try {
      JSON.stringify(encodeRealtimeContactAnalysisSegment(output));
    } catch (error) {
      throw new SegmentInputError(path, `cannot be written as JSON (${(error as Error).message})`);
    }
  }
}
