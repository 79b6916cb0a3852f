// Bounds on a JSON body, checked on its text before it is parsed: how deep it nests, how many values it holds, how
// large it is. Parsing itself copes with any depth, but everything after it (decoders, validators, encoders of
// stored values) walks the value recursively, and a body nested a few thousand levels deep would overflow their
// stack; a body of millions of tiny values would hold the event loop for as long as it takes to walk them.

export interface JsonLimits {
  /** How deep arrays and objects may nest; 100 by default. */
  readonly maxDepth: number;
  /** How many array elements and object members the body may hold in all; 100 000 by default. */
  readonly maxValues: number;
  /** The body's size in UTF-8 bytes; 5 MiB by default. */
  readonly maxBytes: number;
}

export const DEFAULT_JSON_LIMITS: JsonLimits = { maxDepth: 100, maxValues: 100_000, maxBytes: 5 * 1024 * 1024 };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;

/** Where a string that opens at `start` (its quote) closes, or -1 when it does not. */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
    at = quote + 1;
  }
}

/**
 * What limit the body goes past, worded for the caller, or undefined when it stays within them. The text need not
 * be valid JSON (the parser says what is wrong with it). Values are counted as containers plus commas: for valid
 * JSON, within one per container of the number of array elements and object members.
 */
export function jsonLimitExceeded(text: string, limits: JsonLimits): string | undefined {
  // A UTF-8 byte per UTF-16 unit at least, three at most: the exact count only when it could matter.
  if (
    text.length > limits.maxBytes ||
    (text.length * 3 > limits.maxBytes && Buffer.byteLength(text) > limits.maxBytes)
  ) {
    return `the body is larger than ${limits.maxBytes} bytes`;
  }
  let depth = 0;
  let values = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) return undefined;
      i = end;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > limits.maxDepth) return `the body nests deeper than ${limits.maxDepth} levels`;
      values++;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
    } else if (c === COMMA) {
      values++;
    }
    if (values > limits.maxValues) return `the body holds more than ${limits.maxValues} values`;
  }
  return undefined;
}

export function resolveJsonLimits(given: Partial<JsonLimits> | undefined): JsonLimits {
  const limits = { ...DEFAULT_JSON_LIMITS, ...given };
  for (const name of ["maxDepth", "maxValues", "maxBytes"] as const) {
    const n = limits[name];
    if (!Number.isInteger(n) || n < 1)
      throw new RangeError(`the JSON limit ${name} must be a whole number of at least 1, got ${n}`);
  }
  return limits;
}
