// pnpm bench:fuzz: 100 000 requests of every kind (the fuzz test's, plus bodies of several MiB, some over the
// limit) against the fake in a process of its own. Prints its RSS after 1 000 requests and after all of them, the
// answers by status, and the longest stall of its event loop. FUZZ_REQUESTS and FUZZ_CONNECTIONS change the defaults.
import { fork } from "node:child_process";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";
import * as fc from "fast-check";
import { type FuzzRequest, fuzzRequest } from "../test/fuzz/requests.js";
import type { ServerStats } from "./fuzz-server.js";

const TOTAL = Number(process.env["FUZZ_REQUESTS"] ?? 100_000);
const CONNECTIONS = Number(process.env["FUZZ_CONNECTIONS"] ?? 16);
const SEED = Number(process.env["FC_SEED"] ?? 20261202);
const BATCH = 1_000;
/** One request in this many carries a body of several MiB (from 1 to 7: some over the 5 MiB limit). */
const LARGE_EVERY = 250;

const child = fork(fileURLToPath(new URL("./fuzz-server.ts", import.meta.url)), { execArgv: ["--import", "tsx"] });
const replies: ((message: unknown) => void)[] = [];
child.on("message", (message) => replies.shift()?.(message));
const nextReply = <T>() => new Promise<T>((resolve) => replies.push(resolve as (m: unknown) => void));
const { port } = await nextReply<{ port: number }>();
const stats = () => {
  const reply = nextReply<ServerStats>();
  child.send("stats");
  return reply;
};

function largeRequest(i: number): FuzzRequest {
  const size = (1 + (i % 7)) * 1024 * 1024 - 17;
  const body = Buffer.alloc(size, 0x20);
  body.write('{"NextToken":"', 0);
  body.write('"}', size - 2);
  const head =
    "POST /contact/list-real-time-analysis-segments-v2/fuzz-instance/fuzz-contact HTTP/1.1\r\nhost: x\r\n" +
    `connection: close\r\ncontent-type: application/json\r\ncontent-length: ${size}\r\n` +
    `authorization: AWS4-HMAC-SHA256 Credential=AKIDBIG/20260101/us-east-1/connect/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}\r\n\r\n`;
  return { bytes: Buffer.concat([Buffer.from(head), body]), head: false, mustAnswer: true };
}

/** Sends one request on a fresh connection; the status of its first final answer (not a 100), or "none". */
function send(request: FuzzRequest): Promise<string> {
  return new Promise((resolve) => {
    let head = "";
    const socket = connect(port, "127.0.0.1", () => socket.end(request.bytes));
    socket.on("data", (chunk: Buffer) => {
      if (head.length < 64) head += chunk.toString("latin1", 0, 64);
    });
    socket.on("error", () => {});
    socket.on("close", () =>
      resolve(/^(?:HTTP\/1\.1 100 [^\r]*\r\n\r\n)?HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? "none"),
    );
  });
}

const byStatus = new Map<string, number>();
let sent = 0;
let after1000: ServerStats | undefined;
let longestStallMs = 0;
const started = performance.now();
for (let batch = 0; sent < TOTAL; batch++) {
  const requests = fc.sample(fuzzRequest, { seed: SEED + batch, numRuns: Math.min(BATCH, TOTAL - sent) });
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const i = sent + next;
      const request = i % LARGE_EVERY === LARGE_EVERY - 1 ? largeRequest(i) : requests[next]!;
      next++;
      const status = await send(request);
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  sent += requests.length;
  const now = await stats();
  longestStallMs = Math.max(longestStallMs, now.longestStallMs);
  if (sent === BATCH) after1000 = now;
  if (sent % 10_000 === 0) console.error(`${sent} requests: RSS ${(now.rssBytes / 1024 / 1024).toFixed(1)} MiB`);
}
const end = await stats();
const seconds = (performance.now() - started) / 1000;
child.send("stop");

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
console.log(
  `fuzz benchmark: ${sent} requests in ${seconds.toFixed(1)} s (${Math.round(sent / seconds)}/s), seed ${SEED}, ${CONNECTIONS} connections`,
);
if (after1000 !== undefined)
  console.log(`RSS after ${BATCH}: ${mib(after1000.rssBytes)} (heap ${mib(after1000.heapUsedBytes)})`);
console.log(`RSS after ${sent}: ${mib(end.rssBytes)} (heap ${mib(end.heapUsedBytes)})`);
console.log(`longest event-loop stall: ${Math.max(longestStallMs, end.longestStallMs).toFixed(1)} ms`);
console.log("answers by status:");
for (const [status, count] of [...byStatus].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`  ${status}: ${count}`);
