// A clock for driving followSegments one step at a time: it reads the fake's (virtual) clock, and each of its sleeps
// holds the follower until the test lets it go, so that the test decides when each follower runs and time moves
// only when the test moves it.
import type { Clock } from "@rtca/client";

export class SteppedClock implements Clock {
  readonly #now: () => number;
  #release: (() => void) | undefined;
  #onSleep: (() => void) | undefined;

  constructor(now: () => number) {
    this.#now = now;
  }

  now(): number {
    return this.#now();
  }

  random(): number {
    return 0.5;
  }

  sleep(_ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve) => {
      this.#release = resolve;
      const notify = this.#onSleep;
      this.#onSleep = undefined;
      notify?.();
    });
  }

  /** Lets a held sleeper go on; the promise settles when it sleeps again. */
  wake(): Promise<void> {
    const asleepAgain = new Promise<void>((resolve) => {
      this.#onSleep = resolve;
    });
    const release = this.#release;
    this.#release = undefined;
    release?.();
    return asleepAgain;
  }
}
