// Renders segments as a readable transcript, one segment at a time as they arrive: speaker and time per message,
// sentiment as colour (as words when colour is off), attachments and events inline, and matched categories and
// detected issues as lines that quote the message they point at with the words highlighted. Categories and issues
// usually arrive after the message, so the view remembers messages by Id; a point already shown is not repeated
// when the service re-sends a grown Categories segment. Extracted values quote their words the same way; the
// post-contact summary is a block of its own. Segment kinds it does not know are shown, not dropped.
import {
  type RealTimeContactAnalysisCharacterInterval,
  type RealTimeContactAnalysisSegmentAttachments,
  type RealTimeContactAnalysisSegmentCategories,
  type RealTimeContactAnalysisSegmentEvent,
  type RealTimeContactAnalysisSegmentExtractedInformation,
  type RealTimeContactAnalysisSegmentIssues,
  type RealTimeContactAnalysisSegmentPostContactSummary,
  type RealTimeContactAnalysisSegmentTranscript,
  RealTimeContactAnalysisTimeData,
  RealtimeContactAnalysisSegment,
} from "@rtca/types";
import { eventPhrase, isChatWideEvent } from "./event-names.js";
import { highlightSpans, type Span } from "./highlight.js";
import { type Style, stripControls } from "./style.js";

interface Message {
  speaker: string;
  time: string;
  content: string;
}

const UNKNOWN_TIME = "--:--:--";
const INDENT = "          ";
const UNKNOWN_PREVIEW_CHARS = 160;
const SUMMARY_RULE_CHARS = 40;

export class TranscriptView {
  readonly #style: Style;
  readonly #messages = new Map<string, Message>();
  readonly #shown = new Set<string>();

  constructor(style: Style) {
    this.#style = style;
  }

  /** The lines to print for a segment; none when it only repeats what was shown. */
  render(segment: RealtimeContactAnalysisSegment): string[] {
    return RealtimeContactAnalysisSegment.visit<string[]>(segment, {
      Transcript: (t) => this.#transcript(t),
      Categories: (c) => this.#categories(c),
      Issues: (i) => this.#issues(i),
      Event: (e) => this.#event(e),
      Attachments: (a) => this.#attachments(a),
      PostContactSummary: (p) => this.#summary(p),
      ExtractedInformation: (x) => this.#extracted(x),
      $unknown: (name, value) => this.#unknown(name, value),
    });
  }

  #transcript(t: RealTimeContactAnalysisSegmentTranscript): string[] {
    const s = this.#style;
    const time = formatTime(t.Time);
    const speaker = speakerOf(t.ParticipantRole, t.DisplayName, t.ParticipantId);
    const content = clean(t.Content);
    this.#messages.set(t.Id, { speaker, time, content });
    const tone = sentimentTone(s, t.Sentiment);
    // Without colour the sentiment is spelled out, so that it is not lost.
    const mood =
      !s.enabled && t.Sentiment !== undefined && t.Sentiment !== "NEUTRAL" ? ` (${t.Sentiment.toLowerCase()})` : "";
    const piiSpans = (t.Redaction?.CharacterOffsets ?? []).map(toSpan);
    const text = highlightSpans(content, piiSpans, (words) => tone(s.underline(words)), tone);
    return [`${s.dim(time)}  ${this.#speaker(t.ParticipantRole, speaker)}${mood}: ${indentLines(text)}`];
  }

  #categories(c: RealTimeContactAnalysisSegmentCategories): string[] {
    const s = this.#style;
    const lines: string[] = [];
    for (const name of Object.keys(c.MatchedDetails)) {
      const label = `${s.magenta("⚑")} category ${s.bold(s.magenta(clean(name)))}`;
      const points = c.MatchedDetails[name]?.PointsOfInterest ?? [];
      const items = points.flatMap((p) => p.TranscriptItems ?? []);
      if (items.length === 0 && this.#firstTime(`category|${name}`)) lines.push(`${INDENT}${label} matched`);
      for (const item of items) {
        const offsets = item.CharacterOffsets;
        if (!this.#firstTime(`category|${name}|${item.Id}|${offsets?.BeginOffsetChar}|${offsets?.EndOffsetChar}`))
          continue;
        lines.push(`${INDENT}${label} ${this.#quote(item.Id, offsets, (w) => s.bold(s.magenta(s.underline(w))))}`);
      }
    }
    return lines;
  }

  #issues(i: RealTimeContactAnalysisSegmentIssues): string[] {
    const s = this.#style;
    const lines: string[] = [];
    for (const issue of i.IssuesDetected) {
      for (const item of issue.TranscriptItems) {
        const offsets = item.CharacterOffsets;
        const words = item.Content === undefined ? undefined : clean(item.Content);
        if (!this.#firstTime(`issue|${item.Id}|${offsets?.BeginOffsetChar}|${offsets?.EndOffsetChar}|${words}`))
          continue;
        const label = `${s.yellow("!")} issue${words === undefined ? "" : ` ${s.bold(s.yellow(JSON.stringify(words)))}`}`;
        lines.push(`${INDENT}${label} ${this.#quote(item.Id, offsets, (w) => s.inverse(s.yellow(w)))}`);
      }
    }
    return lines;
  }

  #event(e: RealTimeContactAnalysisSegmentEvent): string[] {
    const s = this.#style;
    const eventType = clean(e.EventType);
    const phrase = eventPhrase(eventType);
    const who =
      e.ParticipantRole !== undefined || e.DisplayName !== undefined || e.ParticipantId !== undefined
        ? speakerOf(e.ParticipantRole, e.DisplayName, e.ParticipantId)
        : undefined;
    let what: string;
    if (phrase === undefined) what = `${who === undefined ? "" : `${who}: `}event ${eventType}`;
    else if (who === undefined || isChatWideEvent(eventType)) what = phrase;
    else what = `${who} ${phrase}`;
    return [`${s.dim(formatTime(e.Time))}  ${s.dim(`— ${what}`)}`];
  }

  #attachments(a: RealTimeContactAnalysisSegmentAttachments): string[] {
    const s = this.#style;
    const speaker = speakerOf(a.ParticipantRole, a.DisplayName, a.ParticipantId);
    const files = a.Attachments.map((f) => {
      const details = [f.ContentType, f.Status].filter((d): d is string => d !== undefined).map(clean);
      return `${s.bold(clean(f.AttachmentName))}${details.length > 0 ? ` (${details.join(", ")})` : ""}`;
    });
    const list = files.length > 0 ? files.join(", ") : "no files";
    return [`${s.dim(formatTime(a.Time))}  ${this.#speaker(a.ParticipantRole, speaker)} shared ${list}`];
  }

  /** A block set apart from the conversation: a rule, the summary's lines, a rule. */
  #summary(p: RealTimeContactAnalysisSegmentPostContactSummary): string[] {
    const s = this.#style;
    const rule = s.dim("─".repeat(SUMMARY_RULE_CHARS));
    const heading = s.bold("Summary of the contact");
    if (p.Status === "FAILED" || p.Content === undefined) {
      const why = p.FailureCode === undefined ? "" : ` (${clean(p.FailureCode)})`;
      return [rule, `${heading}: none could be written${why}`, rule];
    }
    return [rule, heading, ...clean(p.Content).split("\n"), rule];
  }

  /** One line per value, quoting the message it was read from with the words highlighted. */
  #extracted(x: RealTimeContactAnalysisSegmentExtractedInformation): string[] {
    const s = this.#style;
    const name = clean(x.ExtractionDefinitionDisplayLabel ?? x.ExtractionDefinitionName);
    const label = `${s.green("◆")} ${s.bold(s.green(name))}`;
    const values = x.ExtractedValues ?? [];
    if (values.length === 0) {
      if (!this.#firstTime(`extracted|${x.ExtractionDefinitionId}|none`)) return [];
      const why = x.FailureCode === undefined ? "" : ` (${clean(x.FailureCode)})`;
      return [`${INDENT}${label}: nothing found${why}`];
    }
    const lines: string[] = [];
    for (const value of values) {
      const point = value.PointsOfInterest[0];
      const key = `extracted|${x.ExtractionDefinitionId}|${value.Content}|${point?.Id}`;
      if (!this.#firstTime(key)) continue;
      const where =
        point === undefined
          ? ""
          : ` ${this.#quote(point.Id, point.CharacterOffsets, (w) => s.bold(s.green(s.underline(w))))}`;
      lines.push(`${INDENT}${label} ${s.bold(JSON.stringify(clean(value.Content)))}${where}`);
    }
    return lines;
  }

  #unknown(name: string, value: unknown): string[] {
    const s = this.#style;
    let preview = clean(JSON.stringify(value) ?? "null");
    if (preview.length > UNKNOWN_PREVIEW_CHARS) preview = `${preview.slice(0, UNKNOWN_PREVIEW_CHARS - 1)}…`;
    const label = name === "" ? "a segment" : `a ${clean(name)} segment`;
    return [
      `${s.dim(timeOfUnknown(value))}  ${s.dim(`· ${label}, a kind this version of rtca does not know: ${preview}`)}`,
    ];
  }

  /** `CUSTOMER Jane at 10:00:05: I want a **refund**`, or the message Id when the message was not seen. */
  #quote(
    messageId: string,
    offsets: RealTimeContactAnalysisCharacterInterval | undefined,
    mark: (w: string) => string,
  ) {
    const message = this.#messages.get(messageId);
    if (message === undefined) return `in message ${clean(messageId)}`;
    const spans = offsets === undefined ? [] : [toSpan(offsets)];
    const marker = this.#style.enabled ? mark : (words: string) => `**${words}**`;
    return `in ${message.speaker} at ${message.time}: ${highlightSpans(message.content, spans, marker)}`;
  }

  #speaker(role: string | undefined, speaker: string): string {
    const s = this.#style;
    switch (role) {
      case "AGENT":
        return s.bold(s.blue(speaker));
      case "CUSTOMER":
        return s.bold(s.cyan(speaker));
      case "SUPERVISOR":
        return s.bold(s.magenta(speaker));
      default:
        return s.bold(speaker);
    }
  }

  #firstTime(key: string): boolean {
    if (this.#shown.has(key)) return false;
    this.#shown.add(key);
    return true;
  }
}

function sentimentTone(s: Style, sentiment: string | undefined): (text: string) => string {
  if (sentiment === "POSITIVE") return s.green;
  if (sentiment === "NEGATIVE") return s.red;
  return (text) => text;
}

function speakerOf(
  role: string | undefined,
  displayName: string | undefined,
  participantId: string | undefined,
): string {
  const name = displayName ?? (role === undefined ? participantId : undefined);
  return (
    [role, name]
      .filter((p): p is string => p !== undefined && p !== "")
      .map(clean)
      .join(" ") || "someone"
  );
}

function toSpan(interval: RealTimeContactAnalysisCharacterInterval): Span {
  return { begin: interval.BeginOffsetChar, end: interval.EndOffsetChar };
}

/** The local time of day, HH:MM:SS (the TZ environment variable picks the zone). */
export function formatTime(time: RealTimeContactAnalysisTimeData | undefined): string {
  if (time === undefined) return UNKNOWN_TIME;
  return RealTimeContactAnalysisTimeData.visit(time, {
    AbsoluteTime: (date) => clockTime(date),
    $unknown: () => UNKNOWN_TIME,
  });
}

function clockTime(date: Date): string {
  if (Number.isNaN(date.getTime())) return UNKNOWN_TIME;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** A newer segment kind may carry a Time like the known ones do; use it when it does. */
function timeOfUnknown(value: unknown): string {
  const absolute = (value as { Time?: { AbsoluteTime?: unknown } } | null)?.Time?.AbsoluteTime;
  return typeof absolute === "string" ? clockTime(new Date(absolute)) : UNKNOWN_TIME;
}

function clean(text: string): string {
  return stripControls(text);
}

/** Continuation lines of a multi-line message line up under its first line. */
function indentLines(text: string): string {
  return text.includes("\n") ? text.replaceAll("\n", `\n${INDENT}`) : text;
}
