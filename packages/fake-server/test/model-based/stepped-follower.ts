// A follower (@rtca/client's followSegments) run one step at a time: a step lets it go on until it yields a
// segment, ends, or sleeps again (before its next request, or between polls). Its clock reads the fake's clock, so
// its grace after the end counts time as the test moves it.
import {
  type ConnectClient,
  type FollowInput,
  type FollowResult,
  followSegments,
  type RealtimeContactAnalysisSegment,
} from "@rtca/client";
import { keyOfSegment } from "./segment-keys.js";
import { SteppedClock } from "./stepped-clock.js";

export class SteppedFollower {
  readonly seen: string[] = [];
  result: FollowResult | undefined;
  readonly #clock: SteppedClock;
  readonly #segments: AsyncGenerator<RealtimeContactAnalysisSegment, FollowResult, undefined>;
  #pending: Promise<IteratorResult<RealtimeContactAnalysisSegment, FollowResult>> | undefined;

  constructor(
    client: ConnectClient,
    input: FollowInput,
    options: { pageSize: number; graceAfterEndMs: number; now: () => number },
  ) {
    this.#clock = new SteppedClock(options.now);
    this.#segments = followSegments(client, input, {
      clock: this.#clock,
      pageSize: options.pageSize,
      graceAfterEndMs: options.graceAfterEndMs,
      // Injected faults may come many in a row; each is retried after a backoff the test steps through.
      maxConsecutiveFailures: 1000,
    });
  }

  async step(): Promise<void> {
    if (this.result !== undefined) return;
    const asleep = this.#clock.wake();
    this.#pending ??= this.#segments.next();
    const outcome = await Promise.race([this.#pending, asleep.then(() => undefined)]);
    if (outcome === undefined) return;
    this.#pending = undefined;
    if (outcome.done === true) this.result = outcome.value;
    else this.seen.push(keyOfSegment(outcome.value));
  }
}
