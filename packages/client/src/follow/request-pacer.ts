// Keeps requests at or under a rate: each request starts at least 1/rate seconds after the one before it.
import type { Clock } from "../runtime/index.js";

export class RequestPacer {
  readonly #intervalMs: number;
  readonly #clock: Clock;
  #lastStart: number | undefined;

  constructor(requestsPerSecond: number, clock: Clock) {
    this.#intervalMs = 1000 / requestsPerSecond;
    this.#clock = clock;
  }

  get intervalMs(): number {
    return this.#intervalMs;
  }

  /** Waits until the next request may start, and counts it as started. */
  async next(signal?: AbortSignal): Promise<void> {
    if (this.#lastStart !== undefined) {
      const wait = this.#lastStart + this.#intervalMs - this.#clock.now();
      if (wait > 0) await this.#clock.sleep(wait, signal);
    }
    this.#lastStart = this.#clock.now();
  }
}
