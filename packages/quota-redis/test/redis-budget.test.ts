// RedisBudget against a real redis-server: one bucket per account and Region shared by every client, refilled on
// Redis's clock, backed off as a whole, and left sound when a process dies in the middle of taking.
import { spawn } from "node:child_process";
import { createClient } from "@redis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectRedisBudget, RedisBudget, RedisBudgetError, TAKE_SCRIPT } from "../src/index.js";
import { type RunningRedis, redisServerMissing, startRedis } from "./redis-server.js";

const missing = redisServerMissing();
if (missing !== undefined) console.warn(`[quota-redis] skipping the Redis tests: ${missing}`);

describe.skipIf(missing !== undefined)("RedisBudget on a real redis-server", () => {
  let redis: RunningRedis;
  let client: ReturnType<typeof createClient>;
  let keyCount = 0;
  /** An account id of its own for each test, so that buckets never carry over. */
  const freshAccount = () => String(100000000000 + ++keyCount);

  beforeAll(async () => {
    redis = await startRedis();
    client = createClient({ url: redis.url });
    await client.connect();
  }, 20_000);

  afterAll(async () => {
    await client?.close();
    await redis?.stop();
  });

  /** Redis's clock, in ms. */
  const redisNow = async () => {
    const [seconds, micros] = (await client.sendCommand(["TIME"])) as [string, string];
    return Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
  };

  /** One step of the script, as a budget would run it: 0 when a token was taken, else the ms to wait. */
  const step = async (key: string, rate: number, burst: number, mode = "take", pauseMs = 0) =>
    Number(
      await client.eval(TAKE_SCRIPT, { keys: [key], arguments: [String(rate), String(burst), mode, String(pauseMs)] }),
    );

  it("lets the burst through at once, then asks to wait for the next token", async () => {
    const budget = new RedisBudget({
      redis: client,
      accountId: freshAccount(),
      region: "eu-west-2",
      ratePerSecond: 1,
      burst: 3,
    });
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await step(budget.key, 1, 3));
    expect(replies.slice(0, 3)).toEqual([0, 0, 0]);
    expect(replies[3]).toBeGreaterThan(0);
    expect(replies[3]).toBeLessThanOrEqual(1000);
  });

  it("keeps one token of the burst in reserve by default, as the in-process bucket does", async () => {
    const budget = new RedisBudget({
      redis: client,
      accountId: freshAccount(),
      region: "eu-west-2",
      ratePerSecond: 0.01,
      burst: 3,
    });
    expect(budget.reserve).toBe(1);
    await budget.take();
    await budget.take();
    // Two of the three tokens are gone and the third is the reserve: the bucket holds (almost) nothing.
    expect(Number(await client.hGet(budget.key, "tokens"))).toBeLessThan(0.1);
  });

  it("shares one bucket among every client of an account and Region, and keeps the others apart", async () => {
    const accountId = freshAccount();
    const other = createClient({ url: redis.url });
    await other.connect();
    try {
      const a = new RedisBudget({ redis: client, accountId, region: "eu-west-2", ratePerSecond: 1, burst: 2 });
      const b = new RedisBudget({ redis: other, accountId, region: "eu-west-2", ratePerSecond: 1, burst: 2 });
      expect(a.key).toBe(b.key);
      await a.take();
      await a.take();
      expect(await step(b.key, 1, 2)).toBeGreaterThan(0);
      const elsewhere = new RedisBudget({ redis: other, accountId, region: "us-east-1", ratePerSecond: 1, burst: 2 });
      const otherAccount = new RedisBudget({ redis: other, accountId: freshAccount(), region: "eu-west-2" });
      expect(await step(elsewhere.key, 1, 2)).toBe(0);
      expect(await step(otherAccount.key, 1, 2)).toBe(0);
    } finally {
      await other.close();
    }
  });

  it("never grants more than the burst plus the rate over Redis's time, whoever takes", async () => {
    const accountId = freshAccount();
    const rate = 40;
    const burst = 4;
    const budgets = await Promise.all(
      [0, 1, 2].map(() =>
        connectRedisBudget(redis.url, { accountId, region: "eu-west-2", ratePerSecond: rate, burst }),
      ),
    );
    try {
      const startMs = await redisNow();
      await Promise.all(
        budgets.map(async ({ budget }) => {
          for (let i = 0; i < 8; i++) await budget.take();
        }),
      );
      const elapsedMs = (await redisNow()) - startMs;
      // 24 tokens granted: no more than the bucket could have held and refilled in that time.
      expect(24).toBeLessThanOrEqual(burst + Math.ceil((elapsedMs / 1000) * rate) + 1);
    } finally {
      await Promise.all(budgets.map((b) => b.close()));
    }
  });

  it("backs off every client of the bucket", async () => {
    const budget = new RedisBudget({
      redis: client,
      accountId: freshAccount(),
      region: "eu-west-2",
      ratePerSecond: 2,
      burst: 5,
    });
    await budget.backOff(3000);
    const wait = await step(budget.key, 2, 5);
    // Paused for about 3 s; then the bucket starts from empty.
    expect(wait).toBeGreaterThan(2000);
    expect(wait).toBeLessThanOrEqual(3000);
    await expect(budget.backOff(-1)).rejects.toThrow(RedisBudgetError);
  });

  it("stays sound when a process dies in the middle of taking", async () => {
    const accountId = freshAccount();
    const budget = new RedisBudget({ redis: client, accountId, region: "eu-west-2", ratePerSecond: 5, burst: 3 });
    // Another process takes as fast as it is allowed, and is killed while it does.
    const child = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { createClient } from "@redis/client";
         const c = createClient({ url: ${JSON.stringify(redis.url)} }); await c.connect();
         process.stdout.write("ready\\n");
         for (;;) await c.eval(${JSON.stringify(TAKE_SCRIPT)}, { keys: [${JSON.stringify(budget.key)}], arguments: ["5", "3", "take", "0"] });`,
      ],
      { cwd: new URL("..", import.meta.url), stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
    // Killed once it is taking: the bucket exists and its tokens are spent.
    while ((await client.exists(budget.key)) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    // Nothing is held: the bucket is a plain state that refills and expires by itself, and the survivor goes on.
    const state = await client.hGetAll(budget.key);
    expect(Number(state["tokens"])).toBeGreaterThanOrEqual(0);
    expect(Number(state["tokens"])).toBeLessThanOrEqual(3);
    expect(await client.pTTL(budget.key)).toBeGreaterThan(0);
    await budget.take();
  });

  it("refuses an account, Region, rate or burst it cannot use", () => {
    const make = (o: Partial<ConstructorParameters<typeof RedisBudget>[0]>) => () =>
      new RedisBudget({ redis: client, accountId: "111122223333", region: "eu-west-2", ...o });
    expect(make({ accountId: "12" })).toThrow(/accountId must be 12 digits/);
    expect(make({ region: "EU WEST" })).toThrow(/region must be a Region name/);
    expect(make({ ratePerSecond: 0 })).toThrow(/ratePerSecond must be a number above 0/);
    expect(make({ burst: 1.5 })).toThrow(/burst must be a whole number/);
    expect(make({ burst: 2, reserve: 2 })).toThrow(/reserve must be a whole number from 0 to burst - 1 \(1\)/);
  });
});
