// Requests per second and p99 latency of a 100-segment page over loopback: the fake against a bare node:http server
// that sends the same pre-serialized bytes, measured in the same run with autocannon. Each server runs in its own
// process; the two are measured in alternating rounds and the medians reported, so that a passing disturbance on
// the machine does not favour one of them. BENCH_SECONDS (default 3) is the length of one measurement,
// BENCH_ROUNDS (default 5) the number of rounds, BENCH_CONNECTIONS (default 10) the concurrent connections.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { BODY, HEADERS, PATH } from "./fixture.js";

const seconds = Number(process.env["BENCH_SECONDS"] ?? 3);
const rounds = Number(process.env["BENCH_ROUNDS"] ?? 5);
const connections = Number(process.env["BENCH_CONNECTIONS"] ?? 10);
const serverScript = fileURLToPath(new URL("./page-server.ts", import.meta.url));

interface Sample {
  requestsPerSecond: number;
  p99Ms: number;
  failed: number;
}

interface Server {
  readonly name: string;
  readonly url: string;
  readonly child: ChildProcess;
  readonly samples: Sample[];
}

async function start(kind: "bare" | "fake", name: string): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", serverScript, kind], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const first = await createInterface({ input: child.stdout! })[Symbol.asyncIterator]().next();
  const url = String(first.value);
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) {
    child.kill();
    throw new Error(`the ${kind} server did not start (it said ${JSON.stringify(first.value)})`);
  }
  return { name, url, child, samples: [] };
}

async function stop(server: Server): Promise<void> {
  server.child.stdin!.end();
  if (server.child.exitCode === null) await once(server.child, "exit");
}

async function load(server: Server, duration: number): Promise<Sample> {
  const result = await autocannon({
    url: `${server.url}${PATH}`,
    method: "POST",
    headers: HEADERS,
    body: BODY,
    connections,
    duration,
  });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    failed: result.errors + result.non2xx,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const bare = await start("bare", "bare node:http, same bytes");
const fake = await start("fake", "@rtca/fake-server");
try {
  for (const server of [bare, fake]) await load(server, 1); // warm-up: JIT, sockets
  for (let round = 0; round < rounds; round++) {
    for (const server of round % 2 === 0 ? [bare, fake] : [fake, bare])
      server.samples.push(await load(server, seconds));
  }
} finally {
  await Promise.all([stop(bare), stop(fake)]);
}

const rows = [bare, fake].map((s) => ({
  server: s.name,
  "requests/s (median)": Math.round(median(s.samples.map((x) => x.requestsPerSecond))),
  "p99 ms (median)": median(s.samples.map((x) => x.p99Ms)),
  "requests/s per round": s.samples.map((x) => Math.round(x.requestsPerSecond)).join(" "),
  failed: s.samples.reduce((n, x) => n + x.failed, 0),
}));
console.log(
  `100-segment page (30 kB) over loopback: ${connections} connections, ${rounds} rounds of ${seconds} s (Node ${process.version})`,
);
console.table(rows);
const ratio = rows[1]!["requests/s (median)"] / rows[0]!["requests/s (median)"];
console.log(`fake / bare throughput: ${(ratio * 100).toFixed(0)}% (goal: at least 60%)`);
if (rows.some((r) => r.failed > 0)) {
  console.error("some requests failed: the figures are not valid");
  process.exitCode = 1;
}
