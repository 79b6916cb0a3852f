// Emits arbitraries.ts: a fast-check arbitrary for every named shape, producing values that respect the model's
// constraints (lengths, ranges, enum values, timestamp precision of the wire format). Recursive shapes are tied
// with fc.letrec and kept finite through depth limits.
import type { Member } from "@rtca/smithy";
import { isEventStream } from "../event-streams.js";
import type { ModelView, NamedShape } from "../model-view.js";
import { generatorPattern, patternExpression } from "../patterns.js";
import { CodeWriter, importStatement, propertyKey } from "../writer.js";
import { typeOf } from "./type-expressions.js";

/** How long generated strings and collections get at most, whatever the model allows: keeps runs fast. */
const STRING_CAP = 24;
const COLLECTION_CAP = 4;
const MAX_DEPTH = 3;

export function emitArbitraries(view: ModelView, header: string, runtime: string): string {
  const w = new CodeWriter();
  const typeNames = view.shapes
    .filter((s) => s.type === "structure" || s.type === "union" || s.type === "enum" || s.type === "intEnum")
    .map((s) => view.nameOf(s.id));
  w.line(header);
  w.line('import * as fc from "fast-check";');
  w.line(`import type { DocumentType } from ${JSON.stringify(runtime)};`);
  if (typeNames.length > 0) w.line(importStatement(typeNames, "./shapes.js", true));
  w.line();
  w.doc("The type each arbitrary produces, by shape name.");
  // A type alias, not an interface: fc.letrec's typed overload wants a type with an implicit index signature.
  w.block(
    "export type ShapeValues = {",
    () => {
      for (const shape of view.shapes) w.line(`${propertyKey(view.nameOf(shape.id))}: ${typeOf(view, shape)};`);
    },
    "};",
  );
  w.line();
  w.line(`const depth = { depthIdentifier: "shapes", maxDepth: ${MAX_DEPTH} } as const;`);
  // A null document reads as an absent member on the wire, so generated documents are never null at the top.
  w.line("const documents = fc.jsonValue().filter((v) => v !== null) as fc.Arbitrary<DocumentType>;");
  w.line(MATCHING_HELPER);
  if (view.shapes.some((s) => s.type === "structure" && view.members(s.id).some((m) => isEventStream(m.targetShape)))) {
    w.line(EVENTS_HELPER);
  }
  w.line();
  w.doc("An arbitrary for every named shape of the model, by shape name.");
  w.block(
    "export const arbitraries: { [K in keyof ShapeValues]: fc.Arbitrary<ShapeValues[K]> } = fc.letrec<ShapeValues>((tie) => ({",
    () => {
      for (const shape of view.shapes) w.line(`${propertyKey(view.nameOf(shape.id))}: ${shapeArbitrary(view, shape)},`);
    },
    "}));",
  );
  return w.toString();
}

function shapeArbitrary(view: ModelView, shape: NamedShape): string {
  switch (shape.type) {
    case "structure": {
      const members = view.members(shape.id);
      if (members.length === 0) return "fc.constant({})";
      const fields = members.map((m) => {
        let arb = memberArbitrary(view, m);
        // An event stream: a few events, handed out one by one.
        if (isEventStream(m.targetShape)) arb = `fc.array(${arb}, { maxLength: 4 }).map(eventsOf)`;
        // An optional member that leads back to this shape stops at the depth limit, so values stay finite.
        if (!m.required && m.defaultValue === undefined && view.isRecursive(m.target) && view.isNamed(m.target)) {
          arb = `fc.option(${arb}, { ...depth, nil: undefined })`;
        }
        return `${propertyKey(m.name)}: ${arb}`;
      });
      const required = members
        .filter((m) => m.required || m.defaultValue !== undefined)
        .map((m) => JSON.stringify(m.name));
      return `fc.record({ ${fields.join(", ")} }, { requiredKeys: [${required.join(", ")}] })`;
    }
    case "union": {
      // Members that cannot lead back to the union come first: past the depth limit, oneof takes the first.
      const members = [...view.members(shape.id)].sort(
        (a, b) => Number(view.leadsBack(a.target, shape.id)) - Number(view.leadsBack(b.target, shape.id)),
      );
      const variants = members.map((m) => `fc.record({ ${propertyKey(m.name)}: ${memberArbitrary(view, m)} })`);
      return `fc.oneof(depth, ${variants.join(", ")})`;
    }
    case "list":
    case "set": {
      const member = view.member(shape.id, "member");
      const element = view.isSparse(shape)
        ? `fc.option(${memberArbitrary(view, member)}, { nil: null })`
        : memberArbitrary(view, member);
      const length = lengthOf(view, member.container);
      return `fc.array(${element}, { ${collectionBounds(length)}, depthIdentifier: "shapes" })`;
    }
    case "map": {
      const key = memberArbitrary(view, view.member(shape.id, "key"));
      const value = memberArbitrary(view, view.member(shape.id, "value"));
      const length = lengthOf(view, shape.id);
      const values = view.isSparse(shape) ? `fc.option(${value}, { nil: null })` : value;
      const min = length.min ?? 0;
      return `fc.dictionary(${key}, ${values}, { minKeys: ${min}, maxKeys: ${Math.min(length.max ?? COLLECTION_CAP, min + COLLECTION_CAP)}, depthIdentifier: "shapes" })`;
    }
    case "enum":
    case "intEnum": {
      const values = view.members(shape.id).map((m) => JSON.stringify(m.traits?.["smithy.api#enumValue"] ?? m.name));
      return `fc.constantFrom(${values.join(", ")})`;
    }
    default:
      throw new Error(`${(shape as NamedShape).id}: no arbitrary for a ${(shape as NamedShape).type}`);
  }
}

function lengthOf(view: ModelView, id: string): { min?: number; max?: number } {
  return (view.index.expect(id).traits?.["smithy.api#length"] ?? {}) as { min?: number; max?: number };
}

function collectionBounds(length: { min?: number; max?: number }): string {
  const min = length.min ?? 0;
  return `minLength: ${min}, maxLength: ${Math.min(length.max ?? COLLECTION_CAP, min + COLLECTION_CAP)}`;
}

/** An arbitrary for the values a member may hold, honouring the member's and its target's constraints. */
function memberArbitrary(view: ModelView, member: Member): string {
  const target = view.index.expect(member.target);
  if (view.isNamed(target.id)) return `tie(${JSON.stringify(view.nameOf(target.id))})`;
  const length = (view.trait(member, "smithy.api#length") ?? {}) as { min?: number; max?: number };
  const range = (view.trait(member, "smithy.api#range") ?? {}) as { min?: number; max?: number };
  switch (target.type) {
    case "string": {
      const pattern = view.trait(member, "smithy.api#pattern");
      const min = length.min ?? 0;
      const max = Math.min(length.max ?? STRING_CAP, min + STRING_CAP);
      if (typeof pattern === "string") {
        const where = `${member.container}$${member.name}`;
        const generator = generatorPattern(pattern);
        const from = generator === undefined ? "undefined" : patternExpression(generator, where);
        return `matching(${from}, ${min}, ${length.max ?? "Infinity"})`;
      }
      return `fc.string({ minLength: ${min}, maxLength: ${max}, unit: "binary" })`;
    }
    case "boolean":
      return "fc.boolean()";
    case "byte":
    case "short":
    case "integer":
    case "long": {
      const [lo, hi] = INTEGER_BOUNDS[target.type];
      return `fc.integer({ min: ${Math.max(range.min ?? lo, lo)}, max: ${Math.min(range.max ?? hi, hi)} })`;
    }
    case "bigInteger":
      return `fc.integer({ min: ${range.min ?? "Number.MIN_SAFE_INTEGER"}, max: ${range.max ?? "Number.MAX_SAFE_INTEGER"} })`;
    case "float":
    case "double":
    case "bigDecimal": {
      const finite = target.type === "bigDecimal" || range.min !== undefined || range.max !== undefined;
      const bounds = [
        range.min !== undefined ? `min: ${range.min}` : "",
        range.max !== undefined ? `max: ${range.max}` : "",
        finite ? "noNaN: true, noDefaultInfinity: true" : "",
      ].filter(Boolean);
      const base = target.type === "float" ? "fc.float" : "fc.double";
      // JSON has no negative zero: -0 travels as 0.
      return `${base}({ ${bounds.join(", ")} }).map((n) => (n === 0 ? 0 : n))`;
    }
    case "timestamp": {
      const dates =
        'fc.date({ min: new Date("0001-01-01T00:00:00.000Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true })';
      // An HTTP-date carries whole seconds only.
      return view.boundTimestampFormat(member) === "http-date"
        ? `${dates}.map((d) => new Date(Math.floor(d.getTime() / 1000) * 1000))`
        : dates;
    }
    case "blob":
      return `fc.uint8Array({ minLength: ${length.min ?? 0}, maxLength: ${Math.min(length.max ?? STRING_CAP, (length.min ?? 0) + STRING_CAP)} })`;
    case "document":
      return "documents";
    default:
      throw new Error(`${member.container}$${member.name}: no arbitrary for a ${target.type}`);
  }
}

// Strings for a @pattern, built on first use (fast-check compiles some patterns slowly, and a module of arbitraries
// should load at once). `generator` is what fast-check generates from: the pattern, or the pattern without the
// lookarounds fast-check cannot handle (its values may break them); without one, or when fast-check refuses it,
// any string of the allowed length is taken. Only the model's @length filters values, never an arbitrary cap, so
// that a pattern demanding long strings is still met.
/** An event stream's events, handed out one at a time as a stream would. */
const EVENTS_HELPER = `
function eventsOf<T>(events: T[]): AsyncIterable<T> {
  return {
    async *[Symbol.asyncIterator]() {
      yield* events;
    },
  };
}`;

const MATCHING_HELPER = `
function matching(generator: RegExp | undefined, min: number, max: number): fc.Arbitrary<string> {
  let built: fc.Arbitrary<string> | undefined;
  const build = (): fc.Arbitrary<string> => {
    const fits = (s: string) => [...s].length >= min && [...s].length <= max;
    if (generator !== undefined) {
      try {
        return fc.stringMatching(generator).filter(fits);
      } catch {
        // fast-check cannot generate from this pattern: fall through to plain strings.
      }
    }
    return fc.string({ minLength: min, maxLength: Math.min(max, min + ${STRING_CAP}), unit: "binary" });
  };
  return fc.constant(null).chain(() => (built ??= build()));
}`;

const INTEGER_BOUNDS = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
} as const;
