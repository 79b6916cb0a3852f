// The Redacted output of a segment, made from its Raw form: transcripts lose their personal data to [PII] tags, and
// the categories and issues that point into transcripts are carried over to the redacted text.
import type {
  RealTimeContactAnalysisCharacterInterval,
  RealTimeContactAnalysisSegmentCategories,
  RealTimeContactAnalysisSegmentExtractedInformation,
  RealTimeContactAnalysisSegmentIssues,
  RealTimeContactAnalysisSegmentPostContactSummary,
  RealTimeContactAnalysisSegmentTranscript,
  RealtimeContactAnalysisSegment,
} from "@rtca/types";
import { mapSpan, redactText, type Span } from "./spans.js";

/** A transcript message as the redaction of other segments needs it. */
export interface TranscriptText {
  readonly content: string;
  /** Its personal data, normalized. */
  readonly spans: readonly Span[];
}

/** Finds a transcript message of the same contact by its Id. */
export type TranscriptLookup = (id: string) => TranscriptText | undefined;

/** The personal data the contact's messages so far hold, as text (a card number, an email address ...). */
export type KnownPii = () => readonly string[];

export function spansOf(transcript: RealTimeContactAnalysisSegmentTranscript): Span[] {
  return (transcript.Redaction?.CharacterOffsets ?? []).map(toSpan);
}

function toSpan(interval: RealTimeContactAnalysisCharacterInterval): Span {
  return { begin: interval.BeginOffsetChar, end: interval.EndOffsetChar };
}

function toInterval(span: Span): RealTimeContactAnalysisCharacterInterval {
  return { BeginOffsetChar: span.begin, EndOffsetChar: span.end };
}

/** Carries an interval of a message over to its redacted text; unchanged when the message is not known. */
function remap(
  interval: RealTimeContactAnalysisCharacterInterval | undefined,
  transcript: TranscriptText | undefined,
): RealTimeContactAnalysisCharacterInterval | undefined {
  if (interval === undefined || transcript === undefined) return interval;
  return toInterval(mapSpan(toSpan(interval), transcript.spans));
}

function redactTranscript(
  transcript: RealTimeContactAnalysisSegmentTranscript,
): RealTimeContactAnalysisSegmentTranscript {
  const spans = spansOf(transcript);
  if (spans.length === 0) return transcript;
  const redacted = redactText(transcript.Content, spans);
  return { ...transcript, Content: redacted.text, Redaction: { CharacterOffsets: redacted.tags.map(toInterval) } };
}

function redactCategories(
  categories: RealTimeContactAnalysisSegmentCategories,
  lookup: TranscriptLookup,
): RealTimeContactAnalysisSegmentCategories {
  const matched: RealTimeContactAnalysisSegmentCategories["MatchedDetails"] = {};
  for (const [name, details] of Object.entries(categories.MatchedDetails)) {
    matched[name] = {
      PointsOfInterest: details.PointsOfInterest.map((point) =>
        point.TranscriptItems === undefined
          ? point
          : {
              TranscriptItems: point.TranscriptItems.map((item) => {
                const offsets = remap(item.CharacterOffsets, lookup(item.Id));
                return offsets === undefined ? item : { ...item, CharacterOffsets: offsets };
              }),
            },
      ),
    };
  }
  return { MatchedDetails: matched };
}

function redactIssues(
  issues: RealTimeContactAnalysisSegmentIssues,
  lookup: TranscriptLookup,
): RealTimeContactAnalysisSegmentIssues {
  return {
    IssuesDetected: issues.IssuesDetected.map((issue) => ({
      TranscriptItems: issue.TranscriptItems.map((item) => {
        const transcript = lookup(item.Id);
        if (transcript === undefined) return item;
        const offsets = item.CharacterOffsets ?? locate(item.Content, transcript.content);
        if (offsets === undefined) return item;
        const mapped = toSpan(remap(offsets, transcript)!);
        const redacted = redactText(transcript.content, transcript.spans).text;
        const content = redacted.slice(mapped.begin, mapped.end);
        const out = { ...item, Content: content === "" ? item.Content : content };
        if (item.CharacterOffsets !== undefined) out.CharacterOffsets = toInterval(mapped);
        return out;
      }),
    })),
  };
}

/** Values read from messages: their pointers carried over to the redacted text, their words taken from it. */
function redactExtracted(
  extracted: RealTimeContactAnalysisSegmentExtractedInformation,
  lookup: TranscriptLookup,
): RealTimeContactAnalysisSegmentExtractedInformation {
  if (extracted.ExtractedValues === undefined) return extracted;
  return {
    ...extracted,
    ExtractedValues: extracted.ExtractedValues.map((value) => {
      const first = value.PointsOfInterest[0];
      const transcript = first === undefined ? undefined : lookup(first.Id);
      const offsets = first?.CharacterOffsets;
      const content =
        transcript === undefined || offsets === undefined
          ? value.Content
          : redactedWords(transcript, toSpan(remap(offsets, transcript)!));
      return {
        Content: content === "" ? value.Content : content,
        PointsOfInterest: value.PointsOfInterest.map((item) => {
          const mapped = remap(item.CharacterOffsets, lookup(item.Id));
          return mapped === undefined ? item : { ...item, CharacterOffsets: mapped };
        }),
      };
    }),
  };
}

function redactedWords(transcript: TranscriptText, span: Span): string {
  return redactText(transcript.content, transcript.spans).text.slice(span.begin, span.end);
}

/**
 * A summary retells the conversation, personal data included: every piece of personal data its messages hold is
 * masked in it too, wherever the summary repeats it.
 */
function redactSummary(
  summary: RealTimeContactAnalysisSegmentPostContactSummary,
  knownPii: KnownPii,
): RealTimeContactAnalysisSegmentPostContactSummary {
  const content = summary.Content;
  if (content === undefined) return summary;
  const spans: Span[] = [];
  for (const pii of knownPii()) {
    for (let at = content.indexOf(pii); pii !== "" && at >= 0; at = content.indexOf(pii, at + pii.length)) {
      spans.push({ begin: at, end: at + pii.length });
    }
  }
  if (spans.length === 0) return summary;
  return { ...summary, Content: redactText(content, mergeSpans(spans)).text };
}

/** Overlapping or touching spans joined, in order. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.begin - b.begin);
  const out: { begin: number; end: number }[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && span.begin <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** Where an issue's words sit in its message, when it gives the words but no offsets. */
function locate(words: string | undefined, content: string): RealTimeContactAnalysisCharacterInterval | undefined {
  if (words === undefined || words === "") return undefined;
  const at = content.indexOf(words);
  return at < 0 ? undefined : { BeginOffsetChar: at, EndOffsetChar: at + words.length };
}

/**
 * The Redacted form of a Raw segment. Segments that point into a message the lookup does not know keep their
 * offsets; a summary loses the personal data of the messages before it; events, attachments and kinds the model
 * does not know pass unchanged.
 */
export function redactSegment(
  segment: RealtimeContactAnalysisSegment,
  lookup: TranscriptLookup,
  knownPii: KnownPii = () => [],
): RealtimeContactAnalysisSegment {
  if (segment.Transcript !== undefined) return { Transcript: redactTranscript(segment.Transcript) };
  if (segment.Categories !== undefined) return { Categories: redactCategories(segment.Categories, lookup) };
  if (segment.Issues !== undefined) return { Issues: redactIssues(segment.Issues, lookup) };
  if (segment.ExtractedInformation !== undefined) {
    return { ExtractedInformation: redactExtracted(segment.ExtractedInformation, lookup) };
  }
  if (segment.PostContactSummary !== undefined) {
    return { PostContactSummary: redactSummary(segment.PostContactSummary, knownPii) };
  }
  return segment;
}
