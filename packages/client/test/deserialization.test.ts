// A success response the client cannot read is a typed DeserializationError with the path, status and raw body.
import { describe, expect, it } from "vitest";
import { DeserializationError } from "../src/index.js";
import { INPUT, testClient } from "./support/clients.js";
import { ScriptedHandler } from "./support/scripted-handler.js";
import { page, transcript } from "./support/wire.js";

async function readBody(body: string) {
  const handler = new ScriptedHandler([{ status: 200, body }]);
  const { client } = testClient(handler);
  return client.listRealtimeContactAnalysisSegmentsV2(INPUT).then(
    () => expect.fail("the call should have failed"),
    (error: unknown) => error as DeserializationError,
  );
}

describe("malformed responses", () => {
  it("a union with two members names the segment and keeps the raw body", async () => {
    const body = JSON.stringify(page([transcript("t1", "hi"), { Transcript: {}, Issues: {} }]));
    const error = await readBody(body);
    expect(error).toBeInstanceOf(DeserializationError);
    expect(error.path).toBe("Segments[1]");
    expect(error.httpStatusCode).toBe(200);
    expect(error.rawBody).toBe(body);
    expect(error.message).toContain("Segments[1]");
    expect(error.$metadata.attempts).toBe(1);
  });

  it("an epoch number where an RFC 3339 timestamp belongs names the member", async () => {
    const segment = transcript("t1", "hi");
    (segment["Transcript"] as { Time: unknown }).Time = { AbsoluteTime: 1764410400 };
    const error = await readBody(JSON.stringify(page([segment])));
    expect(error.path).toBe("Segments[0].Transcript.Time.AbsoluteTime");
  });

  it("a body that is not JSON", async () => {
    const error = await readBody("<html>maintenance</html>");
    expect(error).toBeInstanceOf(DeserializationError);
    expect(error.path).toBe("");
    expect(error.reason).toMatch(/not valid JSON/);
    expect(error.rawBody).toBe("<html>maintenance</html>");
  });

  it("is not retried", async () => {
    const handler = new ScriptedHandler([{ status: 200, body: "[]" }]);
    const { client } = testClient(handler);
    await expect(client.listRealtimeContactAnalysisSegmentsV2(INPUT)).rejects.toBeInstanceOf(DeserializationError);
    expect(handler.requests).toHaveLength(1);
  });

  it("reads unknown segment kinds and enum values without complaint", async () => {
    const body = page([{ SentimentTrend: { Content: "summary" } }, transcript("t1", "hi", { sentiment: "MIXED" })], {
      status: "PAUSED",
    });
    const handler = new ScriptedHandler([{ status: 200, body }]);
    const { client } = testClient(handler);
    const output = await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(output.Status).toBe("PAUSED");
    expect(output.Segments[0]).toEqual({ $unknown: ["SentimentTrend", { Content: "summary" }] });
    expect(output.Segments[1]?.Transcript?.Sentiment).toBe("MIXED");
  });
});
