// Input checks before sending: required members and non-empty labels always; other constraints with strictInput.
import { describe, expect, it } from "vitest";
import { InputValidationError, type ListRealtimeContactAnalysisSegmentsV2Request } from "../src/index.js";
import { INPUT, testClient } from "./support/clients.js";
import { ScriptedHandler } from "./support/scripted-handler.js";
import { page } from "./support/wire.js";

async function rejection(input: unknown, strictInput = false) {
  const handler = new ScriptedHandler([], { status: 200, body: page([]) });
  const { client } = testClient(handler, { strictInput });
  const error = await client
    .listRealtimeContactAnalysisSegmentsV2(input as ListRealtimeContactAnalysisSegmentsV2Request)
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  return { error: error as InputValidationError | undefined, sent: handler.requests.length };
}

describe("input checks", () => {
  it("names a missing required member and sends nothing", async () => {
    const { OutputType: _, ...withoutOutputType } = INPUT;
    const { error, sent } = await rejection(withoutOutputType);
    expect(error).toBeInstanceOf(InputValidationError);
    expect(error?.member).toBe("OutputType");
    expect(error?.message).toBe(
      "ListRealtimeContactAnalysisSegmentsV2 input is not valid: 1 validation error detected: Value at 'OutputType' failed to satisfy constraint: Member must not be null",
    );
    expect(sent).toBe(0);
  });

  it("refuses empty path labels", async () => {
    const { error, sent } = await rejection({ ...INPUT, ContactId: "" });
    expect(error?.member).toBe("ContactId");
    expect(error?.message).toContain("it is part of the URI path");
    expect(sent).toBe(0);
  });

  it("refuses an input that is not an object", async () => {
    expect((await rejection(null)).error).toBeInstanceOf(InputValidationError);
    expect((await rejection("x")).error).toBeInstanceOf(InputValidationError);
  });

  it("refuses a member of the wrong type with an InputValidationError, not the encoder's TypeError", async () => {
    const { error, sent } = await rejection({ ...INPUT, SegmentTypes: 42 });
    expect(error).toBeInstanceOf(InputValidationError);
    expect(error?.violations[0]?.kind).toBe("type");
    expect(error?.message).toContain("could not be encoded");
    expect(sent).toBe(0);
  });

  it("leaves lengths, ranges and enums to the service by default", async () => {
    const { error, sent } = await rejection({ ...INPUT, MaxResults: 101, SegmentTypes: ["SentimentTrend"] });
    expect(error).toBeUndefined();
    expect(sent).toBe(1);
  });

  it("checks every constraint with strictInput", async () => {
    const { error, sent } = await rejection({ ...INPUT, MaxResults: 101, OutputType: "Both" }, true);
    expect(error?.violations.map((v) => `${v.kind} ${v.path}`)).toEqual(["range MaxResults", "enum OutputType"]);
    expect(sent).toBe(0);
  });
});
