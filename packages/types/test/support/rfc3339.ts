// RFC 3339 date-time spellings of instants, written independently of the runtime's parser, for the timestamp
// properties and the differential test: offsets, either case of T and Z, fractions of any length.
import * as fc from "fast-check";

/** The fields of an RFC 3339 date-time as they are written, before any range check. */
export interface DateTimeFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** The digits after the decimal point, or "" for none. */
  fraction: string;
  separator: "T" | "t";
  /** "Z" or "z" for UTC, else `{ sign, hours, minutes }` as written. */
  offset: "Z" | "z" | { sign: "+" | "-"; hours: number; minutes: number };
}

const two = (n: number) => String(n).padStart(2, "0");

export function formatFields(f: DateTimeFields): string {
  const offset =
    typeof f.offset === "string" ? f.offset : `${f.offset.sign}${two(f.offset.hours)}:${two(f.offset.minutes)}`;
  const fraction = f.fraction === "" ? "" : `.${f.fraction}`;
  return (
    `${String(f.year).padStart(4, "0")}-${two(f.month)}-${two(f.day)}${f.separator}` +
    `${two(f.hour)}:${two(f.minute)}:${two(f.second)}${fraction}${offset}`
  );
}

/** An RFC 3339 spelling and the instant it denotes, to the millisecond. */
export interface Spelling {
  text: string;
  fields: DateTimeFields;
  instant: Date;
}

const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: length, maxLength: length });

const offsets: fc.Arbitrary<DateTimeFields["offset"]> = fc.oneof(
  fc.constantFrom("Z" as const, "z" as const),
  fc.record({
    sign: fc.constantFrom("+" as const, "-" as const),
    hours: fc.integer({ min: 0, max: 23 }),
    minutes: fc.integer({ min: 0, max: 59 }),
  }),
);

function offsetMinutes(offset: DateTimeFields["offset"]): number {
  if (typeof offset === "string") return 0;
  return (offset.sign === "-" ? -1 : 1) * (offset.hours * 60 + offset.minutes);
}

/**
 * Spellings of ms-precision instants between years 1 and 9999, with a random offset, either case of T and Z, and a
 * fraction of 0 to 9 digits. A fraction shorter than 3 digits can only spell a coarser instant, so the instant is
 * truncated to match; digits past the millisecond are random, and a reader must ignore them.
 */
export const spellings: fc.Arbitrary<Spelling> = fc
  .record({
    // A day of margin at both ends keeps the local date, after any offset, within years 1..9999.
    date: fc.date({
      min: new Date("0001-01-02T00:00:00.000Z"),
      max: new Date("9999-12-30T23:59:59.999Z"),
      noInvalidDate: true,
    }),
    offset: offsets,
    separator: fc.constantFrom("T" as const, "t" as const),
    fractionDigits: fc.integer({ min: 0, max: 9 }),
    pastMillisecond: digits(6),
  })
  .map(({ date, offset, separator, fractionDigits, pastMillisecond }) => {
    const unit = 10 ** Math.max(0, 3 - fractionDigits);
    const instant = new Date(date.getTime() - (date.getUTCMilliseconds() % unit));
    const local = new Date(instant.getTime() + offsetMinutes(offset) * 60_000);
    const millis = String(local.getUTCMilliseconds()).padStart(3, "0");
    const fields: DateTimeFields = {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
      second: local.getUTCSeconds(),
      fraction: (millis + pastMillisecond).slice(0, fractionDigits),
      separator,
      offset,
    };
    return { text: formatFields(fields), fields, instant };
  });

/** The shape of an RFC 3339 date-time (fields not range-checked), as an oracle independent of the parser. */
export const DATE_TIME_SHAPE = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
