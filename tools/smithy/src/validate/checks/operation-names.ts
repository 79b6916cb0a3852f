// "OperationNameAmbiguity": a structure named like the input or output of an operation (`GetFooInput`,
// `GetFooRequest`, `GetFooOutput`, `GetFooResponse`) that the operation uses neither as input nor as output is a
// WARNING: readers and code
// generators would take it for the operation's own.
import type { Check } from "../context.js";

const SUFFIXES = { input: ["Input", "Request"], output: ["Output", "Response"] } as const;

export const checkOperationNames: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    const operation = view.shape;
    if (operation?.type !== "operation") continue;
    const name = view.id.slice(view.id.indexOf("#") + 1);
    for (const role of ["input", "output"] as const) {
      const target = operation[role]?.target;
      if (!target || ctx.model.get(target)?.traits[`smithy.api#${role}`] === undefined) continue;
      // Only a structure several operations share leaves a doubt which one it belongs to.
      if (ctx.model.in(target).filter((r) => r.rel === role).length < 2) continue;
      if (target.slice(target.indexOf("#") + 1).startsWith(name)) continue;
      ctx.warn(
        `OperationInputOutputName.${role}`,
        view.id,
        `the ${role} of \`${view.id}\`, \`${target}\`, should have a name that starts with \`${name}\``,
      );
    }
    const own = [operation.input?.target, operation.output?.target];
    for (const role of ["input", "output"] as const) {
      const used = operation[role]?.target;
      for (const suffix of SUFFIXES[role]) {
        const id = `${view.id}${suffix}`;
        const shape = ctx.model.get(id);
        // A structure the operation uses in either role is its own, if misplaced (OperationInputOutputMisuse).
        if (own.includes(id) || shape?.type !== "structure" || shape.prelude) continue;
        ctx.warn(
          "OperationNameAmbiguity",
          id,
          `\`${id}\` is named like the ${role} of \`${view.id}\`, but the operation's ${role} is \`${used ?? "smithy.api#Unit"}\``,
        );
      }
    }
  }
};
