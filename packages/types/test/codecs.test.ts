// Concrete examples from FACTS.md and the sample page: the wire document as the service sends it, RFC 3339 corners,
// open enums and unions, error bodies, and the restJson1 bindings around the codecs.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  AmazonConnectServiceErrors,
  decodeInvalidRequestException,
  decodeListRealtimeContactAnalysisSegmentsV2Response,
  decodeRealTimeContactAnalysisTimeData,
  deserializeListRealtimeContactAnalysisSegmentsV2Request,
  deserializeListRealtimeContactAnalysisSegmentsV2Response,
  encodeListRealtimeContactAnalysisSegmentsV2Response,
  parseDateTime,
  RealTimeContactAnalysisTimeData,
  RealtimeContactAnalysisSegment,
  serializeListRealtimeContactAnalysisSegmentsV2Request,
} from "../src/index.js";
import { decodeErrorOf, expectErrorAt, overTheWire } from "./support/wire.js";

const sampleText = readFileSync(new URL("../examples/sample-page.json", import.meta.url), "utf8");
const sample = JSON.parse(sampleText) as { Segments: Record<string, Record<string, unknown>>[] };

describe("the sample page", () => {
  const page = decodeListRealtimeContactAnalysisSegmentsV2Response(sample);

  it("decodes every kind of segment, in order", () => {
    expect(page.Channel).toBe("CHAT");
    expect(page.Status).toBe("IN_PROGRESS");
    expect(page.NextToken).toBe("eyJ2IjoxfQ");
    expect(page.Segments.map(RealtimeContactAnalysisSegment.memberName)).toEqual([
      "Event",
      "Transcript",
      "Transcript",
      "Issues",
      "Categories",
      "Attachments",
      "PostContactSummary",
    ]);
  });

  it("folds the +01:00 offset into UTC, and reads a time without a fraction", () => {
    const times = page.Segments.flatMap((s) =>
      RealtimeContactAnalysisSegment.visit(s, {
        Transcript: (t) => [t.Time],
        Event: (e) => [e.Time],
        Attachments: (a) => [a.Time],
        Categories: () => [],
        Issues: () => [],
        $unknown: () => [],
      }),
    ).map((t) => t.AbsoluteTime?.toISOString());
    expect(times).toEqual([
      "2026-11-29T09:00:00.000Z",
      "2026-11-29T09:00:04.120Z",
      "2026-11-29T09:00:31.500Z",
      "2026-11-29T09:00:45.000Z",
    ]);
  });

  it("keeps the one-interval and list-of-intervals CharacterOffsets apart", () => {
    const [, , customer, issues, categories] = page.Segments;
    expect(customer?.Transcript?.Redaction?.CharacterOffsets).toEqual([{ BeginOffsetChar: 41, EndOffsetChar: 46 }]);
    expect(issues?.Issues?.IssuesDetected[0]?.TranscriptItems[0]?.CharacterOffsets).toEqual({
      BeginOffsetChar: 6,
      EndOffsetChar: 19,
    });
    const poi = categories?.Categories?.MatchedDetails["refund-request"]?.PointsOfInterest[0];
    expect(poi?.TranscriptItems?.[0]).toEqual({
      Id: "msg-0002",
      CharacterOffsets: { BeginOffsetChar: 50, EndOffsetChar: 63 },
    });
  });

  it("keeps a segment kind the model does not know as $unknown, value untouched", () => {
    expect(page.Segments[6]).toEqual({ $unknown: ["PostContactSummary", sample.Segments[6]!.PostContactSummary] });
  });

  it("encodes back to the same document, timestamps normalised to UTC (milliseconds only when not zero)", () => {
    const expected = JSON.parse(JSON.stringify(sample).replaceAll(".000Z", "Z")) as typeof sample;
    (expected.Segments[2]!.Transcript!.Time as Record<string, string>).AbsoluteTime = "2026-11-29T09:00:31.500Z";
    (expected.Segments[5]!.Attachments!.Time as Record<string, string>).AbsoluteTime = "2026-11-29T09:00:45Z";
    expect(overTheWire(encodeListRealtimeContactAnalysisSegmentsV2Response(page))).toEqual(expected);
  });

  it("reads the same through the restJson1 response binding", () => {
    const response = { statusCode: 200, headers: { "content-type": "application/json" }, body: sampleText };
    expect(deserializeListRealtimeContactAnalysisSegmentsV2Response(response)).toEqual(page);
  });
});

describe("RFC 3339 date-times", () => {
  const at = (text: string) => parseDateTime(text).toISOString();

  it("reads the forms FACTS.md lists", () => {
    expect(at("2019-11-08T02:41:28.172Z")).toBe("2019-11-08T02:41:28.172Z");
    expect(at("2019-11-08T03:41:28.172+01:00")).toBe("2019-11-08T02:41:28.172Z");
    expect(at("2019-11-07T21:11:28-05:30")).toBe("2019-11-08T02:41:28.000Z");
    expect(at("2019-11-08t02:41:28.1z")).toBe("2019-11-08T02:41:28.100Z");
    expect(at("2019-11-08T02:41:28.172999999Z")).toBe("2019-11-08T02:41:28.172Z");
  });

  it("knows which years are leap years", () => {
    expect(at("2024-02-29T00:00:00Z")).toBe("2024-02-29T00:00:00.000Z");
    expect(at("2000-02-29T00:00:00Z")).toBe("2000-02-29T00:00:00.000Z");
    expect(() => parseDateTime("1900-02-29T00:00:00Z")).toThrow("is not a valid RFC 3339 date-time");
    expect(() => parseDateTime("2023-02-29T00:00:00Z")).toThrow("is not a valid RFC 3339 date-time");
    expect(() => parseDateTime("2023-04-31T00:00:00Z")).toThrow("is not a valid RFC 3339 date-time");
  });

  it("keeps years below 100 as written (Date.UTC would read them as 19xx)", () => {
    expect(at("0050-06-01T00:00:00Z")).toBe("0050-06-01T00:00:00.000Z");
    expect(at("0000-01-01T00:00:00Z")).toBe("0000-01-01T00:00:00.000Z");
  });

  it("reads a leap second as the first second of the next minute", () => {
    expect(at("2016-12-31T23:59:60Z")).toBe("2017-01-01T00:00:00.000Z");
  });

  it("refuses what RFC 3339 (as Smithy's date-time uses it) does not allow", () => {
    for (const text of [
      "2019-11-08 02:41:28Z",
      "2019-11-08T02:41:28",
      "2019-11-08T02:41Z",
      "2019-11-08T02:41:28.Z",
      "2019-11-08T02:41:28,172Z",
      "2019-11-08T02:41:28+0100",
      "2019-11-08T02:41:28+01",
      "19-11-08T02:41:28Z",
      "+002019-11-08T02:41:28Z",
      " 2019-11-08T02:41:28Z",
      "2019-11-08T02:41:28Z ",
      "",
    ]) {
      expect(() => parseDateTime(text), text).toThrow("expected an RFC 3339 date-time string");
    }
  });

  it("names the path of a bad timestamp, whatever union and segment it sits in", () => {
    const body = {
      Channel: "CHAT",
      Status: "COMPLETED",
      Segments: [
        { Issues: { IssuesDetected: [] } },
        { Event: { Id: "e", EventType: "x", Time: { AbsoluteTime: 1573180888.172 } } },
      ],
    };
    const error = decodeErrorOf(() => decodeListRealtimeContactAnalysisSegmentsV2Response(body));
    expectErrorAt(error, ["Segments", 1, "Event", "Time", "AbsoluteTime"]);
    expect(error.message).toBe(
      "Segments[1].Event.Time.AbsoluteTime: expected an RFC 3339 date-time string, got a number (1573180888.172)",
    );
  });
});

describe("unions", () => {
  it("visit hands an unknown member's name and value to the $unknown handler", () => {
    const time = decodeRealTimeContactAnalysisTimeData({ RelativeTime: { OffsetMillis: 1200 } });
    const described = RealTimeContactAnalysisTimeData.visit(time, {
      AbsoluteTime: (d) => d.toISOString(),
      $unknown: (name, value) => `${name}=${JSON.stringify(value)}`,
    });
    expect(described).toBe('RelativeTime={"OffsetMillis":1200}');
  });

  it("a missing required union is corrected to the unknown variant with no name, on the client only", () => {
    const event = { Event: { Id: "e", EventType: "x" } };
    const body = { Channel: "CHAT", Status: "COMPLETED", Segments: [event] };
    expect(decodeListRealtimeContactAnalysisSegmentsV2Response(body).Segments[0]).toEqual({
      Event: { Id: "e", EventType: "x", Time: { $unknown: ["", undefined] } },
    });
    const onServer = decodeListRealtimeContactAnalysisSegmentsV2Response(body, "server").Segments[0];
    expect(onServer?.Event?.Time).toBeUndefined();
  });
});

describe("error bodies", () => {
  it("decode their Message and, for InvalidRequestException, the Reason union", () => {
    expect(AmazonConnectServiceErrors.ThrottlingException.decode({ Message: "Rate exceeded" })).toEqual({
      Message: "Rate exceeded",
    });
    expect(
      decodeInvalidRequestException({
        Message: "File too large",
        Reason: { AttachedFileInvalidRequestExceptionReason: "INVALID_FILE_SIZE" },
      }),
    ).toEqual({
      Message: "File too large",
      Reason: { AttachedFileInvalidRequestExceptionReason: "INVALID_FILE_SIZE" },
    });
    expect(decodeInvalidRequestException({ Reason: { QuotaReason: "X" } })).toEqual({
      Reason: { $unknown: ["QuotaReason", "X"] },
    });
  });

  it("leave a lowercase `message` to the client, which reads both spellings of the error body", () => {
    // The codec decodes the modelled member only; @rtca/client's error handling maps `message` onto `Message`.
    expect(AmazonConnectServiceErrors.AccessDeniedException.decode({ message: "denied" })).toEqual({});
  });

  it("name the member of a wrongly typed field", () => {
    const error = decodeErrorOf(() =>
      decodeInvalidRequestException({ Reason: { AttachedFileInvalidRequestExceptionReason: 7 } }),
    );
    expectErrorAt(error, ["Reason", "AttachedFileInvalidRequestExceptionReason"]);
  });
});

describe("restJson1 bindings of the operation", () => {
  it("puts the labels, percent-encoded, in the path and the rest in the body", () => {
    const request = serializeListRealtimeContactAnalysisSegmentsV2Request({
      InstanceId: "inst/1 ~x",
      ContactId: "c-1._~!*'()",
      OutputType: "Raw",
      SegmentTypes: ["Transcript", "Event"],
    });
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/contact/list-real-time-analysis-segments-v2/inst%2F1%20~x/c-1._~%21%2A%27%28%29");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request.body as string)).toEqual({ OutputType: "Raw", SegmentTypes: ["Transcript", "Event"] });
  });

  it("reads a request back on the server, labels from the route", () => {
    const request = serializeListRealtimeContactAnalysisSegmentsV2Request({
      InstanceId: "i",
      ContactId: "c",
      MaxResults: 5,
      NextToken: "t",
      OutputType: "Redacted",
      SegmentTypes: [],
    });
    expect(
      deserializeListRealtimeContactAnalysisSegmentsV2Request(request, { InstanceId: "i", ContactId: "c" }),
    ).toEqual({
      InstanceId: "i",
      ContactId: "c",
      MaxResults: 5,
      NextToken: "t",
      OutputType: "Redacted",
      SegmentTypes: [],
    });
  });

  it("fails with a DecodeError on a response body that is not JSON", () => {
    const error = decodeErrorOf(() =>
      deserializeListRealtimeContactAnalysisSegmentsV2Response({ statusCode: 200, headers: {}, body: "{not json" }),
    );
    expect(error.message).toMatch(/^the body is not valid JSON/);
  });
});
