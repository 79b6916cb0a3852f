// The scenario example in the README must stay a valid scenario that plays as the README says.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listPage } from "../support/connect.js";
import { testFake } from "../support/fake.js";

const readme = readFileSync(fileURLToPath(new URL("../../README.md", import.meta.url)), "utf8");
const example = /## Scenarios[\s\S]*?```json[^\n]*\n([\s\S]*?)```/.exec(readme)?.[1];

describe("the README's scenario example", () => {
  it("loads and plays: personal data redacted, issue, category and value on their words, the extra kind as written, the summary last", async () => {
    expect(example).toBeDefined();
    const { fake, control, send } = testFake();
    const loaded = await control("LoadScenario", { Scenario: JSON.parse(example!) });
    expect(loaded.Contacts).toEqual([
      {
        InstanceId: "7c2f9a4e-51d3-4b8a-9e6f-0d1c2b3a4f5e",
        ContactId: "c0ffee00-1d2e-4f3a-8b4c-5d6e7f8a9b0c",
        DurationMs: 10_000,
        StartMs: 0,
      },
    ]);
    fake.clock.advance(10_000);
    const ids = { InstanceId: loaded.Contacts[0]!.InstanceId, ContactId: loaded.Contacts[0]!.ContactId };
    const page = await listPage(send, {
      ...ids,
      OutputType: "Redacted",
      SegmentTypes: ["Transcript", "Issues", "Categories"],
    });
    expect(page.Status).toBe("COMPLETED");
    const complaint = page.Segments[1]!.Transcript!.Content;
    expect(complaint).toBe("I was charged twice! Card [PII], mail [PII]. Refund me, please.");
    expect(page.Segments[2]!.Issues!.IssuesDetected[0]!.TranscriptItems[0]!.Content).toBe("charged twice");
    const point =
      page.Segments[3]!.Categories!.MatchedDetails["refund-request"]!.PointsOfInterest[0]!.TranscriptItems![0]!;
    expect(complaint.slice(point.CharacterOffsets!.BeginOffsetChar, point.CharacterOffsets!.EndOffsetChar)).toBe(
      "Refund me",
    );
    const extra = await listPage(send, { ...ids, OutputType: "Raw", SegmentTypes: ["SentimentTrend"] });
    expect(extra.Segments).toEqual([{ $unknown: ["SentimentTrend", { Trend: "IMPROVING" }] }]);
    const later = await listPage(send, {
      ...ids,
      OutputType: "Redacted",
      SegmentTypes: ["ExtractedInformation", "PostContactSummary"],
    });
    expect(later.Segments.map((s) => s.ExtractedInformation?.ExtractedValues?.[0]?.Content)).toEqual([
      "[PII]",
      undefined,
    ]);
    expect(later.Segments[1]!.PostContactSummary).toEqual({
      Content: "Dana (card [PII]) was charged twice; refunded.",
      Status: "COMPLETED",
    });
    expect(later.NextToken).toBeUndefined();
  });
});
