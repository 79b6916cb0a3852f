// The in-process request budget and the default schedule policy of watchContacts.
import { describe, expect, it } from "vitest";
import { defaultSchedulePolicy, TokenBucketBudget } from "../src/index.js";
import type { ContactActivity } from "../src/watch/schedule-policy.js";
import { ManualClock } from "./support/manual-clock.js";

async function takeTimes(budget: TokenBucketBudget, clock: ManualClock, n: number): Promise<number[]> {
  const start = clock.now();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    await budget.take();
    times.push(clock.now() - start);
  }
  return times;
}

describe("TokenBucketBudget", () => {
  it("lets the burst less its reserve of one go at once, then one request per 1/rate", async () => {
    const clock = new ManualClock();
    const budget = new TokenBucketBudget({ clock });
    expect(budget.reserve).toBe(1);
    expect(await takeTimes(budget, clock, 8)).toEqual([0, 0, 0, 0, 500, 1000, 1500, 2000]);
  });

  it("spends the whole burst with no reserve, and refuses a reserve that leaves nothing", async () => {
    const clock = new ManualClock();
    const budget = new TokenBucketBudget({ reserve: 0, clock });
    expect(await takeTimes(budget, clock, 7)).toEqual([0, 0, 0, 0, 0, 500, 1000]);
    expect(new TokenBucketBudget({ burst: 1 }).reserve).toBe(0);
    expect(() => new TokenBucketBudget({ burst: 3, reserve: 3 })).toThrow(/reserve must be a whole number from 0 to/);
    expect(() => new TokenBucketBudget({ reserve: -1 })).toThrow(/reserve must be a whole number/);
    expect(() => new TokenBucketBudget({ reserve: 0.5 })).toThrow(/reserve must be a whole number/);
  });

  it("refills while idle, up to the burst", async () => {
    const clock = new ManualClock();
    const budget = new TokenBucketBudget({ ratePerSecond: 4, burst: 2, reserve: 0, clock });
    await takeTimes(budget, clock, 2);
    clock.advance(60_000);
    expect(await takeTimes(budget, clock, 3)).toEqual([0, 0, 250]);
  });

  it("stops every request for the back-off, then starts again from an empty bucket", async () => {
    const clock = new ManualClock();
    const budget = new TokenBucketBudget({ clock });
    budget.backOff(3000);
    expect(await takeTimes(budget, clock, 2)).toEqual([3500, 4000]);
  });

  it("refuses a rate or burst it cannot honour, and stops waiting on abort", async () => {
    expect(() => new TokenBucketBudget({ ratePerSecond: 0 })).toThrow(/ratePerSecond must be a number above 0/);
    expect(() => new TokenBucketBudget({ burst: 0.5 })).toThrow(/burst must be a whole number/);
    const clock = new ManualClock();
    const budget = new TokenBucketBudget({ burst: 1, clock });
    await budget.take();
    const controller = new AbortController();
    controller.abort(new Error("stop"));
    await expect(budget.take(controller.signal)).rejects.toThrow("stop");
  });
});

describe("defaultSchedulePolicy", () => {
  // Followed for 490 s, so that with the policy's prior of 10 s a contact of n segments has a rate of (n + 1) / 500.
  const now = 490_000;
  const base: ContactActivity = {
    contactId: "c",
    addedAt: 0,
    dueAt: now,
    pages: 30,
    totalSegments: 99,
    lastPageAt: now,
    lastNewSegmentAt: now,
    quietPages: 0,
    morePending: false,
  };
  const policy = defaultSchedulePolicy();
  const interval = (activity: Partial<ContactActivity>, p = policy) =>
    p.nextPollAt({ ...base, ...activity }, now) - (activity.dueAt ?? base.dueAt);

  it("keeps a contact whose page came back full at the front of the schedule", () => {
    expect(policy.nextPollAt({ ...base, dueAt: 7000, morePending: true }, now)).toBe(7000);
  });

  it("polls a contact four times as busy twice as often, between the shortest and the longest interval", () => {
    expect(interval({ totalSegments: 99 })).toBeCloseTo(1000); // one segment per 5 s
    expect(interval({ totalSegments: 24 })).toBeCloseTo(2000); // one per 20 s
    expect(interval({ totalSegments: 399 })).toBe(1000); // busier still: no shorter than activeIntervalMs
    expect(interval({ totalSegments: 0 })).toBe(8000); // silent: maxQuietIntervalMs
  });

  it("counts from the contact's place in the schedule, not from the clock", () => {
    expect(policy.nextPollAt({ ...base, dueAt: 300_000 }, now)).toBeCloseTo(301_000);
  });

  it("takes its intervals from the options, and refuses ones it cannot use", () => {
    const custom = defaultSchedulePolicy({ activeIntervalMs: 250, maxQuietIntervalMs: 600 });
    expect(interval({ totalSegments: 99 }, custom)).toBeCloseTo(250);
    expect(interval({ totalSegments: 0 }, custom)).toBe(600);
    expect(() => defaultSchedulePolicy({ activeIntervalMs: -1 })).toThrow(/activeIntervalMs/);
  });
});
