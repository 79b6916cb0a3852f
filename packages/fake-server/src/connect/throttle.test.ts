import { describe, expect, it } from "vitest";
import { VirtualClock } from "../clock/clock.js";
import { SERVICE_QUOTA, Throttle } from "./throttle.js";

describe("Throttle", () => {
  it("lets a burst through, then refills at the rate on the fake's clock", () => {
    const clock = new VirtualClock({ start: 0 });
    const throttle = new Throttle(SERVICE_QUOTA, clock);
    const burst = Array.from({ length: 6 }, () => throttle.tryTake("AKID"));
    expect(burst).toEqual([true, true, true, true, true, false]);
    clock.advance(499);
    expect(throttle.tryTake("AKID")).toBe(false);
    clock.advance(1);
    expect(throttle.tryTake("AKID")).toBe(true);
    expect(throttle.tryTake("AKID")).toBe(false);
    clock.advance(60_000);
    expect(Array.from({ length: 6 }, () => throttle.tryTake("AKID")).filter(Boolean)).toHaveLength(5);
  });

  it("keeps a bucket per access key", () => {
    const throttle = new Throttle({ ratePerSecond: 1, burst: 1 }, new VirtualClock({ start: 0 }));
    expect(throttle.tryTake("A")).toBe(true);
    expect(throttle.tryTake("A")).toBe(false);
    expect(throttle.tryTake("B")).toBe(true);
  });

  it("keeps throttling a caller while many others come and go", () => {
    const throttle = new Throttle({ ratePerSecond: 1, burst: 1 }, new VirtualClock({ start: 0 }));
    expect(throttle.tryTake("busy")).toBe(true);
    // Enough callers to make the throttle drop the buckets that carry no information.
    for (let n = 0; n < 10_001; n++) throttle.tryTake(`caller-${n}`);
    expect(throttle.tryTake("busy")).toBe(false);
    expect(throttle.tryTake("caller-10000")).toBe(false);
  });

  it("forgets everything on reset", () => {
    const throttle = new Throttle({ ratePerSecond: 1, burst: 1 }, new VirtualClock({ start: 0 }));
    throttle.tryTake("A");
    throttle.reset();
    expect(throttle.tryTake("A")).toBe(true);
  });

  it("refuses limits that would never let a request through", () => {
    const clock = new VirtualClock();
    expect(() => new Throttle({ ratePerSecond: 0, burst: 5 }, clock)).toThrow(RangeError);
    expect(() => new Throttle({ ratePerSecond: 2, burst: 0 }, clock)).toThrow(RangeError);
  });
});
