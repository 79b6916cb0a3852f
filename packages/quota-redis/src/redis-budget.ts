// A RequestBudget shared through Redis: every process and host that uses the same Redis, account and Region draws
// on one token bucket, as the service's quota does. Each take is one atomic script (take-script.ts).
import { defaultReserve, type RequestBudget, reserveProblem } from "@rtca/client";
import { TAKE_SCRIPT } from "./take-script.js";

/** What the budget needs of a Redis client: @redis/client's (node-redis's) `eval`. */
export interface RedisEval {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

export interface RedisBudgetOptions {
  /** A connected Redis client (node-redis / @redis/client). */
  readonly redis: RedisEval;
  /** The AWS account whose quota this is (12 digits). */
  readonly accountId: string;
  /** The Region the requests go to, such as eu-west-2. */
  readonly region: string;
  /** Requests per second (default 2, the service's quota). */
  readonly ratePerSecond?: number;
  /** Requests that may go at once after a quiet spell (default 5, the service's burst). */
  readonly burst?: number;
  /** Tokens of the burst left unspent against the network's jitter (default 1 when the burst is above 1), as in
   * @rtca/client's TokenBucketBudget. Every process sharing the bucket must give the same burst and reserve. */
  readonly reserve?: number;
  /** The prefix of the bucket's key (default "rtca:quota"). */
  readonly keyPrefix?: string;
}

export class RedisBudgetError extends Error {
  override readonly name = "RedisBudgetError";
}

const ACCOUNT_ID = /^\d{12}$/;
const REGION = /^[a-z0-9-]{1,64}$/;

/** The key of the bucket of an account and Region; the braces keep it in one Redis Cluster slot. */
export function bucketKey(prefix: string, accountId: string, region: string): string {
  return `${prefix}:{${accountId}:${region}}`;
}

export class RedisBudget implements RequestBudget {
  readonly key: string;
  readonly ratePerSecond: number;
  readonly burst: number;
  readonly reserve: number;
  readonly #redis: RedisEval;

  constructor(options: RedisBudgetOptions) {
    if (!ACCOUNT_ID.test(options.accountId)) {
      throw new RedisBudgetError(`accountId must be 12 digits, got ${JSON.stringify(options.accountId)}`);
    }
    if (!REGION.test(options.region)) {
      throw new RedisBudgetError(
        `region must be a Region name such as eu-west-2, got ${JSON.stringify(options.region)}`,
      );
    }
    const rate = options.ratePerSecond ?? 2;
    const burst = options.burst ?? 5;
    if (typeof rate !== "number" || !Number.isFinite(rate) || rate <= 0) {
      throw new RedisBudgetError(`ratePerSecond must be a number above 0, got ${String(rate)}`);
    }
    if (!Number.isInteger(burst) || burst < 1) {
      throw new RedisBudgetError(`burst must be a whole number of at least 1, got ${String(burst)}`);
    }
    const reserve = options.reserve ?? defaultReserve(burst);
    const problem = reserveProblem(reserve, burst);
    if (problem !== undefined) throw new RedisBudgetError(problem);
    this.ratePerSecond = rate;
    this.burst = burst;
    this.reserve = reserve;
    this.#redis = options.redis;
    this.key = bucketKey(options.keyPrefix ?? "rtca:quota", options.accountId, options.region);
  }

  async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const waitMs = await this.#step("take", 0);
      if (waitMs <= 0) return;
      await sleep(waitMs, signal);
    }
  }

  async backOff(ms: number): Promise<void> {
    if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0) {
      throw new RedisBudgetError(`a back-off is a number of ms of at least 0, got ${String(ms)}`);
    }
    await this.#step("backoff", Math.ceil(ms));
  }

  async #step(mode: "take" | "backoff", pauseMs: number): Promise<number> {
    const reply = await this.#redis.eval(TAKE_SCRIPT, {
      keys: [this.key],
      arguments: [String(this.ratePerSecond), String(this.burst - this.reserve), mode, String(pauseMs)],
    });
    if (typeof reply !== "number") {
      throw new RedisBudgetError(`the bucket script answered ${JSON.stringify(reply)} instead of a number`);
    }
    return reply;
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
