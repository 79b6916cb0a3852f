// Throttling as the service applies it: a token bucket per account and Region (see quotaKey), refilled on the fake's
// clock, so that a virtual clock makes throttling deterministic. The real quota is 2 requests per second, burst 5.
import type { Clock } from "../clock/clock.js";

export interface ThrottleLimits {
  /** Requests per second a caller may sustain. */
  readonly ratePerSecond: number;
  /** Requests a caller may make at once after being idle. */
  readonly burst: number;
}

export const SERVICE_QUOTA: ThrottleLimits = { ratePerSecond: 2, burst: 5 };

/** The bucket a request draws on: the service counts its quota per account and Region. */
export function quotaKey(accountId: string, region: string): string {
  return `${accountId}/${region}`;
}

/** The service's words when a caller is over its quota. */
export const THROTTLED_MESSAGE = "Rate exceeded";

interface Bucket {
  tokens: number;
  updatedAt: number;
}

// Full buckets carry no information; past this many callers they are dropped, so memory stays bounded.
const PRUNE_ABOVE = 10_000;

export class Throttle {
  readonly limits: ThrottleLimits;
  readonly #clock: Clock;
  readonly #buckets = new Map<string, Bucket>();

  constructor(limits: ThrottleLimits, clock: Clock) {
    if (!(limits.ratePerSecond > 0) || !(limits.burst >= 1)) {
      throw new RangeError(`throttling needs a positive rate and a burst of at least 1, got ${JSON.stringify(limits)}`);
    }
    this.limits = limits;
    this.#clock = clock;
  }

  /** Takes a token from a bucket (a quotaKey); false when that bucket is empty. */
  tryTake(caller: string): boolean {
    const now = this.#clock.now();
    let bucket = this.#buckets.get(caller);
    const added = bucket === undefined;
    if (bucket === undefined) {
      bucket = { tokens: this.limits.burst, updatedAt: now };
      this.#buckets.set(caller, bucket);
    }
    this.#refill(bucket, now);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    // After the take: the new bucket is no longer full, so pruning keeps it.
    if (added && this.#buckets.size > PRUNE_ABOVE) this.#prune(now);
    return allowed;
  }

  reset(): void {
    this.#buckets.clear();
  }

  #refill(bucket: Bucket, now: number): void {
    const elapsed = Math.max(0, now - bucket.updatedAt);
    bucket.tokens = Math.min(this.limits.burst, bucket.tokens + (elapsed / 1000) * this.limits.ratePerSecond);
    bucket.updatedAt = now;
  }

  #prune(now: number): void {
    for (const [caller, bucket] of this.#buckets) {
      this.#refill(bucket, now);
      if (bucket.tokens >= this.limits.burst) this.#buckets.delete(caller);
    }
  }
}
