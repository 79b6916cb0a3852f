// The Redacted output of a segment, made from its Raw form: transcripts lose their personal data to [PII] tags, and
// the categories and issues that point into transcripts are carried over to the redacted text.
import type {
  RealTimeContactAnalysisCharacterInterval,
  RealTimeContactAnalysisSegmentCategories,
  RealTimeContactAnalysisSegmentIssues,
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

/** Where an issue's words sit in its message, when it gives the words but no offsets. */
function locate(words: string | undefined, content: string): RealTimeContactAnalysisCharacterInterval | undefined {
  if (words === undefined || words === "") return undefined;
  const at = content.indexOf(words);
  return at < 0 ? undefined : { BeginOffsetChar: at, EndOffsetChar: at + words.length };
}

/**
 * The Redacted form of a Raw segment. Segments that point into a message the lookup does not know keep their
 * offsets; events, attachments and kinds the model does not know pass unchanged.
 */
export function redactSegment(
  segment: RealtimeContactAnalysisSegment,
  lookup: TranscriptLookup,
): RealtimeContactAnalysisSegment {
  if (segment.Transcript !== undefined) return { Transcript: redactTranscript(segment.Transcript) };
  if (segment.Categories !== undefined) return { Categories: redactCategories(segment.Categories, lookup) };
  if (segment.Issues !== undefined) return { Issues: redactIssues(segment.Issues, lookup) };
  return segment;
}
