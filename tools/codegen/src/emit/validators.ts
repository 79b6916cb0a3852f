// Emits validators.ts: for every structure, union, list and map, a function that collects the constraint
// violations of a value (@required, @length, @range, @pattern, enum values). Servers run them on every request;
// clients run the @required part always and the rest on request.
import type { Member, Shape } from "@rtca/smithy";
import { isEventStream } from "../event-streams.js";
import type { ModelView, NamedShape } from "../model-view.js";
import { patternExpression } from "../patterns.js";
import { isStreamingBlob } from "../streaming-blobs.js";
import { CodeWriter, importStatement, propertyAccess } from "../writer.js";
import { typeOf } from "./type-expressions.js";

interface Constants {
  lines: string[];
  byKey: Map<string, string>;
}

export function emitValidators(view: ModelView, header: string, runtime: string): string {
  const body = new CodeWriter();
  const constants: Constants = { lines: [], byKey: new Map() };
  const usedTypes = new Set<string>();
  for (const shape of view.shapes) {
    if (shape.type === "enum" || shape.type === "intEnum") continue;
    emitValidator(view, shape, body, constants, usedTypes);
  }
  const w = new CodeWriter();
  w.line(header);
  w.line(`import * as rt from ${JSON.stringify(runtime)};`);
  const imports = [...usedTypes].sort();
  if (imports.length > 0) w.line(importStatement(imports, "./shapes.js"));
  const typeImports = view.shapes
    .filter((s) => (s.type === "structure" || s.type === "union") && !usedTypes.has(view.nameOf(s.id)))
    .map((s) => view.nameOf(s.id));
  if (typeImports.length > 0) w.line(importStatement(typeImports, "./shapes.js", true));
  if (constants.lines.length > 0) w.line();
  for (const line of constants.lines) w.line(line);
  return w.toString() + body.toString();
}

function emitValidator(
  view: ModelView,
  shape: NamedShape,
  w: CodeWriter,
  constants: Constants,
  usedTypes: Set<string>,
): void {
  const name = view.nameOf(shape.id);
  const type = typeOf(view, shape);
  w.line();
  w.block(
    `export function validate${name}(value: ${type}, path: string, out: rt.ConstraintViolation[]): rt.ConstraintViolation[] {`,
    () => {
      switch (shape.type) {
        case "structure":
        case "union":
          for (const m of view.members(shape.id)) {
            const access = propertyAccess("value", m.name);
            if (shape.type === "structure" && m.required) {
              w.line(`rt.checkRequired(${access}, out, path, ${JSON.stringify(m.name)});`);
            }
            // An event stream or a streaming blob is not a value to check: it arrives later, as it comes.
            if (isEventStream(m.targetShape) || isStreamingBlob(m.targetShape)) continue;
            const checks = memberChecks(view, m, "v", "path", JSON.stringify(m.name), constants, usedTypes);
            if (checks.length === 0) continue;
            w.block(`if (${access} !== undefined && ${access} !== null) {`, () => {
              w.line(`const v = ${access};`);
              for (const c of checks) w.line(c);
            });
          }
          break;
        case "list":
        case "set": {
          const checks = memberChecks(view, view.member(shape.id, "member"), "v", "path", "i", constants, usedTypes);
          if (checks.length > 0) {
            w.block("for (let i = 0; i < value.length; i++) {", () => {
              w.line("const v = value[i];");
              w.line("if (v === undefined || v === null) continue;");
              for (const c of checks) w.line(c);
            });
          }
          break;
        }
        case "map": {
          // A key that breaks its constraints is reported at the map itself, as Smithy's validation does.
          const keyChecks = memberChecks(view, view.member(shape.id, "key"), "k", "path", '""', constants, usedTypes);
          const valueChecks = memberChecks(
            view,
            view.member(shape.id, "value"),
            "v",
            "path",
            "k",
            constants,
            usedTypes,
          );
          if (keyChecks.length + valueChecks.length > 0) {
            w.block("for (const k in value) {", () => {
              for (const c of keyChecks) w.line(c);
              if (valueChecks.length > 0) {
                w.line("const v = value[k];");
                w.line("if (v === undefined || v === null) continue;");
                for (const c of valueChecks) w.line(c);
              }
            });
          }
          break;
        }
        default:
          break;
      }
      w.line("return out;");
    },
  );
}

/** Statements that check the member's value `v` (known to be set) against its constraints. */
function memberChecks(
  view: ModelView,
  member: Member,
  v: string,
  path: string,
  segment: string,
  constants: Constants,
  usedTypes: Set<string>,
): string[] {
  const target = view.index.expect(member.target);
  const where = `out, ${path}, ${segment}`;
  const checks: string[] = [];
  const length = view.trait(member, "smithy.api#length") as { min?: number; max?: number } | undefined;
  if (length) {
    const measure = lengthExpression(target, v);
    if (measure) checks.push(`rt.checkLength(${measure}, ${bound(length.min)}, ${bound(length.max)}, ${where});`);
  }
  const range = view.trait(member, "smithy.api#range") as { min?: number; max?: number } | undefined;
  if (range && isNumeric(target)) {
    checks.push(`rt.checkRange(${v}, ${bound(range.min)}, ${bound(range.max)}, ${where});`);
  }
  const pattern = view.trait(member, "smithy.api#pattern");
  if (typeof pattern === "string" && target.type === "string") {
    // Without flags, as Smithy reads a pattern (ECMA-262, no flags); it also lets V8 move a pattern that backtracks
    // too much to its linear-time engine, which takes no unicode-mode expression.
    const name = constant(
      constants,
      `pattern:${pattern}`,
      (id) => `const ${id} = ${patternExpression(pattern, `${member.container}$${member.name}`)};`,
    );
    checks.push(`rt.checkPattern(${v}, ${name}, ${where});`);
  }
  if (target.type === "enum" || target.type === "intEnum") {
    const enumName = view.nameOf(target.id);
    usedTypes.add(enumName);
    const name = constant(
      constants,
      `enum:${target.id}`,
      // Marked pure so that bundles drop the set (and the enum object) when no validator that uses it is kept.
      (id) => `const ${id}: ReadonlySet<unknown> = /*#__PURE__*/ new Set(/*#__PURE__*/ Object.values(${enumName}));`,
    );
    const shown = view.index
      .members(target.id)
      .filter((m) => !(m.traits && "smithy.api#internal" in m.traits))
      .map((m) => m.traits?.["smithy.api#enumValue"] ?? m.name);
    const hidden = shown.length < view.index.members(target.id).length;
    checks.push(`rt.checkEnum(${v}, ${name}, ${where}${hidden ? `, ${JSON.stringify(shown)}` : ""});`);
  }
  const enumTrait = target.traits?.["smithy.api#enum"];
  if (target.type === "string" && Array.isArray(enumTrait)) {
    // IDL 1.0's @enum trait: the values are checked, and those tagged "internal" are left out of the message.
    const entries = enumTrait as { value: string; tags?: string[] }[];
    const name = constant(
      constants,
      `enumTrait:${target.id}`,
      (id) =>
        `const ${id}: ReadonlySet<unknown> = /*#__PURE__*/ new Set(${JSON.stringify(entries.map((e) => e.value))});`,
    );
    const shown = entries.filter((e) => !e.tags?.includes("internal")).map((e) => e.value);
    const hidden = shown.length < entries.length;
    checks.push(`rt.checkEnum(${v}, ${name}, ${where}${hidden ? `, ${JSON.stringify(shown)}` : ""});`);
  }
  if ((target.type === "list" || target.type === "set") && view.trait(member, "smithy.api#uniqueItems") !== undefined) {
    checks.push(`rt.checkUniqueItems(${v}, ${where});`);
  }
  if (["structure", "union", "list", "set", "map"].includes(target.type)) {
    checks.push(`validate${view.nameOf(target.id)}(${v}, rt.joinPath(${path}, ${segment}), out);`);
  }
  return checks;
}

function lengthExpression(target: Shape, v: string): string | undefined {
  switch (target.type) {
    case "string":
      return `rt.codePointLength(${v})`;
    case "blob":
    case "list":
    case "set":
      return `${v}.length`;
    case "map":
      return `Object.keys(${v}).length`;
    default:
      return undefined;
  }
}

function isNumeric(shape: Shape): boolean {
  return ["byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "intEnum"].includes(
    shape.type,
  );
}

function bound(value: number | undefined): string {
  return value === undefined ? "undefined" : String(value);
}

/** A module-level constant shared by every check that needs it. */
function constant(constants: Constants, key: string, declare: (id: string) => string): string {
  let id = constants.byKey.get(key);
  if (!id) {
    id = `constraint${constants.byKey.size}`;
    constants.byKey.set(key, id);
    constants.lines.push(declare(id));
  }
  return id;
}
