// What a trait definition says about itself: each `breakingChanges` path of `@trait` walks the trait's shape
// (structure and union member names, `member` of a list, `key` and `value` of a map) ("TraitBreakingChanges"), and
// each key of `@traitValidators` is a valid event id: identifiers separated by dots ("TraitValidators").
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";

const TRAIT = "smithy.api#trait";
const TRAIT_VALIDATORS = "smithy.api#traitValidators";
const EVENT_ID = /^(_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*(\.(_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*)*$/;

export const checkTraitDefinitions: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    const trait = view.traits[TRAIT];
    if (isNodeObject(trait) && Array.isArray(trait.breakingChanges)) {
      trait.breakingChanges.forEach((rule, i) => {
        if (isNodeObject(rule) && typeof rule.path === "string") checkPath(ctx, view.id, rule.path, i);
      });
    }
    const validators = view.traits[TRAIT_VALIDATORS];
    if (isNodeObject(validators)) {
      for (const key of Object.keys(validators)) {
        if (!EVENT_ID.test(key)) {
          ctx.error("TraitValidators", view.id, `\`${key}\`, a key of @traitValidators, is not a valid event id`);
        }
      }
    }
  }
};

function checkPath(ctx: CheckContext, traitId: string, path: string, index: number): void {
  let current = traitId;
  for (const segment of path.split("/").slice(1)) {
    const shape = ctx.model.get(current);
    const member = shape ? ctx.model.get(`${current}$${segment}`) : undefined;
    if (!shape || !member?.target) {
      ctx.error(
        "TraitBreakingChanges",
        traitId,
        `breakingChanges path ${index} of \`${traitId}\`, "${path}", reaches \`${current}\`${shape ? `, ${shape.type === "set" ? "a list" : `a ${shape.type}`},` : ""} which has no member \`${segment}\``,
      );
      return;
    }
    current = member.target;
  }
}
