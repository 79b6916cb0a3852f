// How much our decoding adds to JSON.parse, and how it compares with AWS's SDK, on 10-, 100- and 1000-segment pages.
// One run measures, for each page: bare JSON.parse of the body's bytes; JSON.parse plus our generated decoder; and
// AWS's SDK (@aws-sdk/client-connect) deserializing the same bytes through a canned request handler (a full
// client.send). Goals on the 100-segment page: ours adds at most 0.5x of JSON.parse's time, and AWS's SDK takes at
// least 4x as long as ours. This prints figures; it asserts nothing about time.
import { isDeepStrictEqual } from "node:util";
import { Bench } from "tinybench";
import {
  decodeListRealtimeContactAnalysisSegmentsV2Response,
  encodeListRealtimeContactAnalysisSegmentsV2Response,
} from "../src/index.js";
import { CannedConnectClient } from "../test/support/aws-sdk-peer.js";
import { realisticPage } from "./realistic-page.js";

const PAGE_SIZES = [10, 100, 1000] as const;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TIME_PER_TASK_MS = Number(process.env.BENCH_TIME_MS ?? 300);

const utf8 = new TextDecoder();
const aws = new CannedConnectClient();

const pages = PAGE_SIZES.map((segments) => ({
  segments,
  bytes: new TextEncoder().encode(
    JSON.stringify(encodeListRealtimeContactAnalysisSegmentsV2Response(realisticPage(segments))),
  ),
}));

// The comparison only means something if both sides read the pages the same way.
for (const { segments, bytes } of pages) {
  const ours = decodeListRealtimeContactAnalysisSegmentsV2Response(JSON.parse(utf8.decode(bytes)));
  const { $metadata: _, ...theirs } = await aws.decode(bytes);
  if (!isDeepStrictEqual({ ...ours }, theirs))
    throw new Error(`AWS's SDK and ours disagree on the ${segments}-segment page`);
}

// Keeps results alive so the engine cannot drop the work.
let sink: unknown;

/** One tinybench run over every task; returns each task's median time in microseconds. */
async function measureRound(round: number): Promise<Map<string, number>> {
  const bench = new Bench({ name: `decode, round ${round}`, time: TIME_PER_TASK_MS, warmupTime: 200 });
  for (const { segments, bytes } of pages) {
    bench
      .add(`JSON.parse ${segments}`, () => {
        sink = JSON.parse(utf8.decode(bytes));
      })
      .add(`ours ${segments}`, () => {
        sink = decodeListRealtimeContactAnalysisSegmentsV2Response(JSON.parse(utf8.decode(bytes)));
      })
      .add(`aws ${segments}`, async () => {
        sink = await aws.decode(bytes);
      });
  }
  await bench.run();
  const medians = new Map<string, number>();
  for (const task of bench.tasks) {
    const result = task.result;
    if (!("latency" in result)) throw new Error(`${task.name} did not complete (${result.state})`);
    medians.set(task.name, result.latency.p50 * 1000);
  }
  return medians;
}

const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// Several short rounds rather than one long one: other work on the machine drifts over seconds, and a ratio is only
// fair between tasks measured close together. Each ratio is taken within a round, then the median over rounds.
const rounds: Map<string, number>[] = [];
for (let round = 1; round <= ROUNDS; round++) rounds.push(await measureRound(round));
aws.destroy();
if (sink === undefined) throw new Error("no task ran");

const across = (f: (r: Map<string, number>) => number) => median(rounds.map(f));
const rows = pages.map(({ segments, bytes }) => {
  const at = (r: Map<string, number>, task: string) => r.get(`${task} ${segments}`)!;
  return {
    segments,
    "body KiB": (bytes.byteLength / 1024).toFixed(1),
    "JSON.parse µs": across((r) => at(r, "JSON.parse")).toFixed(1),
    "ours µs": across((r) => at(r, "ours")).toFixed(1),
    "AWS SDK µs": across((r) => at(r, "aws")).toFixed(1),
    "(ours − parse)/parse": across((r) => (at(r, "ours") - at(r, "JSON.parse")) / at(r, "JSON.parse")).toFixed(2),
    "AWS/ours": across((r) => at(r, "aws") / at(r, "ours")).toFixed(1),
  };
});

console.log(
  `Decoding ListRealtimeContactAnalysisSegmentsV2 pages: median time per page over ${ROUNDS} rounds, Node ${process.version}`,
);
console.table(rows);
const hundred = rows.find((r) => r.segments === 100)!;
console.log(
  `100 segments: ours adds ${hundred["(ours − parse)/parse"]}x of JSON.parse (goal <= 0.5); ` +
    `AWS's SDK takes ${hundred["AWS/ours"]}x as long as ours (goal >= 4).`,
);
