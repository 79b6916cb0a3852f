// What a value looks like after a trip over the wire, and how a decoding failure is caught for inspection.
import { expect } from "vitest";
import { DecodeError, type PathSegment } from "../../src/index.js";

/** The value as a peer would receive it: serialized to JSON text and parsed back. */
export function overTheWire<T = unknown>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Runs `decode` and returns the DecodeError it throws, failing the test if it returns or throws anything else. */
export function decodeErrorOf(decode: () => unknown): DecodeError {
  let caught: unknown;
  try {
    decode();
  } catch (error) {
    caught = error;
  }
  if (caught === undefined) expect.fail(`expected a DecodeError, but decoding succeeded`);
  expect(caught).toBeInstanceOf(DecodeError);
  return caught as DecodeError;
}

/** Asserts a DecodeError names exactly `path`, both as data and at the start of its message. */
export function expectErrorAt(error: DecodeError, path: readonly PathSegment[]): void {
  expect(error.path).toEqual(path);
  expect(error.message.startsWith(`${renderPath(path)}: `)).toBe(true);
}

/** `Segments[3].Transcript.Time`, written independently of the runtime's formatPath. */
export function renderPath(path: readonly PathSegment[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
