// Structures marked `@input` or `@output` belong to one operation, in that role ("OperationInputOutputMisuse"): each
// is the input (or output) of at most one operation, never its other role, and no member targets one.
import type { Check } from "../context.js";
import { targetsResolved } from "./targets-resolved.js";

const INPUT = "smithy.api#input";
const OUTPUT = "smithy.api#output";
const ROLES = [
  { role: "input", trait: INPUT, other: OUTPUT, otherRole: "output" },
  { role: "output", trait: OUTPUT, other: INPUT, otherRole: "input" },
] as const;

export const checkInputOutputUse: Check = (ctx) => {
  if (!targetsResolved(ctx)) return;
  const users = new Map<string, string[]>();
  for (const view of ctx.model.own()) {
    if (view.shape?.type === "operation") {
      for (const { role, other, otherRole } of ROLES) {
        const target = view.shape[role]?.target;
        if (target === undefined) continue;
        users.set(`${role} ${target}`, [...(users.get(`${role} ${target}`) ?? []), view.id]);
        if (ctx.model.get(target)?.traits[other] !== undefined) {
          ctx.error(
            "OperationInputOutputMisuse",
            view.id,
            `the ${role} of \`${view.id}\`, \`${target}\`, is marked @${otherRole}`,
          );
        }
      }
    } else if (view.type === "member" && !view.prelude && view.target !== undefined) {
      const target = ctx.model.get(view.target);
      for (const { role, trait } of ROLES) {
        if (target?.traits[trait] === undefined) continue;
        ctx.error(
          "OperationInputOutputMisuse",
          view.id,
          `\`${view.id}\` targets \`${target.id}\`, an operation's @${role}, which only its operation may use`,
        );
      }
    }
  }
  for (const view of ctx.model.own()) {
    for (const { role, trait } of ROLES) {
      const operations = users.get(`${role} ${view.id}`) ?? [];
      if (view.traits[trait] === undefined || operations.length < 2) continue;
      const list = operations
        .sort()
        .map((o) => `\`${o}\``)
        .join(", ");
      ctx.error(
        "OperationInputOutputMisuse",
        view.id,
        `\`${view.id}\` is marked @${role} but is the ${role} of several operations: ${list}`,
      );
    }
  }
};
