import { describe, expect, it } from "vitest";
import { CENTRE_BOUNDS, CentreOptionsError, centreOptions, isCentreSpec, parseCentreSpec } from "./options.js";

function refusal(text: string): string {
  try {
    parseCentreSpec(text);
  } catch (error) {
    if (error instanceof CentreOptionsError) return error.message;
    throw error;
  }
  throw new Error(`${text} was accepted`);
}

describe("generate:contacts=<n>,duration=<s>,seed=<k>", () => {
  it("is told apart from file names and built-in scenarios", () => {
    expect(isCentreSpec("generate")).toBe(true);
    expect(isCentreSpec("generate:seed=3")).toBe(true);
    expect(isCentreSpec("demo")).toBe(false);
    expect(isCentreSpec("generated.json")).toBe(false);
  });

  it("takes every key in any order, and the default of each key left out", () => {
    expect(parseCentreSpec("generate:seed=7,duration=3600,contacts=200")).toEqual({
      contacts: 200,
      durationSeconds: 3600,
      seed: 7,
    });
    expect(parseCentreSpec("generate:contacts=3")).toEqual({ contacts: 3, durationSeconds: 600, seed: 1 });
    expect(parseCentreSpec("generate")).toEqual({ contacts: 50, durationSeconds: 600, seed: 1 });
    expect(parseCentreSpec("generate:")).toEqual({ contacts: 50, durationSeconds: 600, seed: 1 });
  });

  it("accepts the bounds and refuses what lies beyond them, naming the key", () => {
    expect(parseCentreSpec("generate:contacts=1000,duration=86400,seed=4294967295")).toEqual({
      contacts: 1000,
      durationSeconds: 86_400,
      seed: 0xffff_ffff,
    });
    expect(parseCentreSpec("generate:contacts=1,duration=10,seed=0")).toEqual({
      contacts: 1,
      durationSeconds: 10,
      seed: 0,
    });
    expect(refusal("generate:contacts=1001")).toBe("contacts must be a whole number from 1 to 1000, got 1001");
    expect(refusal("generate:contacts=0")).toBe("contacts must be a whole number from 1 to 1000, got 0");
    expect(refusal("generate:duration=86401")).toBe("duration must be a whole number from 10 to 86400, got 86401");
    expect(refusal("generate:duration=9")).toBe("duration must be a whole number from 10 to 86400, got 9");
    expect(refusal("generate:seed=4294967296")).toBe(
      "seed must be a whole number from 0 to 4294967295, got 4294967296",
    );
  });

  it("refuses anything but digits as a value", () => {
    for (const value of ["-1", "1.5", "1e3", "0x10", " 5", "ten", "99999999999999999999"]) {
      expect(refusal(`generate:seed=${value}`)).toBe(
        `seed must be a whole number from 0 to 4294967295, got ${JSON.stringify(value)}`,
      );
    }
  });

  it("names an unknown key with the nearest known one, a repeated key and a missing value", () => {
    expect(refusal("generate:contact=5")).toBe(
      'unknown key "contact" (did you mean contacts?); the keys are contacts, duration, seed, as in contacts=50,duration=600,seed=1',
    );
    expect(refusal("generate:contacts=5,,seed=1")).toContain('unknown key ""; the keys are');
    expect(refusal("generate:seed=1,seed=2")).toBe("seed is given twice");
    expect(refusal("generate:duration")).toBe("duration needs a value, as in duration=600");
    expect(refusal("generate:duration=")).toBe("duration needs a value, as in duration=600");
    expect(refusal("generate:__proto__=1")).toContain('unknown key "__proto__"');
  });

  it("checks values that come as JSON with the caller's names for them", () => {
    const name = (key: string) => `Generate.${key}`;
    expect(centreOptions({}, name)).toEqual({
      contacts: CENTRE_BOUNDS.contacts.fallback,
      durationSeconds: CENTRE_BOUNDS.durationSeconds.fallback,
      seed: CENTRE_BOUNDS.seed.fallback,
    });
    expect(() => centreOptions({ durationSeconds: 1.5 }, name)).toThrow(
      "Generate.durationSeconds must be a whole number from 10 to 86400, got 1.5",
    );
    expect(() => centreOptions({ contacts: "5" }, name)).toThrow(
      'Generate.contacts must be a whole number from 1 to 1000, got "5"',
    );
  });
});
