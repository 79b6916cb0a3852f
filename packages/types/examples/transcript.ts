// Decodes a sample page of ListRealtimeContactAnalysisSegmentsV2 with the generated codecs and prints it as a
// readable transcript. The page holds every kind of segment, an offset timestamp and a segment kind this model does
// not know yet (PostContactSummary), which arrives as $unknown instead of failing the page.
import { readFile } from "node:fs/promises";
import {
  decodeListRealtimeContactAnalysisSegmentsV2Response,
  RealTimeContactAnalysisTimeData,
  RealtimeContactAnalysisSegment,
} from "../src/index.js";

function time(data: RealTimeContactAnalysisTimeData): string {
  return RealTimeContactAnalysisTimeData.visit(data, {
    AbsoluteTime: (instant) => instant.toISOString().slice(11, 19),
    $unknown: (name) => `(${name})`,
  });
}

function render(segment: RealtimeContactAnalysisSegment): string {
  return RealtimeContactAnalysisSegment.visit(segment, {
    Transcript: (t) =>
      `${time(t.Time)}  ${t.ParticipantRole.padEnd(8)} ${t.DisplayName ?? t.ParticipantId}: ${t.Content}` +
      (t.Sentiment ? `  [${t.Sentiment.toLowerCase()}]` : ""),
    Categories: (c) =>
      Object.keys(c.MatchedDetails)
        .map((name) => `          category matched: ${name}`)
        .join("\n"),
    Issues: (i) =>
      i.IssuesDetected.flatMap((issue) => issue.TranscriptItems)
        .map((item) => `          issue detected: "${item.Content ?? item.Id}"`)
        .join("\n"),
    Event: (e) =>
      `${time(e.Time)}  event: ${e.EventType.split(".").pop()} (${e.DisplayName ?? e.ParticipantId ?? "-"})`,
    Attachments: (a) =>
      a.Attachments.map(
        (f) =>
          `${time(a.Time)}  ${a.ParticipantRole.padEnd(8)} ${a.DisplayName ?? a.ParticipantId} shared ${f.AttachmentName}`,
      ).join("\n"),
    PostContactSummary: (p) => `\nsummary (${p.Status}): ${p.Content ?? p.FailureCode ?? "-"}`,
    ExtractedInformation: (x) =>
      `          extracted ${x.ExtractionDefinitionName}: ${(x.ExtractedValues ?? []).map((v) => v.Content).join(", ")}`,
    $unknown: (name) => `          (a ${name} segment, unknown to this model, kept as $unknown)`,
  });
}

const file = new URL("./sample-page.json", import.meta.url);
const page = decodeListRealtimeContactAnalysisSegmentsV2Response(JSON.parse(await readFile(file, "utf8")));
console.log(`Contact on ${page.Channel}, analysis ${page.Status}, ${page.Segments.length} segments\n`);
for (const segment of page.Segments) console.log(render(segment));
console.log(page.NextToken ? "\n(more segments may follow: the page carries a NextToken)" : "");
