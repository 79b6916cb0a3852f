import { describe, expect, it } from "vitest";
import { createRequestIds } from "./request-id.js";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("createRequestIds", () => {
  it("makes version 4 UUIDs, all different, across batches of random bytes", () => {
    const next = createRequestIds();
    const ids = Array.from({ length: 2000 }, () => next());
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses every hex digit in every free place, so no bits are lost", () => {
    const next = createRequestIds();
    const seen = Array.from({ length: 36 }, () => new Set<string>());
    for (let n = 0; n < 2000; n++) {
      const id = next();
      for (let i = 0; i < 36; i++) seen[i]!.add(id[i]!);
    }
    const sizes = seen.map((s) => s.size);
    // Hyphens; the version digit; the variant digit (8, 9, a or b); every other place sees all 16 digits.
    const expected = Array.from({ length: 36 }, (_, i) =>
      [8, 13, 18, 23].includes(i) ? 1 : i === 14 ? 1 : i === 19 ? 4 : 16,
    );
    expect(sizes).toEqual(expected);
  });
});
