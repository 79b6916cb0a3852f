// The bench's time: the fake's clock runs `speed` times faster than the wall, and every process of the bench reads
// the same time line from the same origin, so that ten minutes of the fake's time take a fraction of that, and a
// segment's arrival on the fake and its delivery in any process are measured on one clock.
import { setMaxListeners } from "node:events";
import type { Clock } from "@rtca/client";

export interface TimeLine {
  /** Date.now() at the origin. */
  readonly originRealMs: number;
  /** The fake's time at the origin, ms since the epoch. */
  readonly originFakeMs: number;
  readonly speed: number;
}

export interface ScaledClock extends Clock {
  readonly speed: number;
  /** Sleeps until the fake's clock reads `fakeMs`. */
  sleepUntil(fakeMs: number, signal?: AbortSignal): Promise<void>;
  /** A signal that aborts when the fake's clock reads `fakeMs`. */
  abortAt(fakeMs: number): AbortSignal;
}

export function scaledClock(line: TimeLine): ScaledClock {
  // Whole milliseconds, as the fake's own clocks give: a fraction ahead of the fake would take a token early.
  const now = () => Math.floor(line.originFakeMs + (Date.now() - line.originRealMs) * line.speed);
  const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(
        () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        Math.max(0, ms / line.speed),
      );
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  return {
    speed: line.speed,
    now,
    sleep,
    abortAt: (fakeMs) => {
      const signal = AbortSignal.timeout(Math.max(0, (fakeMs - now()) / line.speed));
      // Every follower of a strategy listens to it.
      setMaxListeners(0, signal);
      return signal;
    },
    random: Math.random,
    sleepUntil: (fakeMs, signal) => sleep(fakeMs - now(), signal),
  };
}
