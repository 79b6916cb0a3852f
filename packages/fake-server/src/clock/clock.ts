// The fake's clock. Everything that happens in time (segments arriving, a contact's status changing, tokens
// expiring, throttling refilling) reads it, so a virtual clock makes all of it deterministic, and a real clock with a
// speed factor plays a conversation faster or slower than life.
import { performance } from "node:perf_hooks";

export type ClockMode = "real" | "virtual";

export interface Clock {
  readonly mode: ClockMode;
  /** How fast the clock runs against wall time (1 for a virtual clock, which only moves when told). */
  readonly speed: number;
  /** Milliseconds since the epoch, on the fake's time line. Never goes backwards, except through reset(). */
  now(): number;
  /** Moves a virtual clock forward; a real clock refuses with ClockModeError. Returns the new time. */
  advance(ms: number): number;
  /** Puts a virtual clock back to its start. A real clock cannot be put back and keeps running. */
  reset(): void;
}

export class ClockModeError extends Error {
  override readonly name = "ClockModeError";
}

/** Wall time, optionally sped up: `start + elapsed * speed`. */
export class RealClock implements Clock {
  readonly mode = "real";
  readonly speed: number;
  readonly #start: number;
  readonly #elapsed: () => number;
  readonly #origin: number;

  constructor(options: { speed?: number; start?: number; monotonicMs?: () => number } = {}) {
    const speed = options.speed ?? 1;
    if (!(speed > 0) || !Number.isFinite(speed))
      throw new RangeError(`the clock speed must be a positive number, got ${speed}`);
    this.speed = speed;
    this.#start = options.start ?? Date.now();
    this.#elapsed = options.monotonicMs ?? (() => performance.now());
    this.#origin = this.#elapsed();
  }

  now(): number {
    return Math.floor(this.#start + (this.#elapsed() - this.#origin) * this.speed);
  }

  advance(): number {
    throw new ClockModeError(
      "the clock is real: only a virtual clock can be advanced (start the fake with --clock virtual)",
    );
  }

  reset(): void {}
}

/** A clock that stands still until advanced. */
export class VirtualClock implements Clock {
  readonly mode = "virtual";
  readonly speed = 1;
  readonly #start: number;
  #now: number;

  constructor(options: { start?: number } = {}) {
    this.#start = options.start ?? Date.now();
    this.#now = this.#start;
  }

  now(): number {
    return this.#now;
  }

  advance(ms: number): number {
    if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`the clock can only move forward, got ${ms} ms`);
    this.#now += ms;
    return this.#now;
  }

  reset(): void {
    this.#now = this.#start;
  }
}
