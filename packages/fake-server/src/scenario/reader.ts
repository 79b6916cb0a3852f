// Small readers for hand-written JSON that say exactly where a value is wrong, such as
// `contacts[0].timeline[3].message.text: expected a string, got a number (3)`.
import { describe } from "@rtca/types";

export class ScenarioError extends Error {
  override readonly name = "ScenarioError";
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(path === "" ? reason : `${path}: ${reason}`);
  }
}

export function at(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : path === "" ? key : `${path}.${key}`;
}

export function readObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new ScenarioError(path, `expected an object, got ${describe(value)}`);
}

export function readArray(value: unknown, path: string): unknown[] {
  if (Array.isArray(value)) return value;
  throw new ScenarioError(path, `expected an array, got ${describe(value)}`);
}

export function readString(value: unknown, path: string, limits: { min?: number; max?: number } = {}): string {
  if (typeof value !== "string") throw new ScenarioError(path, `expected a string, got ${describe(value)}`);
  const { min = 1, max } = limits;
  if (value.length < min) throw new ScenarioError(path, `must have at least ${min} character${min === 1 ? "" : "s"}`);
  if (max !== undefined && value.length > max) throw new ScenarioError(path, `must have at most ${max} characters`);
  return value;
}

export function readOptionalString(
  value: unknown,
  path: string,
  limits?: { min?: number; max?: number },
): string | undefined {
  return value === undefined ? undefined : readString(value, path, limits);
}

/** A whole number of milliseconds, at least 0. */
export function readMillis(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || !Number.isSafeInteger(value)) {
    throw new ScenarioError(path, `expected a whole number of milliseconds, at least 0, got ${describe(value)}`);
  }
  return value;
}

export function readOffset(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new ScenarioError(path, `expected a character offset (a whole number, at least 0), got ${describe(value)}`);
  }
  return value;
}

export function readChoice<T extends string>(value: unknown, path: string, choices: readonly T[]): T {
  if (typeof value === "string" && (choices as readonly string[]).includes(value)) return value as T;
  throw new ScenarioError(path, `expected one of ${choices.join(", ")}, got ${describe(value)}`);
}

/** Refuses keys the format does not know, so that a typo is an error rather than silently ignored. */
export function onlyKeys(object: Record<string, unknown>, path: string, known: readonly string[]): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key))
      throw new ScenarioError(at(path, key), `unknown field; expected one of ${known.join(", ")}`);
  }
}
