// The bounds of `@length` and `@range` make sense: a length is never negative and its `min` is not above its `max`
// ("LengthTrait"); a range's `min` is not above its `max`, and only a float, double or bigDecimal (the shape, or the
// member's target) takes a bound with a fraction ("RangeTrait").
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";
import { article } from "../words.js";

const LENGTH = "smithy.api#length";
const RANGE = "smithy.api#range";
const FRACTIONAL = new Set(["float", "double", "bigDecimal"]);

function bounds(value: unknown): { min?: number; max?: number } {
  if (!isNodeObject(value as never)) return {};
  const { min, max } = value as { min?: unknown; max?: unknown };
  return {
    ...(typeof min === "number" ? { min } : {}),
    ...(typeof max === "number" ? { max } : {}),
  };
}

function checkLength(ctx: CheckContext, view: ShapeView): void {
  const { min, max } = bounds(view.traits[LENGTH]);
  const where = ctx.model.traitLocation(view.id, LENGTH);
  const fail = (message: string) => ctx.error("LengthTrait", view.id, `@length on \`${view.id}\`: ${message}`, where);
  if (min !== undefined && min < 0) fail(`\`min\` is ${min}; a length is never negative`);
  if (max !== undefined && max < 0) fail(`\`max\` is ${max}; a length is never negative`);
  if (min !== undefined && max !== undefined && min > max) fail(`\`min\` (${min}) is above \`max\` (${max})`);
}

function checkRange(ctx: CheckContext, view: ShapeView): void {
  const { min, max } = bounds(view.traits[RANGE]);
  const where = ctx.model.traitLocation(view.id, RANGE);
  const fail = (message: string) => ctx.error("RangeTrait", view.id, `@range on \`${view.id}\`: ${message}`, where);
  const numeric = view.type === "member" ? (view.target ? ctx.model.get(view.target) : undefined) : view;
  if (numeric !== undefined && !FRACTIONAL.has(numeric.type)) {
    for (const [name, bound] of [
      ["min", min],
      ["max", max],
    ] as const) {
      if (bound !== undefined && !Number.isInteger(bound)) {
        fail(`\`${name}\` is ${bound}, a fraction, but \`${numeric.id}\` is ${article(numeric.type)}`);
      }
    }
  }
  if (min !== undefined && max !== undefined && min > max) fail(`\`min\` (${min}) is above \`max\` (${max})`);
}

export const checkConstraintTraits: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    if (view.traits[LENGTH] !== undefined) checkLength(ctx, view);
    if (view.traits[RANGE] !== undefined) checkRange(ctx, view);
  }
};
