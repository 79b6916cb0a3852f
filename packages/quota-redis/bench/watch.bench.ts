// pnpm bench:watch: a generated contact centre on the fake, followed at the account's quota (2 requests/s, burst 5)
// in the ways a dashboard could: one followSegments per contact, round-robin polling within a budget, watchContacts
// in one process, and watchContacts in three processes sharing the budget through Redis. The fake's clock runs
// BENCH_WATCH_SPEED times faster than the wall (default 20), so ten minutes of the centre take 30 s per strategy.
// Every segment the fake stored is looked for in what each strategy delivered, and how long after its arrival.
// Not a test: it prints a table.
import { type ChildProcess, fork } from "node:child_process";
import { ConnectClient, type RequestBudget, TokenBucketBudget } from "@rtca/client";
import { ClockModeError, createFake, serve } from "@rtca/fake-server";
import { type RunningRedis, redisServerMissing, startRedis } from "../test/redis-server.js";
import type { ChildReport, ChildSetUp, ChildTask } from "./watch/child.js";
import { pollingModel } from "./watch/polling-model.js";
import { scaledClock, type TimeLine } from "./watch/scaled-clock.js";
import { type Delivery, type Score, type StoredArrival, score, segmentKey } from "./watch/score.js";
import { BENCH_SEGMENT_TYPES, type BenchContact, STRATEGIES, type Strategy } from "./watch/strategies.js";

const SPEED = Number(process.env["BENCH_WATCH_SPEED"] ?? 20);
const CONTACTS = Number(process.env["BENCH_WATCH_CONTACTS"] ?? 50);
const SEED = Number(process.env["BENCH_WATCH_SEED"] ?? 1);
const DURATION_SECONDS = 600;
const QUOTA = { ratePerSecond: 2, burst: 5 };
/** How long after the centre's duration a strategy may still deliver, on the fake's clock. */
const SLACK_MS = 30_000;
/** Throttling in the first seconds of a run, while processes start, is not counted as steady state. */
const WARM_UP_MS = 10_000;
const ACCOUNT_ID = "000000000000";
const REGION = "us-east-1";
const ACCESS_KEY_ID = "AKIDBENCHWATCH";

interface Row {
  readonly name: string;
  readonly processes: number;
  readonly score: Score;
  readonly requests: number;
  readonly throttled: number;
  readonly throttledAfterWarmUp: number;
  readonly realSeconds: number;
}

const timeLine: TimeLine = { originRealMs: Date.now(), originFakeMs: Date.UTC(2026, 0, 1, 9), speed: SPEED };
const clock = scaledClock(timeLine);
const fake = createFake({
  clock: {
    mode: "real",
    speed: SPEED,
    now: () => Math.floor(clock.now()),
    advance: () => {
      throw new ClockModeError("the bench's clock is real");
    },
    reset: () => {},
  },
  throttle: QUOTA,
});
let counting = { requests: 0, throttled: 0, throttledAfterWarmUp: 0, since: 0 };
const server = await serve(async (request) => {
  const response = await fake.handle(request);
  if (request.path.startsWith("/contact/")) {
    counting.requests++;
    if (response.statusCode === 429) {
      counting.throttled++;
      if (fake.clock.now() - counting.since > WARM_UP_MS) counting.throttledAfterWarmUp++;
    }
  }
  return response;
});
const client = new ConnectClient({
  endpoint: server.url,
  region: REGION,
  credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: "bench" },
  clock,
});

/** Loads the centre afresh (a reset forgets the last run's contacts, log and throttling). */
function loadCentre(): { instanceId: string; contacts: BenchContact[]; deadline: number } {
  fake.reset();
  const loadedAt = fake.clock.now();
  const loaded = fake.loadScenario({
    generate: { contacts: CONTACTS, durationSeconds: DURATION_SECONDS, seed: SEED },
  });
  counting = { requests: 0, throttled: 0, throttledAfterWarmUp: 0, since: loadedAt };
  return {
    instanceId: loaded[0]!.instanceId,
    contacts: loaded.map((c) => ({ contactId: c.contactId, startsAt: loadedAt + c.startMs })),
    deadline: loadedAt + DURATION_SECONDS * 1000 + SLACK_MS,
  };
}

function storedArrivals(instanceId: string, contacts: readonly BenchContact[]): Map<string, StoredArrival[]> {
  const kinds = new Set<string>(BENCH_SEGMENT_TYPES);
  const stored = new Map<string, StoredArrival[]>();
  for (const { contactId } of contacts) {
    const contact = fake.store.getContact(instanceId, contactId);
    stored.set(
      contactId,
      (contact?.segments ?? [])
        .filter((s) => kinds.has(s.kind))
        .map((s) => ({ key: segmentKey(s.raw), arrivesAt: s.arrivesAt })),
    );
  }
  return stored;
}

async function measure(
  name: string,
  processes: number,
  run: (centre: ReturnType<typeof loadCentre>) => Promise<Delivery[]>,
): Promise<Row> {
  const centre = loadCentre();
  const started = performance.now();
  const deliveries = await run(centre);
  const realSeconds = (performance.now() - started) / 1000;
  const row = {
    name,
    processes,
    score: score(storedArrivals(centre.instanceId, centre.contacts), deliveries),
    requests: counting.requests,
    throttled: counting.throttled,
    throttledAfterWarmUp: counting.throttledAfterWarmUp,
    realSeconds,
  };
  process.stderr.write(
    `bench:watch: ${name} (${processes} process${processes === 1 ? "" : "es"}) took ${realSeconds.toFixed(1)} s\n`,
  );
  return row;
}

function inProcess(strategy: Strategy, budget: () => RequestBudget) {
  return async (centre: ReturnType<typeof loadCentre>): Promise<Delivery[]> => {
    const deliveries: Delivery[] = [];
    await strategy({
      client,
      instanceId: centre.instanceId,
      contacts: centre.contacts,
      clock,
      budget: budget(),
      deadline: centre.deadline,
      deliver: (contactId, segment, deliveredAt) =>
        deliveries.push({ contactId, key: segmentKey(segment), deliveredAt }),
    });
    return deliveries;
  };
}

/** Starts `processes` watching processes, each connected to Redis and the fake and waiting for its share. */
async function startWatchers(redis: RunningRedis, processes: number): Promise<ChildProcess[]> {
  return Promise.all(
    Array.from({ length: processes }, (_, i) => {
      const setUp: ChildSetUp = {
        endpoint: server.url,
        redisUrl: redis.url,
        accountId: ACCOUNT_ID,
        region: REGION,
        accessKeyId: `${ACCESS_KEY_ID}${i}`,
        quota: QUOTA,
        timeLine,
      };
      const child = fork(new URL("./watch/child.ts", import.meta.url).pathname, [JSON.stringify(setUp)], {
        execArgv: ["--import", "tsx"],
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      return new Promise<ChildProcess>((resolve, reject) => {
        child.once("message", () => resolve(child));
        child.once("exit", (code) => reject(new Error(`a watching process exited with ${code} before it was ready`)));
      });
    }),
  );
}

function sharedThroughRedis(watchers: readonly ChildProcess[]) {
  return async (centre: ReturnType<typeof loadCentre>): Promise<Delivery[]> => {
    const reports = watchers.map((child, i) => {
      const task: ChildTask = {
        instanceId: centre.instanceId,
        contacts: centre.contacts.filter((_, index) => index % watchers.length === i),
        deadline: centre.deadline,
      };
      const report = new Promise<ChildReport>((resolve, reject) => {
        child.once("message", (message) => resolve(message as ChildReport));
        child.once("exit", (code) => reject(new Error(`a watching process exited with ${code} before reporting`)));
      });
      child.send(task);
      return report;
    });
    return (await Promise.all(reports)).flatMap((r) => r.deliveries);
  };
}

const tokenBucket = () => new TokenBucketBudget({ ...QUOTA, clock });
const rows: Row[] = [];
rows.push(await measure("one followSegments per contact", 1, inProcess(STRATEGIES.naive, tokenBucket)));
rows.push(await measure("round-robin within the budget", 1, inProcess(STRATEGIES.roundRobin, tokenBucket)));
rows.push(await measure("watchContacts", 1, inProcess(STRATEGIES.watch, tokenBucket)));
const missing = redisServerMissing();
if (missing === undefined) {
  const redis = await startRedis();
  try {
    const watchers = await startWatchers(redis, 3);
    rows.push(await measure("watchContacts, budget in Redis", 3, sharedThroughRedis(watchers)));
  } finally {
    await redis.stop();
  }
} else {
  process.stderr.write(`bench:watch: ${missing}: the run with three processes is left out\n`);
}
// The same centre again, for what polling could reach on it at best (watch/polling-model.ts).
const modelled = loadCentre();
const arrivals = storedArrivals(modelled.instanceId, modelled.contacts);
const model = pollingModel(
  modelled.contacts.map((c) => ({
    startsAt: c.startsAt,
    arrivals: (arrivals.get(c.contactId) ?? []).map((s) => s.arrivesAt),
  })),
  QUOTA.ratePerSecond,
);
await server.close();
client.destroy();

const seconds = (ms: number) => (Number.isNaN(ms) ? "-" : `${(ms / 1000).toFixed(1)} s`);
const header = [
  "strategy",
  "processes",
  "delivered",
  "lost",
  "duplicated",
  "throttled (after warm-up)",
  "requests",
  "delay mean",
  "p50",
  "p95",
  "max",
];
const table = rows.map((r) => [
  r.name,
  String(r.processes),
  String(r.score.delivered),
  String(r.score.lost),
  String(r.score.duplicated + r.score.unknown),
  `${r.throttled} (${r.throttledAfterWarmUp})`,
  String(r.requests),
  seconds(r.score.delay.mean),
  seconds(r.score.delay.p50),
  seconds(r.score.delay.p95),
  seconds(r.score.delay.max),
]);
console.log(
  `${CONTACTS} chats over ${DURATION_SECONDS} s of the fake's time (generate:contacts=${CONTACTS},duration=${DURATION_SECONDS},seed=${SEED}), ` +
    `quota ${QUOTA.ratePerSecond}/s burst ${QUOTA.burst}, the fake's clock at ${SPEED}x; ${rows[0]?.score.stored ?? 0} segments stored`,
);
console.log(`| ${header.join(" | ")} |`);
console.log(`|${header.map(() => "---").join("|")}|`);
for (const cells of table) console.log(`| ${cells.join(" | ")} |`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
console.log(
  `\nModelled on this centre's arrivals at ${QUOTA.ratePerSecond}/s, request times left out (bench/watch/polling-model.ts): ` +
    `round-robin mean ${seconds(model.roundRobin.meanMs)}, p50 ${seconds(model.roundRobin.p50Ms)}; ` +
    `poll rates in proportion to the square root of each contact's message rate, the least mean delay any poller ` +
    `reaches: mean ${seconds(model.sqrtRates.meanMs)} (${ratio(model.sqrtRates.meanMs, model.roundRobin.meanMs)}), ` +
    `p50 ${seconds(model.sqrtRates.p50Ms)} (${ratio(model.sqrtRates.p50Ms, model.roundRobin.p50Ms)}).`,
);
