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
  const base: ContactActivity = {
    contactId: "c",
    addedAt: 1000,
    pages: 3,
    lastPageAt: 5000,
    lastNewSegmentAt: 5000,
    quietPages: 0,
    morePending: false,
  };
  const policy = defaultSchedulePolicy();

  it("polls a new contact at once, and a full page's next at once", () => {
    expect(policy.nextPollAt({ ...base, pages: 0, lastPageAt: undefined }, 9000)).toBe(1000);
    expect(policy.nextPollAt({ ...base, morePending: true }, 9000)).toBe(9000);
  });

  it("polls an active contact sooner than a quiet one, doubling up to the longest wait", () => {
    const waits = [0, 1, 2, 3, 4, 10].map((quietPages) => policy.nextPollAt({ ...base, quietPages }, 9000) - 9000);
    expect(waits).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    const custom = defaultSchedulePolicy({ activeIntervalMs: 250, maxQuietIntervalMs: 600 });
    expect(custom.nextPollAt({ ...base, quietPages: 1 }, 0)).toBe(500);
    expect(custom.nextPollAt({ ...base, quietPages: 5 }, 0)).toBe(600);
    expect(() => defaultSchedulePolicy({ activeIntervalMs: -1 })).toThrow(/activeIntervalMs/);
  });
});
