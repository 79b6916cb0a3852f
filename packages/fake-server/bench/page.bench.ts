// Requests per second and p99 latency of a 100-segment page over loopback: the fake against a bare node:http server
// that sends the same pre-serialized bytes, measured in the same run with autocannon.
//
// Fair: each server runs in its own process, started the same way, warmed up the same way, and loaded by the same
// autocannon settings. Steady: the machine's other work drifts over seconds, so the servers are measured in many
// short rounds, alternately (bare then fake, then fake then bare), and the ratio is taken within each round, between
// two measurements made seconds apart; the figure reported is the median over rounds, with the spread beside it.
// Each server also reports the CPU time it spent, so that what a request costs the server shows even when the load
// generator, not the server, is what limits the throughput.
//
// BENCH_SECONDS (default 2) is the length of one measurement, BENCH_ROUNDS (default 10) the number of rounds,
// BENCH_WARMUP_SECONDS (default 2) the load each server gets before the first round, BENCH_CONNECTIONS (default 10)
// the concurrent connections.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { BODY, HEADERS, PATH } from "./fixture.js";

const seconds = Number(process.env["BENCH_SECONDS"] ?? 2);
const rounds = Number(process.env["BENCH_ROUNDS"] ?? 10);
const warmupSeconds = Number(process.env["BENCH_WARMUP_SECONDS"] ?? 2);
const connections = Number(process.env["BENCH_CONNECTIONS"] ?? 10);
const serverScript = fileURLToPath(new URL("./page-server.ts", import.meta.url));

interface Sample {
  requestsPerSecond: number;
  p99Ms: number;
  /** CPU time of the server's process per answered request, user and system. */
  cpuMicrosPerRequest: number;
  failed: number;
}

interface Server {
  readonly name: string;
  readonly url: string;
  readonly child: ChildProcess;
  /** The CPU time the server's process has used so far, in microseconds. */
  readonly cpuMicros: () => Promise<number>;
  readonly samples: Sample[];
}

async function start(kind: "bare" | "fake", name: string): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", serverScript, kind], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const first = await lines.next();
  const url = String(first.value);
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) {
    child.kill();
    throw new Error(`the ${kind} server did not start (it said ${JSON.stringify(first.value)})`);
  }
  const cpuMicros = async () => {
    child.stdin!.write("cpu\n");
    const line = await lines.next();
    const micros = Number(line.value);
    if (line.done || !Number.isFinite(micros)) throw new Error(`the ${kind} server did not report its CPU time`);
    return micros;
  };
  return { name, url, child, cpuMicros, samples: [] };
}

async function stop(server: Server): Promise<void> {
  server.child.stdin!.end();
  if (server.child.exitCode === null) await once(server.child, "exit");
}

async function load(server: Server, duration: number): Promise<Sample> {
  const before = await server.cpuMicros();
  const result = await autocannon({
    url: `${server.url}${PATH}`,
    method: "POST",
    headers: HEADERS,
    body: BODY,
    connections,
    duration,
  });
  const cpu = (await server.cpuMicros()) - before;
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    cpuMicrosPerRequest: cpu / Math.max(1, result.requests.total),
    failed: result.errors + result.non2xx,
  };
}

/** The q-quantile, interpolating between the nearest ranks. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.ceil(at)]! - sorted[low]!) * (at - low);
}
const median = (values: readonly number[]) => quantile(values, 0.5);

const spread = (values: readonly number[], format: (n: number) => string) =>
  `${format(Math.min(...values))} – ${format(Math.max(...values))}`;
const whole = (n: number) => String(Math.round(n));
const percent = (n: number) => `${Math.round(n * 100)}%`;

const bare = await start("bare", "bare node:http, same bytes");
const fake = await start("fake", "@rtca/fake-server");
try {
  // JIT, sockets, and the fake's request log filled to its steady size.
  for (const server of [bare, fake]) await load(server, warmupSeconds);
  for (let round = 0; round < rounds; round++) {
    for (const server of round % 2 === 0 ? [bare, fake] : [fake, bare]) {
      server.samples.push(await load(server, seconds));
    }
  }
} finally {
  await Promise.all([stop(bare), stop(fake)]);
}

console.log(
  `100-segment page (30 kB) over loopback: ${connections} connections, ${rounds} alternating rounds of ${seconds} s ` +
    `after ${warmupSeconds} s of warm-up (Node ${process.version})`,
);
console.table(
  [bare, fake].map((s) => ({
    server: s.name,
    "requests/s (median)": whole(median(s.samples.map((x) => x.requestsPerSecond))),
    "requests/s (rounds)": spread(
      s.samples.map((x) => x.requestsPerSecond),
      whole,
    ),
    "p99 ms (median)": median(s.samples.map((x) => x.p99Ms)),
    "server CPU µs/request (median)": median(s.samples.map((x) => x.cpuMicrosPerRequest)).toFixed(1),
    failed: s.samples.reduce((n, x) => n + x.failed, 0),
  })),
);
const ratios = fake.samples.map((x, i) => x.requestsPerSecond / bare.samples[i]!.requestsPerSecond);
console.log(
  `fake / bare throughput, within each round: median ${percent(median(ratios))}, middle half ` +
    `${percent(quantile(ratios, 0.25))} – ${percent(quantile(ratios, 0.75))}, all rounds ${spread(ratios, percent)} ` +
    "(goal: at least 60%)",
);
console.log(`per round: ${ratios.map(percent).join(" ")}`);
if ([bare, fake].some((s) => s.samples.some((x) => x.failed > 0))) {
  console.error("some requests failed: the figures are not valid");
  process.exitCode = 1;
}
