// A clock for tests: sleeping advances it at once, so retries, backoff and polling run without waiting.
import type { Clock } from "../../src/runtime/index.js";

export class ManualClock implements Clock {
  readonly sleeps: number[] = [];
  #now: number;
  #random: () => number;

  constructor(start = Date.UTC(2026, 10, 29, 10, 0, 0), random: () => number = () => 0.5) {
    this.#now = start;
    this.#random = random;
  }

  now(): number {
    return this.#now;
  }

  random(): number {
    return this.#random();
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.#now += ms;
    await Promise.resolve();
    if (signal?.aborted) throw signal.reason;
  }

  advance(ms: number): void {
    this.#now += ms;
  }
}
