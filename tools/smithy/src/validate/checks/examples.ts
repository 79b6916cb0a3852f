// "ExamplesTrait": each example of an operation's `@examples` fits it. Its input and output fit the operation's
// input and output, its error content fits the error, which the operation (or every service that binds it) must
// declare; an example has an output or an error, not both, and `allowConstraintErrors` needs an error. Values of
// the wrong kind are ERRORs; unknown members are WARNINGs ("ExamplesTrait.UnknownMember"); constraints not met
// (length, range, pattern, required members) are ERRORs, or WARNINGs when the example allows constraint errors.
import type { NodeValue } from "../../ast.js";
import type { Severity } from "../../errors.js";
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";
import type { NodeConstraint } from "../node-check.js";

const EXAMPLES = "smithy.api#examples";
const UNIT = "smithy.api#Unit";
const ID = "ExamplesTrait";
/** The problems that `allowConstraintErrors` lowers to WARNINGs. */
const CONSTRAINTS = new Set<NodeConstraint | undefined>([
  "Member.InvalidRange",
  "Target.InvalidRange",
  "length",
  "pattern",
  "missingMember",
  "notANumber",
]);

interface ServiceErrors {
  closure: Set<string>;
  errors: Set<string>;
}

export const checkExamples: Check = (ctx) => {
  let services: ServiceErrors[] | undefined;
  for (const view of ctx.model.own()) {
    const examples = view.traits[EXAMPLES];
    if (view.shape?.type !== "operation" || !Array.isArray(examples)) continue;
    const operation = view.shape;
    services ??= serviceErrors(ctx);
    const declaredErrors = errorsOf(
      services,
      view.id,
      (operation.errors ?? []).map((e) => e.target),
    );
    for (const example of examples) {
      if (!isNodeObject(example)) continue;
      const title = typeof example.title === "string" ? example.title : "(untitled)";
      const lenient = example.allowConstraintErrors === true;
      const check = (value: NodeValue | undefined, shapeId: string, part: string) => {
        if (value !== undefined) checkValue(ctx, view.id, title, part, value, shapeId, lenient);
      };
      check(example.input, operation.input?.target ?? UNIT, "input");
      check(example.output, operation.output?.target ?? UNIT, "output");
      const error = isNodeObject(example.error) ? example.error : undefined;
      if (error && example.output !== undefined) {
        ctx.error(ID, view.id, `example "${title}" of \`${view.id}\` has both an output and an error; give one`);
      }
      if (lenient && !error) {
        ctx.error(
          ID,
          view.id,
          `example "${title}" of \`${view.id}\` allows constraint errors, so it must show the error`,
        );
      }
      if (error && typeof error.shapeId === "string") {
        if (!declaredErrors.has(error.shapeId)) {
          ctx.error(
            ID,
            view.id,
            `example "${title}" of \`${view.id}\` shows the error \`${error.shapeId}\`, which the operation may not return`,
          );
        } else {
          check(error.content, error.shapeId, "error");
        }
      }
    }
  }
};

function serviceErrors(ctx: CheckContext): ServiceErrors[] {
  return [...ctx.model.own()].flatMap((v) =>
    v.shape?.type === "service"
      ? [{ closure: ctx.model.index.closure([v.id]), errors: new Set((v.shape.errors ?? []).map((e) => e.target)) }]
      : [],
  );
}

/** The errors an operation may return: its own, and those that every service binding it declares. */
function errorsOf(services: ServiceErrors[], operationId: string, own: string[]): Set<string> {
  const errors = new Set(own);
  const binding = services.filter((s) => s.closure.has(operationId));
  if (binding.length === 0) return errors;
  for (const id of binding[0]!.errors) if (binding.every((s) => s.errors.has(id))) errors.add(id);
  return errors;
}

function checkValue(
  ctx: CheckContext,
  operationId: string,
  title: string,
  part: string,
  value: NodeValue,
  shapeId: string,
  lenient: boolean,
): void {
  ctx.nodes.check(value, shapeId, (path, message, constraint) => {
    const text = `the ${part} of example "${title}" of \`${operationId}\`${path ? ` at ${path}` : ""}: ${message}`;
    let id = ID;
    let severity: Severity = "ERROR";
    if (constraint === "unknownMember") {
      id = `${ID}.UnknownMember`;
      severity = "WARNING";
    } else if (CONSTRAINTS.has(constraint)) {
      if (constraint === "Member.InvalidRange" || constraint === "Target.InvalidRange") id = `${ID}.${constraint}`;
      if (lenient) severity = "WARNING";
    }
    ctx.report(severity, id, operationId, text);
  });
}
