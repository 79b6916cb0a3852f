import { describe, expect, it } from "vitest";
import { SeededRandom } from "./prng.js";

function draws(seed: number, n: number): number[] {
  const random = new SeededRandom(seed);
  return Array.from({ length: n }, () => random.next());
}

describe("SeededRandom", () => {
  it("gives the same sequence for a seed and another for another seed", () => {
    expect(draws(42, 100)).toEqual(draws(42, 100));
    expect(draws(42, 100)).not.toEqual(draws(43, 100));
    expect(draws(0, 10)).not.toEqual(draws(0xffff_ffff, 10));
  });

  it("stays in [0, 1) and spreads over it", () => {
    const values = draws(7, 10_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const buckets = new Array<number>(10).fill(0);
    for (const v of values) buckets[Math.floor(v * 10)]!++;
    // 1 000 expected per tenth; a skewed generator would leave some far off.
    for (const count of buckets) expect(count).toBeGreaterThan(850);
    for (const count of buckets) expect(count).toBeLessThan(1150);
  });

  it("draws whole numbers within their bounds, both ends included", () => {
    const random = new SeededRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1_000; i++) seen.add(random.int(1, 6));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("waits an exponential time whose mean is the one asked for", () => {
    const random = new SeededRandom(11);
    const n = 20_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += random.exponential(5_000);
    expect(sum / n).toBeGreaterThan(4_800);
    expect(sum / n).toBeLessThan(5_200);
  });

  it("makes ids shaped like version 4 UUIDs", () => {
    const random = new SeededRandom(5);
    for (let i = 0; i < 100; i++)
      expect(random.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
