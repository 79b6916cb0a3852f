import { describe, expect, it } from "vitest";
import { DEFAULT_JSON_LIMITS, jsonLimitExceeded, resolveJsonLimits } from "./json-limits.js";

const limits = { maxDepth: 3, maxValues: 5, maxBytes: 40 };

describe("jsonLimitExceeded", () => {
  it("passes bodies within every limit", () => {
    expect(jsonLimitExceeded('{"a":[[1]],"b":2}', limits)).toBeUndefined();
    expect(jsonLimitExceeded("", limits)).toBeUndefined();
  });

  it("names the depth, the number of values or the size that is exceeded", () => {
    expect(jsonLimitExceeded("[[[[1]]]]", limits)).toBe("the body nests deeper than 3 levels");
    expect(jsonLimitExceeded("[1,2,3,4,5,6]", limits)).toBe("the body holds more than 5 values");
    expect(jsonLimitExceeded(`"${"x".repeat(40)}"`, limits)).toBe("the body is larger than 40 bytes");
    // Counted in UTF-8 bytes, not characters.
    expect(jsonLimitExceeded(`"${"é".repeat(20)}"`, limits)).toBe("the body is larger than 40 bytes");
  });

  it("does not count brackets and commas inside strings, escaped quotes included", () => {
    expect(jsonLimitExceeded('["[[[[,,,,,,\\"[[[[,,,,", "\\\\"]', limits)).toBeUndefined();
    expect(jsonLimitExceeded('["\\\\", [[[1]]]]', limits)).toBe("the body nests deeper than 3 levels");
  });

  it("leaves malformed text to the parser", () => {
    expect(jsonLimitExceeded('["unterminated', limits)).toBeUndefined();
    expect(jsonLimitExceeded("]]]]", limits)).toBeUndefined();
  });

  it("checks the limits it is given", () => {
    expect(resolveJsonLimits(undefined)).toEqual(DEFAULT_JSON_LIMITS);
    expect(resolveJsonLimits({ maxDepth: 5 }).maxDepth).toBe(5);
    expect(() => resolveJsonLimits({ maxValues: 0 })).toThrow(/maxValues must be a whole number of at least 1/);
  });
});
