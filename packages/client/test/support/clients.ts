// Clients wired to in-memory handlers and a manual clock.
import { ConnectClient, type ListRealtimeContactAnalysisSegmentsV2Request } from "../../src/index.js";
import type { ClientConfig } from "../../src/runtime/index.js";
import { ManualClock } from "./manual-clock.js";
import type { ScriptedHandler } from "./scripted-handler.js";

export const TEST_CREDENTIALS = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
};

export function testClient(
  handler: ScriptedHandler,
  config: ClientConfig = {},
): { client: ConnectClient; clock: ManualClock } {
  const clock = config.clock instanceof ManualClock ? config.clock : new ManualClock();
  const client = new ConnectClient({
    region: "us-west-2",
    credentials: TEST_CREDENTIALS,
    requestHandler: handler,
    clock,
    ...config,
  });
  return { client, clock };
}

/** A request for every known segment type of a contact; calls never modify it. */
export const INPUT: ListRealtimeContactAnalysisSegmentsV2Request = {
  InstanceId: "instance-1",
  ContactId: "contact-1",
  OutputType: "Raw",
  SegmentTypes: ["Transcript", "Categories", "Issues", "Event", "Attachments"],
};
