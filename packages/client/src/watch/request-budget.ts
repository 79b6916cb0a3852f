// The requests a set of followers may send, shared among them. The service's quota counts per account and Region,
// so everything that reads one account's contacts draws on one budget. The default is a token bucket in this
// process; @rtca/quota-redis gives one shared by many processes and hosts.
import { type Clock, systemClock } from "../runtime/index.js";

export interface RequestBudget {
  /** Waits until one request may be sent, and counts it as sent. Rejects with the signal's reason on abort. */
  take(signal?: AbortSignal): Promise<void>;
  /**
   * Stops every request that draws on the budget for `ms`: the service throttled anyway, so another caller of the
   * account took a share.
   */
  backOff(ms: number): Promise<void> | void;
}

export interface TokenBucketOptions {
  /** Requests per second (default 2, the service's quota). */
  ratePerSecond?: number;
  /** Requests that may go at once after a quiet spell (default 5, the service's burst). */
  burst?: number;
  /**
   * Tokens of the burst this bucket leaves unspent (default: 1 when the burst is above 1, else 0). Requests leave
   * here one budget interval apart but reach the service bunched by the network's jitter; a bucket spent to its last
   * token would then be throttled at random. The reserve costs nothing in steady state: the rate is unchanged.
   */
  reserve?: number;
  clock?: Clock;
}

/** The reserve a bucket of `burst` keeps by default: one token, when it can spare one. */
export function defaultReserve(burst: number): number {
  return burst > 1 ? 1 : 0;
}

/** Checks a reserve against its burst; returns the error's wording, or undefined when it is valid. */
export function reserveProblem(reserve: unknown, burst: number): string | undefined {
  if (typeof reserve === "number" && Number.isInteger(reserve) && reserve >= 0 && reserve < burst) return undefined;
  return `reserve must be a whole number from 0 to burst - 1 (${burst - 1}), got ${String(reserve)}`;
}

/** The service's quota for ListRealtimeContactAnalysisSegmentsV2: 2 requests per second, burst 5. */
export const SERVICE_QUOTA = { ratePerSecond: 2, burst: 5 } as const;

/** A token bucket in this process, filled at the rate up to the burst less the reserve, starting full. */
export class TokenBucketBudget implements RequestBudget {
  readonly ratePerSecond: number;
  readonly burst: number;
  readonly reserve: number;
  readonly #clock: Clock;
  #tokens: number;
  #updatedAt: number;
  #pausedUntil = 0;

  constructor(options: TokenBucketOptions = {}) {
    const rate = options.ratePerSecond ?? SERVICE_QUOTA.ratePerSecond;
    const burst = options.burst ?? SERVICE_QUOTA.burst;
    if (typeof rate !== "number" || !Number.isFinite(rate) || rate <= 0) {
      throw new RangeError(`TokenBucketBudget: ratePerSecond must be a number above 0, got ${String(rate)}`);
    }
    if (!Number.isInteger(burst) || burst < 1) {
      throw new RangeError(`TokenBucketBudget: burst must be a whole number of at least 1, got ${String(burst)}`);
    }
    const reserve = options.reserve ?? defaultReserve(burst);
    const problem = reserveProblem(reserve, burst);
    if (problem !== undefined) throw new RangeError(`TokenBucketBudget: ${problem}`);
    this.ratePerSecond = rate;
    this.burst = burst;
    this.reserve = reserve;
    this.#clock = options.clock ?? systemClock;
    this.#tokens = burst - reserve;
    this.#updatedAt = this.#clock.now();
  }

  async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const now = this.#clock.now();
      this.#refill(now);
      if (now >= this.#pausedUntil && this.#tokens >= 1) {
        this.#tokens -= 1;
        return;
      }
      const untilToken = ((1 - this.#tokens) / this.ratePerSecond) * 1000;
      await this.#clock.sleep(Math.max(this.#pausedUntil - now, Math.ceil(untilToken), 1), signal);
    }
  }

  backOff(ms: number): void {
    const now = this.#clock.now();
    this.#refill(now);
    // The service's bucket is empty for this account: ours starts again from nothing once the pause is over.
    this.#tokens = 0;
    this.#pausedUntil = Math.max(this.#pausedUntil, now + ms);
    this.#updatedAt = Math.max(now, this.#pausedUntil);
  }

  #refill(now: number): void {
    if (now <= this.#updatedAt) return;
    this.#tokens = Math.min(
      this.burst - this.reserve,
      this.#tokens + ((now - this.#updatedAt) / 1000) * this.ratePerSecond,
    );
    this.#updatedAt = now;
  }
}
