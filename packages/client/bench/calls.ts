// Time per call of ListRealtimeContactAnalysisSegmentsV2: this client against AWS's @aws-sdk/client-connect, both
// signing with SigV4 and both answered by the same canned in-memory handler, on 10- and 100-segment pages. Medians
// of several rounds, printed with the ratio; nothing is asserted about time.
import {
  ConnectClient as AwsConnectClient,
  ListRealtimeContactAnalysisSegmentsV2Command,
} from "@aws-sdk/client-connect";
import { Bench } from "tinybench";
import { ConnectClient } from "../src/index.js";
import { transcriptPage } from "../test/support/wire.js";
import { CannedHandler } from "./canned-handler.js";

const PAGE_SIZES = [10, 100] as const;
const ROUNDS = Number(process.env["BENCH_ROUNDS"] ?? 5);
const TIME_PER_TASK_MS = Number(process.env["BENCH_TIME_MS"] ?? 300);

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const SEGMENT_TYPES = ["Transcript", "Categories", "Issues", "Event", "Attachments"] as const;
/** A request both clients' input types accept. */
const input = {
  InstanceId: "instance-1",
  ContactId: "contact-1",
  OutputType: "Raw" as const,
  SegmentTypes: [...SEGMENT_TYPES],
};

export interface CallFigures {
  segments: number;
  oursMicros: number;
  awsMicros: number;
}

function clientsFor(segments: number) {
  const handler = new CannedHandler(JSON.stringify(transcriptPage(segments)));
  const ours = new ConnectClient({ region: "us-east-1", credentials, requestHandler: handler });
  const aws = new AwsConnectClient({ region: "us-east-1", credentials, requestHandler: handler });
  return { ours, aws };
}

export async function measureCalls(): Promise<CallFigures[]> {
  const setups = PAGE_SIZES.map((segments) => ({ segments, ...clientsFor(segments) }));
  // Both must read the page, or the comparison means nothing.
  for (const { segments, ours, aws } of setups) {
    const a = await ours.listRealtimeContactAnalysisSegmentsV2(input);
    const b = await aws.send(new ListRealtimeContactAnalysisSegmentsV2Command(input));
    if (a.Segments.length !== segments || b.Segments?.length !== segments) {
      throw new Error(`a client did not read the ${segments}-segment page`);
    }
  }
  let sink: unknown;
  const rounds = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ name: `calls, round ${round + 1}`, time: TIME_PER_TASK_MS, warmupTime: 200 });
    for (const { segments, ours, aws } of setups) {
      bench
        .add(`ours ${segments}`, async () => {
          sink = await ours.listRealtimeContactAnalysisSegmentsV2(input);
        })
        .add(`aws ${segments}`, async () => {
          sink = await aws.send(new ListRealtimeContactAnalysisSegmentsV2Command(input));
        });
    }
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (!("latency" in result)) throw new Error(`${task.name} did not complete (${result.state})`);
      rounds.set(task.name, [...(rounds.get(task.name) ?? []), result.latency.p50 * 1000]);
    }
  }
  if (sink === undefined) throw new Error("nothing was measured");
  const median = (name: string) => {
    const values = [...(rounds.get(name) ?? [])].sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)] ?? Number.NaN;
  };
  for (const { ours, aws } of setups) {
    ours.destroy();
    aws.destroy();
  }
  return PAGE_SIZES.map((segments) => ({
    segments,
    oursMicros: median(`ours ${segments}`),
    awsMicros: median(`aws ${segments}`),
  }));
}
