// The `@enum` trait of IDL 1.0 models, still read: its values are unique, and so are their names; names are given to
// all values or to none (ERRORs, "EnumTrait"). Values without names get a WARNING ("EnumNamesPresent"): code
// generators name constants after them. A name outside the recommended form (an uppercase letter, then uppercase
// letters, digits or underscores) gets a WARNING ("EnumTrait.<name>").
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";

const ENUM = "smithy.api#enum";
const RECOMMENDED_NAME = /^[A-Z]+[A-Z_0-9]*$/;

interface EnumDefinition {
  value?: string;
  name?: string;
}

export const checkEnumTrait: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    const trait = view.traits[ENUM];
    if (!Array.isArray(trait)) continue;
    const definitions = trait.filter(isNodeObject).map(
      (d): EnumDefinition => ({
        ...(typeof d.value === "string" ? { value: d.value } : {}),
        ...(typeof d.name === "string" ? { name: d.name } : {}),
      }),
    );
    checkDefinitions(ctx, view.id, definitions);
  }
};

function checkDefinitions(ctx: CheckContext, shapeId: string, definitions: EnumDefinition[]): void {
  const named = definitions.filter((d) => d.name !== undefined);
  if (named.length === 0) {
    ctx.warn(
      "EnumNamesPresent",
      shapeId,
      `the @enum values of \`${shapeId}\` have no names; code generators need them for constants`,
    );
  } else {
    for (const d of definitions) {
      if (d.name === undefined) {
        ctx.error(
          "EnumTrait",
          shapeId,
          `the @enum value "${d.value}" of \`${shapeId}\` has no name, though others have one`,
        );
      }
    }
  }
  for (const key of ["name", "value"] as const) {
    const seen = new Set<string>();
    const reported = new Set<string>();
    for (const d of definitions) {
      const v = d[key];
      if (v === undefined) continue;
      if (seen.has(v) && !reported.has(v)) {
        reported.add(v);
        ctx.error("EnumTrait", shapeId, `the @enum of \`${shapeId}\` has the ${key} "${v}" more than once`);
      }
      seen.add(v);
    }
  }
  for (const name of new Set(named.map((d) => d.name!))) {
    if (!RECOMMENDED_NAME.test(name)) {
      ctx.warn(
        `EnumTrait.${name}`,
        shapeId,
        `the @enum name "${name}" of \`${shapeId}\` is not in the recommended form (like UPPER_CASE)`,
      );
    }
  }
}
