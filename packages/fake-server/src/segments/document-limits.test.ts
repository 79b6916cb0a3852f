import { describe, expect, it } from "vitest";
import { extraSegmentProblem, MAX_EXTRA_SEGMENT_BYTES, MAX_EXTRA_SEGMENT_DEPTH } from "./document-limits.js";

function nested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { v: value };
  return value;
}

describe("extraSegmentProblem", () => {
  it("accepts plain JSON up to the depth limit", () => {
    expect(extraSegmentProblem({ Content: "a", Status: "COMPLETED", List: [1, true, null, { x: -0.5 }] })).toBe(
      undefined,
    );
    expect(extraSegmentProblem(nested(MAX_EXTRA_SEGMENT_DEPTH))).toBeUndefined();
  });

  it("refuses deeper nesting, naming the limit, however deep", () => {
    for (const depth of [MAX_EXTRA_SEGMENT_DEPTH + 1, 5_000, 200_000]) {
      expect(extraSegmentProblem(nested(depth))).toMatch(/nests more than 32 levels deep/);
    }
  });

  it("refuses a value too large to serve, naming the limit", () => {
    expect(extraSegmentProblem({ Content: "x".repeat(MAX_EXTRA_SEGMENT_BYTES) })).toMatch(
      /bytes of JSON; a segment of a declared kind may take at most 65536/,
    );
    expect(extraSegmentProblem(Array.from({ length: MAX_EXTRA_SEGMENT_BYTES + 1 }, () => 0))).toMatch(/at most 65536/);
  });

  it("refuses what JSON cannot write, and cycles", () => {
    const cycle: Record<string, unknown> = {};
    cycle["self"] = cycle;
    for (const value of [Number.NaN, { n: Infinity }, [10n], { f: () => 1 }, new Date(0), new Map(), cycle]) {
      expect(extraSegmentProblem(value)).toBeDefined();
    }
  });
});
