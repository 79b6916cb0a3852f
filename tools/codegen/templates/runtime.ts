// Helpers that generated codecs call. This file is copied verbatim into every generated package, so that the
// generated code depends on nothing but itself.

/** A path into a wire document, such as `Segments[3].Transcript.Time.AbsoluteTime`. */
export type PathSegment = string | number;

/** Renders path segments as `A.B[3].C`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}

/** A wire value that does not fit the shape it is meant to have. */
export class DecodeError extends Error {
  override readonly name = "DecodeError";
  /** Where in the document the bad value is, outermost first. */
  readonly path: PathSegment[];
  /** What is wrong with the value, without the path. */
  readonly reason: string;

  constructor(reason: string, path: PathSegment[] = []) {
    super(reason);
    this.reason = reason;
    this.path = path;
    this.message = this.#render();
  }

  /** Prepends an outer segment as the error travels up through the decoders. */
  within(segment: PathSegment): this {
    this.path.unshift(segment);
    this.message = this.#render();
    return this;
  }

  #render(): string {
    return this.path.length === 0 ? this.reason : `${formatPath(this.path)}: ${this.reason}`;
  }
}

/** Adds a path segment to a decoding error on its way out; anything else passes unchanged. */
export function atPath(error: unknown, segment: PathSegment): unknown {
  return error instanceof DecodeError ? error.within(segment) : error;
}

/** How a decoder treats what the model does not know: tolerant for clients, strict for servers. */
export type DecodeMode = "client" | "server";

/** One constraint that a value breaks, as a server reports it. */
export interface ConstraintViolation {
  kind: ConstraintKind;
  /** Where the value is, such as `SegmentTypes[2]`. */
  path: string;
  /** The constraint, such as `Member must have length less than or equal to 256`. */
  constraint: string;
  /** The bounds of a length or range constraint, as the model gives them. */
  min?: number;
  max?: number;
  /** The length of the value, for a length constraint. */
  length?: number;
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return value.length > 40 ? `a string ("${value.slice(0, 37)}...")` : `a string (${JSON.stringify(value)})`;
    case "number":
      return `a number (${value})`;
    case "boolean":
      return `a boolean (${value})`;
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

function mismatch(expected: string, value: unknown): DecodeError {
  return new DecodeError(`expected ${expected}, got ${describe(value)}`);
}

export function expectObject(value: unknown): Record<string, unknown> {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  throw mismatch("an object", value);
}

export function expectArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  throw mismatch("an array", value);
}

export function expectString(value: unknown): string {
  if (typeof value === "string") return value;
  throw mismatch("a string", value);
}

export function expectBoolean(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  throw mismatch("a boolean", value);
}

const INTEGER_BOUNDS = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
} as const;

/** A whole number that fits the Smithy integer type. */
export function expectInteger(value: unknown, type: keyof typeof INTEGER_BOUNDS): number {
  if (typeof value !== "number" || !Number.isInteger(value)) throw mismatch(`an integer (${type})`, value);
  const [min, max] = INTEGER_BOUNDS[type];
  if (value < min || value > max) throw new DecodeError(`${value} does not fit a ${type} (${min}..${max})`);
  return value;
}

/** A float or double: a JSON number, or one of the strings restJson1 uses for NaN and the infinities. */
export function expectFloat(value: unknown): number {
  if (typeof value === "number") return value;
  if (value === "NaN") return Number.NaN;
  if (value === "Infinity") return Number.POSITIVE_INFINITY;
  if (value === "-Infinity") return Number.NEGATIVE_INFINITY;
  throw mismatch("a number", value);
}

/** A bigInteger or bigDecimal. Values travel as JSON numbers, so they keep a double's precision. */
export function expectBigNumber(value: unknown): number {
  if (typeof value === "number") return value;
  throw mismatch("a number", value);
}

/** Encodes a float or double, spelling the values JSON has no number for as restJson1 does. */
export function encodeFloat(value: number): number | string {
  if (Number.isFinite(value)) return value;
  if (Number.isNaN(value)) return "NaN";
  return value > 0 ? "Infinity" : "-Infinity";
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * Milliseconds since the epoch of a proleptic Gregorian date and time in UTC, in integer arithmetic: no Date is
 * built (this runs once per timestamp on the hot path), and years 0..99 stay as written, unlike with Date.UTC.
 */
function utcTime(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number) {
  // Count years from March, so that a leap day falls at the end of its year; eras of 400 years repeat exactly.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const days = era * 146097 + dayOfEra - 719468;
  return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + ms;
}

/** The number that the ASCII digits of `text[start..end)` write, or -1 when one of them is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const [DASH, COLON, DOT, PLUS, MINUS] = [45, 58, 46, 43, 45];
const isT = (c: number) => c === 84 || c === 116;
const isZ = (c: number) => c === 90 || c === 122;

function notDateTime(value: string): DecodeError {
  return new DecodeError(`expected an RFC 3339 date-time string, got ${describe(value)}`);
}

// The instants that RFC 3339 can write in UTC: years 0000 to 9999.
const FIRST_INSTANT = utcTime(0, 1, 1, 0, 0, 0, 0);
const LAST_INSTANT = utcTime(9999, 12, 31, 23, 59, 59, 999);

/**
 * Parses an RFC 3339 date-time string (`YYYY-MM-DDTHH:MM:SS`, an optional fraction, then `Z` or `±HH:MM`) into a
 * Date in UTC: offsets are folded in, fractions truncated to the millisecond. A server (mode "server") takes UTC
 * only (`Z`), as restJson1 servers must. A scanner over fixed positions rather than a regular expression, since it
 * runs for every timestamp of every page.
 */
export function parseDateTime(value: unknown, mode: DecodeMode = "client"): Date {
  if (typeof value !== "string") throw mismatch("an RFC 3339 date-time string", value);
  if (value.length < 20) throw notDateTime(value);
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  const hour = digitsAt(value, 11, 13);
  const minute = digitsAt(value, 14, 16);
  const second = digitsAt(value, 17, 19);
  const separatorsOk =
    value.charCodeAt(4) === DASH &&
    value.charCodeAt(7) === DASH &&
    isT(value.charCodeAt(10)) &&
    value.charCodeAt(13) === COLON &&
    value.charCodeAt(16) === COLON;
  if (!separatorsOk || year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
    throw notDateTime(value);
  }
  let i = 19;
  let millis = 0;
  if (value.charCodeAt(i) === DOT) {
    const start = ++i;
    while (i < value.length && digitsAt(value, i, i + 1) >= 0) i++;
    if (i === start) throw notDateTime(value);
    const kept = Math.min(i, start + 3);
    millis = digitsAt(value, start, kept) * 10 ** (3 - (kept - start));
  }
  let offsetMinutes = 0;
  const zone = value.charCodeAt(i);
  if (isZ(zone) && i + 1 === value.length) {
    offsetMinutes = 0;
  } else if (
    mode === "client" &&
    (zone === PLUS || zone === MINUS) &&
    i + 6 === value.length &&
    value.charCodeAt(i + 3) === COLON
  ) {
    const hours = digitsAt(value, i + 1, i + 3);
    const minutes = digitsAt(value, i + 4, i + 6);
    if (hours < 0 || minutes < 0) throw notDateTime(value);
    if (hours > 23 || minutes > 59) throw outOfRange(value);
    offsetMinutes = (zone === MINUS ? -1 : 1) * (hours * 60 + minutes);
  } else {
    throw notDateTime(value);
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) {
    throw outOfRange(value);
  }
  const instant = utcTime(year, month, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  if (instant < FIRST_INSTANT || instant > LAST_INSTANT) {
    throw new DecodeError(`${describe(value)} is outside the years 0000 to 9999 that RFC 3339 can write in UTC`);
  }
  return new Date(instant);
}

function outOfRange(value: string): DecodeError {
  return new DecodeError(`${describe(value)} is not a valid RFC 3339 date-time: a field is out of range`);
}

/** Formats a Date as an RFC 3339 date-time in UTC, with milliseconds unless they are zero (as AWS's SDKs write it). */
export function formatDateTime(value: Date): string {
  const time = value.getTime();
  if (!(time >= FIRST_INSTANT && time <= LAST_INSTANT)) {
    throw new RangeError(`${value} cannot be written as an RFC 3339 date-time: only years 0000 to 9999 can`);
  }
  const text = value.toISOString();
  return time % 1000 === 0 ? `${text.slice(0, -5)}Z` : text;
}

/** Parses epoch seconds (a JSON number, fractions allowed) into a Date, to the millisecond. */
export function parseEpochSeconds(value: unknown): Date {
  if (typeof value !== "number" || !Number.isFinite(value)) throw mismatch("epoch seconds as a number", value);
  return new Date(Math.round(value * 1000));
}

export function formatEpochSeconds(value: Date): number {
  return value.getTime() / 1000;
}

const HTTP_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Parses an IMF-fixdate (RFC 7231 HTTP-date), such as `Tue, 29 Apr 2014 18:30:38 GMT`. */
export function parseHttpDate(value: unknown): Date {
  if (typeof value !== "string") throw mismatch("an HTTP-date string", value);
  const m = HTTP_DATE.exec(value);
  if (!m) throw new DecodeError(`expected an HTTP-date string (IMF-fixdate), got ${describe(value)}`);
  const day = Number(m[2]);
  const month = MONTHS.indexOf(m[3]!) + 1;
  const year = Number(m[4]);
  const hour = Number(m[5]);
  const minute = Number(m[6]);
  const second = Number(m[7]);
  if (day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) {
    throw new DecodeError(`${describe(value)} is not a valid HTTP-date: a field is out of range`);
  }
  return new Date(utcTime(year, month, day, hour, minute, second, 0));
}

export function formatHttpDate(value: Date): string {
  return value.toUTCString();
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes a base64 blob. */
export function parseBase64(value: unknown): Uint8Array {
  if (typeof value !== "string") throw mismatch("a base64 string", value);
  if (!BASE64.test(value)) throw new DecodeError(`expected a base64 string, got ${describe(value)}`);
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function formatBase64(value: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < value.length; i++) binary += String.fromCharCode(value[i]!);
  return btoa(binary);
}

const utf8 = /*#__PURE__*/ new TextDecoder("utf-8", { fatal: true });

/** Text from UTF-8 bytes; bytes that are not UTF-8 are a DecodeError. */
export function utf8Text(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new DecodeError("expected UTF-8 text, got bytes that are not UTF-8");
  }
}

/** A string with a `@mediaType` as a header carries it: its UTF-8 bytes in base64. */
export function formatBase64Text(value: string): string {
  return formatBase64(new TextEncoder().encode(value));
}

export function parseBase64Text(value: string): string {
  return utf8Text(parseBase64(value));
}

/** A document: any JSON value, passed through as it is. */
export type DocumentType = null | boolean | number | string | DocumentType[] | { [key: string]: DocumentType };

/** The length Smithy's @length counts for a string: Unicode code points, not UTF-16 units. */
export function codePointLength(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Sets a key of a map. A plain assignment to `__proto__` would change the object's prototype instead of adding an
 * entry, losing the entry; this keeps it as data.
 */
export function setEntry<T>(map: Record<string, T>, key: string, value: T): void {
  if (key === "__proto__")
    Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
  else map[key] = value;
}

/**
 * The one member that a union's wire object sets. A `__type` key and null members do not count (restJson1 clients
 * ignore them); none set, or several, is a DecodeError.
 */
export function unionMember(o: Record<string, unknown>, union: string): string {
  let key: string | undefined;
  for (const k in o) {
    if (k === "__type" || o[k] === null || o[k] === undefined) continue;
    if (key !== undefined)
      throw new DecodeError(`a ${union} union must have exactly one member set, found ${key} and ${k}`);
    key = k;
  }
  if (key === undefined) throw new DecodeError(`a ${union} union must have exactly one member set, found none`);
  return key;
}

/** A union member the model does not know: a client keeps it as the unknown variant, a server refuses it. */
export function unknownMember(
  key: string,
  value: unknown,
  mode: DecodeMode,
  union: string,
): { $unknown: [string, unknown] } {
  if (mode === "server") throw new DecodeError(`${key} is not a member of the ${union} union`);
  return { $unknown: [key, value] };
}

/** Decodes a list that is not @sparse with its generated item decoder: a client skips nulls, a server refuses them. */
export function decodeList<T>(value: unknown, mode: DecodeMode, decodeItem: (v: unknown, mode: DecodeMode) => T): T[] {
  const a = expectArray(value);
  const out: T[] = [];
  let i = 0;
  try {
    for (; i < a.length; i++) {
      const v = a[i];
      if (v === null || v === undefined) {
        if (mode === "server") throw new DecodeError("null is not allowed in a list that is not @sparse");
        continue;
      }
      out.push(decodeItem(v, mode));
    }
  } catch (error) {
    throw atPath(error, i);
  }
  return out;
}

/** Decodes a map that is not @sparse with its generated value decoder: a client skips nulls, a server refuses them. */
export function decodeMap<T>(
  value: unknown,
  mode: DecodeMode,
  decodeValue: (v: unknown, mode: DecodeMode) => T,
): Record<string, T> {
  const o = expectObject(value);
  const out: Record<string, T> = {};
  let at = "";
  try {
    for (const k in o) {
      at = k;
      const v = o[k];
      if (v === null || v === undefined) {
        if (mode === "server") throw new DecodeError("null is not allowed in a map that is not @sparse");
        continue;
      }
      setEntry(out, k, decodeValue(v, mode));
    }
  } catch (error) {
    throw atPath(error, at);
  }
  return out;
}

/** What kind of constraint a violation breaks. */
export type ConstraintKind = "required" | "length" | "range" | "enum" | "pattern" | "uniqueItems";

/** Joins a path and a member name or list index, as `A.B` or `A[3]`. */
export function joinPath(path: string, segment: PathSegment): string {
  if (typeof segment === "number") return `${path}[${segment}]`;
  if (segment === "") return path;
  return path === "" ? segment : `${path}.${segment}`;
}

export function checkRequired(value: unknown, out: ConstraintViolation[], path: string, segment: PathSegment): void {
  if (value === undefined || value === null) {
    out.push({ kind: "required", path: joinPath(path, segment), constraint: "Member must not be null" });
  }
}

export function checkLength(
  length: number,
  min: number | undefined,
  max: number | undefined,
  out: ConstraintViolation[],
  path: string,
  segment: PathSegment,
): void {
  if (min !== undefined && length < min) {
    out.push({
      kind: "length",
      path: joinPath(path, segment),
      constraint: `Member must have length greater than or equal to ${min}`,
      ...bounds(min, max),
      length,
    });
  }
  if (max !== undefined && length > max) {
    out.push({
      kind: "length",
      path: joinPath(path, segment),
      constraint: `Member must have length less than or equal to ${max}`,
      ...bounds(min, max),
      length,
    });
  }
}

export function checkRange(
  value: number,
  min: number | undefined,
  max: number | undefined,
  out: ConstraintViolation[],
  path: string,
  segment: PathSegment,
): void {
  if (min !== undefined && !(value >= min)) {
    out.push({
      kind: "range",
      path: joinPath(path, segment),
      constraint: `Member must have value greater than or equal to ${min}`,
      ...bounds(min, max),
    });
  }
  if (max !== undefined && !(value <= max)) {
    out.push({
      kind: "range",
      path: joinPath(path, segment),
      constraint: `Member must have value less than or equal to ${max}`,
      ...bounds(min, max),
    });
  }
}

/** `listed`: the values the message names, when some allowed ones are `@internal` and not to be shown. */
export function checkEnum(
  value: unknown,
  allowed: ReadonlySet<unknown>,
  out: ConstraintViolation[],
  path: string,
  segment: PathSegment,
  listed: Iterable<unknown> = allowed,
): void {
  if (!allowed.has(value)) {
    out.push({
      kind: "enum",
      path: joinPath(path, segment),
      constraint: `Member must satisfy enum value set: [${[...listed].join(", ")}]`,
    });
  }
}

export function checkPattern(
  value: string,
  pattern: RegExp,
  out: ConstraintViolation[],
  path: string,
  segment: PathSegment,
): void {
  if (!pattern.test(value)) {
    out.push({
      kind: "pattern",
      path: joinPath(path, segment),
      constraint: `Member must satisfy regular expression pattern: ${pattern.source}`,
    });
  }
}

function bounds(min: number | undefined, max: number | undefined): { min?: number; max?: number } {
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/** Adds a violation when a list holds the same value twice (`@uniqueItems`). */
export function checkUniqueItems(
  values: readonly unknown[],
  out: ConstraintViolation[],
  path: string,
  segment: PathSegment,
): void {
  const seen = new Set<string>();
  for (const value of values) {
    const key = canonicalKey(value);
    if (seen.has(key)) {
      out.push({ kind: "uniqueItems", path: joinPath(path, segment), constraint: "Member must have unique values" });
      return;
    }
    seen.add(key);
  }
}

/** A string that two values share exactly when they are equal as Smithy compares list items. */
function canonicalKey(value: unknown): string {
  if (value instanceof Date) return `t${value.getTime()}`;
  if (value instanceof Uint8Array) return `b${Array.from(value).join(",")}`;
  if (Array.isArray(value)) return `[${value.map(canonicalKey).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalKey(v)}`).join(",")}}`;
  }
  return `${typeof value}:${String(value)}`;
}

/** Renders violations as one message, in the words AWS services use for them. */
export function formatViolations(violations: readonly ConstraintViolation[]): string {
  const count = violations.length;
  const details = violations.map((v) => `Value at '${v.path}' failed to satisfy constraint: ${v.constraint}`);
  return `${count} validation error${count === 1 ? "" : "s"} detected: ${details.join("; ")}`;
}

/** A field of Smithy's framework ValidationException: where the bad value is (a JSON pointer) and what is wrong. */
export interface ValidationExceptionField {
  path: string;
  message: string;
}

/**
 * The members of Smithy's framework ValidationException (`smithy.framework#ValidationException`) for violations,
 * in the words of Smithy's validation framework: each field at its JSON pointer, and a message that lists them.
 */
export function validationExceptionMembers(violations: readonly ConstraintViolation[]): {
  message: string;
  fieldList: ValidationExceptionField[];
} {
  const fieldList = violations.map((v) => {
    const path = jsonPointer(v.path);
    const value = v.length === undefined ? "Value" : `Value with length ${v.length}`;
    return { path, message: `${value} at '${path}' failed to satisfy constraint: ${frameworkConstraint(v)}` };
  });
  const count = violations.length;
  const details = fieldList.map((f) => f.message).join("; ");
  return { message: `${count} validation error${count === 1 ? "" : "s"} detected. ${details}`, fieldList };
}

function frameworkConstraint(v: ConstraintViolation): string {
  if (v.kind !== "length" && v.kind !== "range") return v.constraint;
  const must = v.kind === "length" ? "Member must have length" : "Member must be";
  if (v.min !== undefined && v.max !== undefined) return `${must} between ${v.min} and ${v.max}, inclusive`;
  if (v.min !== undefined) return `${must} greater than or equal to ${v.min}`;
  return `${must} less than or equal to ${v.max}`;
}

/** `A.B[3]` as the JSON pointer `/A/B/3`. */
function jsonPointer(path: string): string {
  if (path === "") return "/";
  const segments = path.replace(/\[(\d+)\]/g, ".$1").split(".");
  return segments.map((s) => `/${s.replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** An HTTP request as the restJson1 bindings read and write it. Header names are lower case. */
export interface HttpRequestParts {
  method: string;
  /** The path, percent-encoded, without the query string. */
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: HttpBody;
  /** A body that travels as it comes (a `@streaming` blob given as chunks), in place of `body`. */
  stream?: AsyncIterable<Uint8Array>;
  /** What `@endpoint` puts before the endpoint's host name, such as `foo.bar.`. */
  hostPrefix?: string;
}

/** An HTTP response as the restJson1 bindings read and write it. Header names are lower case. */
export interface HttpResponseParts {
  statusCode: number;
  headers: Record<string, string>;
  body: HttpBody;
  /** A body that travels as it comes (a `@streaming` blob given as chunks), in place of `body`. */
  stream?: AsyncIterable<Uint8Array>;
}

/**
 * A fresh UUID version 4 (RFC 9562), for `@idempotencyToken` members the caller left out: the service then tells a
 * retried request from a new one.
 */
export function idempotencyToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Refuses a path label that is missing or empty: the request could not be addressed. */
export function requireLabel(value: unknown, member: string): void {
  if (value === undefined || value === null || String(value) === "") {
    throw new TypeError(`${member} must be set and not empty: it is part of the path`);
  }
}

const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** A `@hostLabel` value as it goes into the host name: it must be a valid host name label (RFC 1123). */
export function hostLabel(value: unknown, member: string): string {
  const text = String(value ?? "");
  if (!HOST_LABEL.test(text)) {
    throw new TypeError(
      `${member} must be a host name label (letters, digits and inner hyphens): it is part of the host`,
    );
  }
  return text;
}

/** The Content-MD5 header of a body (`@httpChecksumRequired`): the base64 MD5 digest of its bytes. */
export function contentMd5(body: string | Uint8Array): string {
  return formatBase64(md5(typeof body === "string" ? new TextEncoder().encode(body) : body));
}

// RFC 1321: per-round shift amounts, and the sine-derived constants.
const MD5_SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = /*#__PURE__*/ Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

function md5(bytes: Uint8Array): Uint8Array {
  const padded = new Uint8Array((((bytes.length + 8) >> 6) + 1) << 6);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, (bytes.length * 8) >>> 0, true);
  view.setUint32(padded.length - 4, Math.floor(bytes.length / 0x20000000), true);
  let [a0, b0, c0, d0] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let chunk = 0; chunk < padded.length; chunk += 64) {
    let [a, b, c, d] = [a0, b0, c0, d0];
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      const f = [(b & c) | (~b & d), (d & b) | (~d & c), b ^ c ^ d, c ^ (b | ~d)][round]!;
      const g = [i, (5 * i + 1) % 16, (3 * i + 5) % 16, (7 * i) % 16][round]!;
      const shift = MD5_SHIFTS[round * 4 + (i % 4)]!;
      const sum = (a + f + MD5_K[i]! + view.getUint32(chunk + g * 4, true)) | 0;
      [a, d, c] = [d, c, b];
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
    }
    [a0, b0, c0, d0] = [(a0 + a) | 0, (b0 + b) | 0, (c0 + c) | 0, (d0 + d) | 0];
  }
  const out = new Uint8Array(16);
  const outView = new DataView(out.buffer);
  for (const [i, word] of [a0, b0, c0, d0].entries()) outView.setUint32(i * 4, word >>> 0, true);
  return out;
}

/** Percent-encodes a path label: everything but RFC 3986's unreserved characters (and `/` in a greedy label). */
export function encodeLabel(value: string, greedy: boolean): string {
  const encoded = encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return greedy ? encoded.replaceAll("%2F", "/") : encoded;
}

/**
 * SigV4's canonical URI of a path (every service but S3): empty and `.` segments dropped, `..` applied, then
 * percent-encoded once more, slashes kept. Shared by signers and by servers that check signatures.
 */
export function sigV4CanonicalPath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  const trailing = segments.length > 0 && path.endsWith("/") ? "/" : "";
  return encodeLabel(`${path.startsWith("/") ? "/" : ""}${segments.join("/")}${trailing}`, true);
}

/**
 * SigV4's canonical query string: `name=value` pairs, percent-encoded, sorted by name and a repeated name's values
 * sorted too; X-Amz-Signature is left out, and so is a name without a value.
 */
export function sigV4CanonicalQuery(
  query: Readonly<Record<string, string | readonly (string | null)[] | null | undefined>>,
): string {
  const pairs = new Map<string, string>();
  for (const name of Object.keys(query)) {
    if (name.toLowerCase() === "x-amz-signature") continue;
    const key = encodeLabel(name, false);
    const value = query[name];
    if (typeof value === "string") pairs.set(key, `${key}=${encodeLabel(value, false)}`);
    else if (Array.isArray(value)) {
      pairs.set(
        key,
        value
          .map((v) => `${key}=${encodeLabel(String(v), false)}`)
          .sort()
          .join("&"),
      );
    }
  }
  return [...pairs.keys()]
    .sort()
    .map((key) => pairs.get(key))
    .filter((pair) => pair)
    .join("&");
}

/** Decodes a percent-encoded path label. */
export function decodeLabel(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new DecodeError(`"${value}" is not validly percent-encoded`);
  }
}

export function textToInteger(text: string, type: keyof typeof INTEGER_BOUNDS): number {
  if (!/^-?\d+$/.test(text)) throw new DecodeError(`expected an integer (${type}), got "${text}"`);
  return expectInteger(Number(text), type);
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A decimal number (or NaN and the infinities, as restJson1 spells them); hex, octal and blanks are refused. */
export function textToFloat(text: string): number {
  if (text === "NaN" || text === "Infinity" || text === "-Infinity") return expectFloat(text);
  if (!DECIMAL.test(text)) throw new DecodeError(`expected a number, got "${text}"`);
  return Number(text);
}

export function textToBoolean(text: string): boolean {
  if (text === "true") return true;
  if (text === "false") return false;
  throw new DecodeError(`expected true or false, got "${text}"`);
}

/** Splits a header holding a list: comma-separated, with double-quoted items that may contain commas. */
export function splitHeaderList(text: string): string[] {
  const items: string[] = [];
  const pattern = /\s*(?:"((?:[^"\\]|\\.)*)"|([^,]*?))\s*(?:,|$)/gy;
  while (pattern.lastIndex < text.length) {
    const match = pattern.exec(text);
    if (match === null) break;
    items.push(match[1] !== undefined ? match[1].replace(/\\(.)/g, "$1") : match[2]!);
  }
  return items;
}

/**
 * Splits a header holding a list of HTTP-dates. Each date has a comma of its own (`Mon, 16 Dec 2019 ...`), so
 * unquoted items are the comma-separated parts taken two by two.
 */
export function splitHttpDateList(text: string): string[] {
  if (text.includes('"')) return splitHeaderList(text);
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length === 1 && parts[0] === "") return [];
  if (parts.length % 2 !== 0) throw new DecodeError(`expected a list of HTTP-dates, got "${text}"`);
  const items: string[] = [];
  for (let i = 0; i < parts.length; i += 2) items.push(`${parts[i]}, ${parts[i + 1]}`);
  return items;
}

/** Joins a list for a header, quoting items that hold a comma or a double quote. */
export function joinHeaderList(items: readonly string[]): string {
  return items.map((i) => (/[",]/.test(i) ? `"${i.replace(/["\\]/g, "\\$&")}"` : i)).join(", ");
}

/** The values of a query parameter, however many times it came. */
export function queryValues(query: Record<string, string | string[]>, key: string): string[] | undefined {
  const value = query[key];
  return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}

/** The body of an HTTP message: text, bytes, or none. */
export type HttpBody = string | Uint8Array | undefined;

export function isEmptyBody(body: HttpBody): boolean {
  return body === undefined || body.length === 0;
}

/** A blob payload: the body's bytes. */
export function payloadBytes(body: HttpBody): Uint8Array {
  if (body === undefined) return new Uint8Array(0);
  return typeof body === "string" ? new TextEncoder().encode(body) : body;
}

/** A string payload: the body as UTF-8 text. */
export function payloadText(body: HttpBody): string {
  if (body === undefined) return "";
  return typeof body === "string" ? body : utf8Text(body);
}

/** Parses a JSON body; an empty body reads as an empty object. (Servers hand over a JSON body already as text.) */
export function parseJsonBody(body: HttpBody): unknown {
  const text = typeof body === "string" ? body : new TextDecoder().decode(body);
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DecodeError(`the body is not valid JSON: ${(error as Error).message}`);
  }
}

/** Whether a body is empty or an empty JSON object: how an unset structure payload travels. */
export function isEmptyJsonObject(body: HttpBody): boolean {
  if (isEmptyBody(body)) return true;
  const value = parseJsonBody(body);
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** One route of a service: an operation's method and URI pattern, compiled. */
export interface Route {
  operation: string;
  method: string;
  /** Matches the whole path; one capture group per label, in `labels` order. */
  pattern: RegExp;
  labels: readonly string[];
  /** Literal query parameters the URI pattern demands (`/things?kind=x`). */
  requiredQuery?: Readonly<Record<string, string>>;
}

export interface RouteMatch {
  operation: string;
  /** Label values, percent-decoded. */
  labels: Record<string, string>;
}

/** The operation a request is for, or undefined when no route fits. */
export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
  query: Record<string, string | string[]> = {},
): RouteMatch | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const m = route.pattern.exec(path);
    if (!m) continue;
    if (
      route.requiredQuery &&
      !Object.entries(route.requiredQuery).every(([k, v]) => queryValues(query, k)?.includes(v))
    ) {
      continue;
    }
    const labels: Record<string, string> = {};
    route.labels.forEach((name, i) => {
      labels[name] = decodeLabel(m[i + 1]!);
    });
    return { operation: route.operation, labels };
  }
  return undefined;
}

/** The header types of `application/vnd.amazon.eventstream`, with the values they carry. */
export interface EventHeaderTypes {
  boolean: boolean;
  byte: number;
  short: number;
  integer: number;
  long: number;
  binary: Uint8Array;
  string: string;
  uuid: string;
  timestamp: Date;
}

/** The value of one header of an event-stream message, with its type. */
export type EventHeaderValue = {
  [T in keyof EventHeaderTypes]: { type: T; value: EventHeaderTypes[T] };
}[keyof EventHeaderTypes];

/** One message of an event stream, before framing (the runtimes frame it and check its checksums). */
export interface EventMessage {
  headers: Record<string, EventHeaderValue>;
  body: Uint8Array;
}

/**
 * How the events of a `@streaming` union travel as messages: `read` turns a message of `:message-type` event into
 * the union member `:event-type` names (one the model does not know becomes `$unknown`, with the message as its
 * value), `write` turns a member into a message (an error member into an exception message), and `errors` maps the
 * union's error members to the names their errors travel under.
 */
export interface EventStreamBinding<Event> {
  readonly union: string;
  readonly errors: Readonly<Record<string, string>>;
  read(message: EventMessage, eventType: string, mode: DecodeMode): Event;
  write(event: Event): EventMessage;
}

/** A header of an event message, checked to be of the type the member's shape travels as; undefined when absent. */
export function eventHeader<T extends keyof EventHeaderTypes>(
  message: EventMessage,
  name: string,
  type: T,
): EventHeaderTypes[T] | undefined {
  const header = message.headers[name];
  if (header === undefined) return undefined;
  if (header.type !== type) {
    throw new DecodeError(`the event header ${name} must be of type ${type}, got one of type ${header.type}`);
  }
  return header.value as EventHeaderTypes[T];
}

/** An event message of `:message-type` event: the member's name as `:event-type`, its headers and its payload. */
export function eventMessage(
  eventType: string,
  headers: Record<string, EventHeaderValue>,
  body: Uint8Array | undefined,
  contentType: string,
): EventMessage {
  const all: Record<string, EventHeaderValue> = {
    ":message-type": { type: "string", value: "event" },
    ":event-type": { type: "string", value: eventType },
  };
  if (body !== undefined) all[":content-type"] = { type: "string", value: contentType };
  return { headers: Object.assign(all, headers), body: body ?? new Uint8Array(0) };
}

/** An exception message: a modelled error sent in the stream, named by its union member. */
export function exceptionMessage(exceptionType: string, members: Record<string, unknown>): EventMessage {
  return {
    headers: {
      ":message-type": { type: "string", value: "exception" },
      ":exception-type": { type: "string", value: exceptionType },
      ":content-type": { type: "string", value: "application/json" },
    },
    body: jsonBytes(members),
  };
}

/** A decoded message as the generated bindings read it: a 64-bit integer header (a codec's Int64) as a number. */
export function eventMessageOf(message: {
  headers: Readonly<Record<string, { type: string; value: unknown }>>;
  body: Uint8Array;
}): EventMessage {
  const headers: Record<string, EventHeaderValue> = {};
  for (const [name, header] of Object.entries(message.headers)) {
    headers[name] =
      header.type === "long"
        ? { type: "long", value: Number((header.value as { valueOf(): number }).valueOf()) }
        : (header as EventHeaderValue);
  }
  return { headers, body: message.body };
}

/** A header as an event-stream codec takes it: a long as the codec's own 64-bit integer. */
export type CodecHeaderValue<Long> = Exclude<EventHeaderValue, { type: "long" }> | { type: "long"; value: Long };

/**
 * A message as an event-stream codec writes it, the way back from eventMessageOf: a long header becomes the codec's
 * 64-bit integer, made by `long` (the runtimes pass the codec's own, so this module needs no codec).
 */
export function codecMessageOf<Long>(
  message: EventMessage,
  long: (value: number) => Long,
): { headers: Record<string, CodecHeaderValue<Long>>; body: Uint8Array } {
  const headers: Record<string, CodecHeaderValue<Long>> = {};
  for (const [name, header] of Object.entries(message.headers)) {
    headers[name] = header.type === "long" ? { type: "long", value: long(header.value) } : header;
  }
  return { headers, body: message.body };
}

/** What an event-stream message is, by its `:message-type`: an event, a modelled exception, or an error. */
export type EventMessageKind =
  | { kind: "event"; eventType: string }
  | { kind: "exception"; exceptionType: string }
  | { kind: "error"; code: string; message: string | undefined };

/**
 * The kind of a message from its headers, as clients and servers read them alike; a DecodeError saying what is
 * missing when the message is malformed (no string `:message-type`, an event without `:event-type`...).
 */
export function eventMessageKind(
  headers: Readonly<Record<string, { type: string; value: unknown }>>,
): EventMessageKind {
  const text = (name: string) => {
    const header = headers[name];
    return header?.type === "string" ? (header.value as string) : undefined;
  };
  const messageType = text(":message-type");
  if (messageType === "event") {
    const eventType = text(":event-type");
    if (eventType === undefined) throw new DecodeError("an event message must name its :event-type");
    return { kind: "event", eventType };
  }
  if (messageType === "exception") {
    const exceptionType = text(":exception-type");
    if (exceptionType === undefined) throw new DecodeError("an exception message must name its :exception-type");
    return { kind: "exception", exceptionType };
  }
  if (messageType === "error") {
    return { kind: "error", code: text(":error-code") ?? "UnknownError", message: text(":error-message") };
  }
  throw new DecodeError(
    messageType === undefined
      ? "a message must say its :message-type as a string"
      : `:message-type ${messageType} is none of event, exception and error`,
  );
}

/**
 * A message longer than this is not read: the format allows 16 MiB of payload, plus headers and prelude (128 KiB).
 * Written out, as bundlers keep an unused constant made by arithmetic.
 */
const MAX_EVENT_MESSAGE_BYTES = 17_432_576;
const EVENT_PRELUDE_BYTES = 12;
const MIN_EVENT_MESSAGE_BYTES = 16;

/**
 * Cuts the bytes of an event stream into whole messages as its chunks arrive, however the chunks split them: each
 * message's length is in its first four bytes. A length no message can have throws a DecodeError.
 */
export class EventMessageSplitter {
  // Not a #private field: bundlers that lower those add module-level code that no tree shaking can drop.
  private buffered: Uint8Array = new Uint8Array(0);

  /** Adds the next chunk of the stream. */
  push(chunk: Uint8Array): void {
    const buffered = this.buffered;
    if (buffered.byteLength === 0) {
      this.buffered = chunk;
      return;
    }
    const joined = new Uint8Array(buffered.byteLength + chunk.byteLength);
    joined.set(buffered, 0);
    joined.set(chunk, buffered.byteLength);
    this.buffered = joined;
  }

  /** The bytes of the next whole message (checksums still to check), or undefined until more has arrived. */
  next(): Uint8Array | undefined {
    const buffered = this.buffered;
    if (buffered.byteLength < EVENT_PRELUDE_BYTES) return undefined;
    const length = new DataView(buffered.buffer, buffered.byteOffset, 4).getUint32(0, false);
    if (length < MIN_EVENT_MESSAGE_BYTES || length > MAX_EVENT_MESSAGE_BYTES) {
      throw new DecodeError(`a message cannot be ${length} bytes long`);
    }
    if (buffered.byteLength < length) return undefined;
    this.buffered = buffered.subarray(length);
    return buffered.subarray(0, length);
  }

  /** The bytes of a message begun but not ended: at the end of the stream, more than none is a message cut short. */
  get pending(): number {
    return this.buffered.byteLength;
  }
}

/** A JSON value as UTF-8 bytes: the payload of an event or exception message. */
export function jsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

/** Text as UTF-8 bytes: a string payload of an event message. */
export function textBytes(value: string): Uint8Array {
  return new TextEncoder().encode(value);
}

/**
 * A `@streaming` blob as a sender gives it: bytes, text (sent as UTF-8), a Blob, or chunks as they come (a Node
 * Readable and a web ReadableStream are async iterables of chunks).
 */
export type StreamingBlobInput = Uint8Array | string | Blob | AsyncIterable<Uint8Array>;

/**
 * A `@streaming` blob as it is received: its chunks as they arrive, not buffered. It is read once, by one of its
 * ways (iterating it, or a transform); a second read throws a TypeError.
 */
export interface StreamingBlobPayload extends AsyncIterable<Uint8Array> {
  /** Every byte, once the stream has ended. */
  transformToByteArray(): Promise<Uint8Array>;
  /** The whole stream as text: UTF-8 by default, or any label TextDecoder knows, or `base64`. */
  transformToString(encoding?: string): Promise<string>;
  /** The chunks as a web ReadableStream; cancelling it stops the stream. */
  transformToWebStream(): ReadableStream<Uint8Array>;
}

/** A source of byte chunks, pulled one at a time; `stop` releases it when the reader goes no further. */
export interface ByteSource {
  /** The next chunk, or undefined at the end. */
  next(): Promise<Uint8Array | undefined>;
  stop(): void;
}

export interface StreamingBlobOptions {
  /** The member the stream is, for the errors that name it. */
  member: string;
  /** What a failure of the source is thrown as (the source's own error by default). */
  failure?: (error: unknown) => unknown;
  /** Runs once when reading ends, at the end, on a failure or when the reader stops early. */
  done?: () => void;
}

/** The received stream of a `@streaming` blob over a source of chunks. */
export function streamingBlobPayload(source: ByteSource, options: StreamingBlobOptions): StreamingBlobPayload {
  let taken = false;
  const take = () => {
    if (taken) {
      throw new TypeError(`${options.member} has already been read: a streamed body can be read only once`);
    }
    taken = true;
    return chunksOf(source, options);
  };
  return {
    [Symbol.asyncIterator]: take,
    transformToByteArray: async () => joinChunks(take()),
    transformToString: async (encoding = "utf-8") => {
      const bytes = await joinChunks(take());
      return encoding === "base64" ? formatBase64(bytes) : new TextDecoder(encoding).decode(bytes);
    },
    transformToWebStream: () => webStreamOf(take()),
  };
}

/** A web ReadableStream that pulls the iterator's chunks as they are asked for; cancelling it finishes the iterator. */
export function webStreamOf(chunks: AsyncIterator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}

async function* chunksOf(source: ByteSource, options: StreamingBlobOptions): AsyncGenerator<Uint8Array, void> {
  let ended = false;
  try {
    for (;;) {
      let chunk: Uint8Array | undefined;
      try {
        chunk = await source.next();
      } catch (error) {
        throw options.failure === undefined ? error : options.failure(error);
      }
      if (chunk === undefined) {
        ended = true;
        return;
      }
      if (chunk.byteLength > 0) yield chunk;
    }
  } finally {
    // A reader that stopped early, or a failure: the source (and its connection) is released.
    if (!ended) source.stop();
    options.done?.();
  }
}

async function joinChunks(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.byteLength;
  }
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** A source over a body that is whole (bytes, text or nothing) or comes in chunks (an async iterable). */
export function byteSource(body: HttpBody | AsyncIterable<Uint8Array | string>): ByteSource {
  if (body === undefined || typeof body === "string" || body instanceof Uint8Array) {
    let bytes: Uint8Array | undefined = typeof body === "string" ? new TextEncoder().encode(body) : body;
    return {
      next: async () => {
        const given = bytes;
        bytes = undefined;
        return given;
      },
      stop: () => {
        bytes = undefined;
      },
    };
  }
  const iterator = body[Symbol.asyncIterator]();
  const stream = body as { destroy?: (error?: Error) => void };
  return {
    next: async () => {
      const next = await iterator.next();
      if (next.done) return undefined;
      return typeof next.value === "string" ? new TextEncoder().encode(next.value) : next.value;
    },
    // A Node stream is destroyed (releasing its socket); any other iterator is told to finish.
    stop: () => {
      if (typeof stream.destroy === "function") stream.destroy();
      else void iterator.return?.();
    },
  };
}

/** The received member of a `@streaming` blob payload: the body, read as it comes. */
export function streamedPayload(body: HttpBody, stream: AsyncIterable<Uint8Array> | undefined, member: string) {
  return streamingBlobPayload(byteSource(stream ?? body), { member });
}

/**
 * How a `@streaming` blob is sent: bytes and text whole (`body`), chunks as they come (`stream`), with the length
 * when it is known before sending (of bytes, text and a Blob); undefined when unset.
 */
export function streamingBody(value: StreamingBlobInput | undefined): {
  body?: string | Uint8Array;
  stream?: AsyncIterable<Uint8Array>;
  length?: number;
} {
  if (value === undefined || typeof value === "string" || value instanceof Uint8Array) return { body: value };
  if (isBlob(value)) return { stream: value.stream() as unknown as AsyncIterable<Uint8Array>, length: value.size };
  if (typeof (value as Partial<AsyncIterable<Uint8Array>>)[Symbol.asyncIterator] !== "function") {
    throw new TypeError("a streaming blob must be bytes, a string, a Blob or an AsyncIterable of Uint8Array chunks");
  }
  return { stream: value };
}

function isBlob(value: object): value is Blob {
  const blob = value as Partial<Blob>;
  return typeof blob.stream === "function" && typeof blob.size === "number";
}
