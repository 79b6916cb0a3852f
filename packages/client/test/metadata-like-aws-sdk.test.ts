// Outputs and errors carry $metadata the way AWS's SDK has them: an enumerable member, so that `toEqual`, spreading
// and JSON see it alike with either client. Both clients read the same canned responses.
import {
  ConnectClient as AwsConnectClient,
  ListRealtimeContactAnalysisSegmentsV2Command,
  type ListRealtimeContactAnalysisSegmentsV2CommandInput,
} from "@aws-sdk/client-connect";
import { describe, expect, it } from "vitest";
import { INPUT, TEST_CREDENTIALS, testClient } from "./support/clients.js";
import { type Reply, ScriptedHandler } from "./support/scripted-handler.js";

const PAGE: Reply = {
  status: 200,
  headers: { "x-amzn-requestid": "req-1" },
  body: { Channel: "CHAT", Status: "IN_PROGRESS", Segments: [] },
};
const THROTTLED: Reply = {
  status: 429,
  headers: { "x-amzn-errortype": "ThrottlingException", "x-amzn-requestid": "req-2" },
  body: { Message: "Rate exceeded" },
};

async function outcomeOfBoth(reply: Reply) {
  const ours = testClient(new ScriptedHandler([reply]), { maxAttempts: 1 }).client;
  const aws = new AwsConnectClient({
    region: "us-west-2",
    credentials: TEST_CREDENTIALS,
    requestHandler: new ScriptedHandler([reply]),
    maxAttempts: 1,
  });
  const settle = <T>(promise: Promise<T>) =>
    promise.then(
      (value) => value as object,
      (error: unknown) => error as object,
    );
  return {
    ours: await settle(ours.listRealtimeContactAnalysisSegmentsV2(INPUT)),
    aws: await settle(
      aws.send(
        new ListRealtimeContactAnalysisSegmentsV2Command(INPUT as ListRealtimeContactAnalysisSegmentsV2CommandInput),
      ),
    ),
  };
}

/** The enumerable members other than $metadata, whose value is compared on its own. */
function enumerable(value: object): string[] {
  return Object.keys(value)
    .filter((key) => key !== "$metadata" && (value as Record<string, unknown>)[key] !== undefined)
    .sort();
}

/** The metadata both clients fill from these responses (AWS's leaves the others present but undefined). */
function comparableMetadata(value: object) {
  const { httpStatusCode, requestId, attempts, totalRetryDelay } = (value as { $metadata: Record<string, unknown> })
    .$metadata;
  return { httpStatusCode, requestId, attempts, totalRetryDelay };
}

describe("$metadata as AWS's SDK has it", () => {
  it("is an enumerable member of an output, with the same values", async () => {
    const { ours, aws } = await outcomeOfBoth(PAGE);
    expect(Object.getOwnPropertyDescriptor(ours, "$metadata")?.enumerable).toBe(true);
    expect(Object.getOwnPropertyDescriptor(aws, "$metadata")?.enumerable).toBe(true);
    expect(comparableMetadata(ours)).toEqual(comparableMetadata(aws));
    expect(enumerable(ours)).toEqual(enumerable(aws));
    expect({ ...ours }).toHaveProperty("$metadata.requestId", "req-1");
    expect(JSON.parse(JSON.stringify(ours))).toHaveProperty("$metadata.httpStatusCode", 200);
  });

  it("is an enumerable member of an error, with the same values", async () => {
    const { ours, aws } = await outcomeOfBoth(THROTTLED);
    expect(ours).toBeInstanceOf(Error);
    expect(aws).toBeInstanceOf(Error);
    expect(Object.getOwnPropertyDescriptor(ours, "$metadata")?.enumerable).toBe(true);
    expect(Object.getOwnPropertyDescriptor(aws, "$metadata")?.enumerable).toBe(true);
    expect(comparableMetadata(ours)).toEqual(comparableMetadata(aws));
    for (const error of [ours, aws]) expect(Object.getOwnPropertyDescriptor(error, "$fault")?.enumerable).toBe(true);
  });
});
