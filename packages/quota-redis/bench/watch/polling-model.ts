// What polling can reach at best on a centre, worked out from the centre's own arrivals rather than measured. A
// contact polled every T ms leaves a segment that arrives at a moment the poller cannot foresee (the generator's
// messages are Poisson) waiting uniformly between 0 and T: T/2 on average. With R requests/s shared by the contacts
// active at that moment, round-robin gives each the same T; the allocation with the least mean delay polls each
// contact at a rate proportional to the square root of its message rate (minimising the sum of rate/pollRate under
// a fixed sum of pollRate). No policy that only learns of a message by polling does better on average, so the
// ratio of the two is the most any scheduler can gain over round-robin at the same quota on this traffic. Request
// times, page limits and the budget's granularity are left out.

export interface ContactArrivals {
  /** When the contact started, on the fake's clock. */
  readonly startsAt: number;
  /** When each of its segments arrived, on the fake's clock. */
  readonly arrivals: readonly number[];
}

export interface ModelledDelays {
  readonly meanMs: number;
  readonly p50Ms: number;
}

export interface PollingModel {
  readonly roundRobin: ModelledDelays;
  /** Poll rates in proportion to the square root of each contact's message rate. */
  readonly sqrtRates: ModelledDelays;
}

/** The delays of both allocations at `ratePerSecond` requests/s; NaN when the centre has no segments. */
export function pollingModel(contacts: readonly ContactArrivals[], ratePerSecond: number): PollingModel {
  const lives = contacts
    .filter((c) => c.arrivals.length > 0)
    .map((c) => {
      const endsAt = Math.max(...c.arrivals);
      // A contact whose segments all came at once still counts as active for a second.
      const lifeMs = Math.max(1000, endsAt - c.startsAt);
      return { startsAt: c.startsAt, endsAt, arrivals: c.arrivals, sqrtRate: Math.sqrt(c.arrivals.length / lifeMs) };
    });
  const roundRobin: number[] = [];
  const sqrtRates: number[] = [];
  for (const contact of lives) {
    for (const at of contact.arrivals) {
      const active = lives.filter((other) => other.startsAt <= at && at <= other.endsAt);
      const sqrtSum = active.reduce((sum, other) => sum + other.sqrtRate, 0);
      // Poll intervals in ms: the active contacts share ratePerSecond.
      roundRobin.push((active.length * 1000) / ratePerSecond);
      sqrtRates.push((sqrtSum * 1000) / (ratePerSecond * contact.sqrtRate));
    }
  }
  return { roundRobin: delaysOf(roundRobin), sqrtRates: delaysOf(sqrtRates) };
}

/** Mean and median of a mixture of uniform waits on [0, interval], one per segment. */
function delaysOf(intervals: readonly number[]): ModelledDelays {
  if (intervals.length === 0) return { meanMs: Number.NaN, p50Ms: Number.NaN };
  const meanMs = intervals.reduce((sum, t) => sum + t / 2, 0) / intervals.length;
  // The share of segments that wait at most d grows with d: find the d where it reaches one half.
  const shareWithin = (d: number) => intervals.reduce((sum, t) => sum + Math.min(1, d / t), 0) / intervals.length;
  let low = 0;
  let high = Math.max(...intervals);
  for (let i = 0; i < 60; i++) {
    const middle = (low + high) / 2;
    if (shareWithin(middle) < 0.5) low = middle;
    else high = middle;
  }
  return { meanMs, p50Ms: high };
}
