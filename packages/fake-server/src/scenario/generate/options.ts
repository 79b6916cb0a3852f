// What shapes a generated contact centre, its defaults and bounds, read from the command line's
// `generate:contacts=<n>,duration=<s>,seed=<k>` or from the control plane's `Generate` member. One check serves both,
// so that a value is refused with the same words wherever it comes from; only the name it goes by differs.
import { closest } from "fastest-levenshtein";

export interface CentreOptions {
  /** How many contacts start over the duration. */
  readonly contacts: number;
  /** How long the centre runs on the fake's clock, in seconds: every contact starts and ends within it. */
  readonly durationSeconds: number;
  /** The same seed gives the same centre: ids, times, words. */
  readonly seed: number;
}

export type CentreKey = keyof CentreOptions;

interface Bound {
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
}

export const CENTRE_BOUNDS: Readonly<Record<CentreKey, Bound>> = {
  contacts: { min: 1, max: 1000, fallback: 50 },
  durationSeconds: { min: 10, max: 86_400, fallback: 600 },
  seed: { min: 0, max: 0xffff_ffff, fallback: 1 },
};

/** The prefix of `--scenario` that asks for a generated centre. */
export const GENERATE_PREFIX = "generate";

/** The keys of the command-line form, and the option each sets. */
const SPEC_KEYS: Readonly<Record<string, CentreKey>> = {
  contacts: "contacts",
  duration: "durationSeconds",
  seed: "seed",
};

export class CentreOptionsError extends Error {
  override readonly name = "CentreOptionsError";
}

/**
 * Checks each value given (a missing one takes its default); `nameOf` says what the caller calls each option, for
 * the error.
 */
export function centreOptions(
  values: Partial<Record<CentreKey, unknown>>,
  nameOf: (key: CentreKey) => string,
): CentreOptions {
  const read = (key: CentreKey): number => {
    const value = values[key];
    const { min, max, fallback } = CENTRE_BOUNDS[key];
    if (value === undefined) return fallback;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
      throw new CentreOptionsError(`${nameOf(key)} must be a whole number from ${min} to ${max}, got ${shown}`);
    }
    return value;
  };
  return { contacts: read("contacts"), durationSeconds: read("durationSeconds"), seed: read("seed") };
}

/** True when `--scenario` names a generated centre rather than a file or a built-in scenario. */
export function isCentreSpec(text: string): boolean {
  return text === GENERATE_PREFIX || text.startsWith(`${GENERATE_PREFIX}:`);
}

/** Reads `generate:contacts=<n>,duration=<s>,seed=<k>` (any keys may be left out, in any order). */
export function parseCentreSpec(text: string): CentreOptions {
  const body = text.slice(GENERATE_PREFIX.length + 1);
  const values: Partial<Record<CentreKey, unknown>> = {};
  const given = new Set<string>();
  for (const pair of body === "" ? [] : body.split(",")) {
    const eq = pair.indexOf("=");
    const name = eq < 0 ? pair : pair.slice(0, eq);
    const key = Object.hasOwn(SPEC_KEYS, name) ? SPEC_KEYS[name] : undefined;
    if (key === undefined) {
      const known = Object.keys(SPEC_KEYS);
      const hint = name === "" ? "" : ` (did you mean ${closest(name, known)}?)`;
      throw new CentreOptionsError(
        `unknown key ${JSON.stringify(name)}${hint}; the keys are ${known.join(", ")}, as in contacts=50,duration=600,seed=1`,
      );
    }
    if (given.has(name)) throw new CentreOptionsError(`${name} is given twice`);
    given.add(name);
    const raw = eq < 0 ? "" : pair.slice(eq + 1);
    if (raw === "") throw new CentreOptionsError(`${name} needs a value, as in ${name}=${CENTRE_BOUNDS[key].fallback}`);
    // Digits only: Number() would also take "1e3", "0x10" or " 5".
    values[key] = /^\d{1,16}$/.test(raw) ? Number(raw) : raw;
  }
  return centreOptions(values, (key) => specName(key));
}

function specName(key: CentreKey): string {
  return Object.keys(SPEC_KEYS).find((name) => SPEC_KEYS[name] === key) ?? key;
}

/** How the command line writes these options, for messages and the scenario's name. */
export function formatCentreSpec(options: CentreOptions): string {
  return `${GENERATE_PREFIX}:contacts=${options.contacts},duration=${options.durationSeconds},seed=${options.seed}`;
}
