// Rules about shapes themselves: unions have members ("Union"), enums too (a "Model" error, as Smithy's loader
// gives it), enum values are of the right type and unique, and member names follow the recommended form
// ("EnumShape"), member names differ ignoring case ("ShapeIdConflict", on each of them).
import { SHAPE_PROPERTIES } from "../../shape-types.js";
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";

const ENUM_VALUE = "smithy.api#enumValue";
const MIXIN = "smithy.api#mixin";
const UNIT = "smithy.api#Unit";
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

export const checkShapes: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    if (view.type === "member") continue;
    const members = ctx.model.membersOf(view.id);
    const isMixin = view.traits[MIXIN] !== undefined;
    if (isMixin) checkMixinShape(ctx, view);
    if (view.type === "union" && members.length === 0 && !isMixin) {
      ctx.error("Union", view.id, `union \`${view.id}\` has no members; a union needs at least one`);
    }
    if (view.type === "enum" || view.type === "intEnum") {
      if (members.length === 0) ctx.error("Model", view.id, `${view.type} \`${view.id}\` has no members`);
      if (!isMixin) checkEnumValues(ctx, view, members);
    }
    checkMemberNames(ctx, view, members);
  }
};

/** An operation mixin has no input or output of its own, a resource mixin no identifiers, properties or bindings. */
function checkMixinShape(ctx: CheckContext, view: ShapeView): void {
  const node = ctx.model.ast.shapes[view.id] as Record<string, unknown> | undefined;
  if (!node) return;
  const set = (key: string) => {
    const value = node[key];
    if (value === undefined || value === null) return false;
    if (typeof value === "object" && !("target" in value)) return Object.keys(value).length > 0;
    return (value as { target?: string }).target !== UNIT;
  };
  if (view.type === "operation" && (set("input") || set("output"))) {
    ctx.error("Mixin", view.id, `operation mixin \`${view.id}\` cannot have an input or output; they must be Unit`);
  }
  if (view.type === "resource") {
    const keys = SHAPE_PROPERTIES.resource.filter(set);
    if (keys.length > 0) {
      ctx.error("Mixin", view.id, `resource mixin \`${view.id}\` cannot define ${keys.join(", ")}`);
    }
  }
}

/** Smithy's recommended form of enum member names; others get a WARNING. */
const ENUM_MEMBER_NAME = /^[A-Z]+[A-Z_0-9]*$/;

function checkEnumValues(ctx: CheckContext, view: ShapeView, members: ShapeView[]): void {
  const seen = new Map<string, string>();
  for (const m of members) {
    if (!ENUM_MEMBER_NAME.test(m.memberName!)) {
      ctx.warn(
        "EnumShape",
        m.id,
        `enum member name \`${m.memberName}\` is not in the recommended form: an uppercase letter, then uppercase letters, digits or underscores`,
      );
    }
    const value = m.traits[ENUM_VALUE];
    const where = ctx.model.traitLocation(m.id, ENUM_VALUE);
    if (view.type === "enum") {
      if (typeof value !== "string" || value === "") {
        ctx.error(
          "EnumShape",
          m.id,
          `the value of enum member \`${m.id}\` must be a non-empty string, found ${JSON.stringify(value ?? null)}`,
          where,
        );
        continue;
      }
    } else if (typeof value !== "number" || !Number.isInteger(value)) {
      ctx.error(
        "EnumShape",
        m.id,
        `intEnum member \`${m.id}\` needs an integer value (\`= 1\` or @enumValue(1)), found ${JSON.stringify(value ?? null)}`,
        where,
      );
      continue;
    } else if (value < INT_MIN || value > INT_MAX) {
      ctx.error("EnumShape", m.id, `intEnum member \`${m.id}\` has ${value}, outside the range of an integer`, where);
      continue;
    }
    const key = JSON.stringify(value);
    const previous = seen.get(key);
    if (previous)
      ctx.error("EnumShape", m.id, `enum members \`${previous}\` and \`${m.id}\` have the same value ${key}`, where);
    else seen.set(key, m.id);
  }
}

function checkMemberNames(ctx: CheckContext, view: ShapeView, members: ShapeView[]): void {
  const groups = new Map<string, string[]>();
  for (const m of members) {
    const lower = m.memberName!.toLowerCase();
    groups.set(lower, [...(groups.get(lower) ?? []), m.memberName!]);
  }
  for (const names of groups.values()) {
    if (names.length < 2) continue;
    for (const name of names) {
      const others = names.filter((n) => n !== name).map((n) => `\`${n}\``);
      ctx.error(
        "ShapeIdConflict",
        `${view.id}$${name}`,
        `member \`${name}\` of \`${view.id}\` differs only in case from ${others.join(", ")}`,
      );
    }
  }
}
