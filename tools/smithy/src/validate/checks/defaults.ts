// Defaults ("DefaultTrait"): a `@default` fits its shape (a 0 outside a `@range` is a WARNING, see below), a list or
// map default is empty, a document default is not a non-empty array or object, a blob default is base64, and a
// structure member agrees with the default of the shape it targets. A union member that targets a shape with a
// default gets a NOTE ("Union"): a union ignores defaults.
import type { NodeValue } from "../../ast.js";
import { isNodeObject, nodeEquals } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";
import { isRangeConstraint, type NodeConstraint } from "../node-check.js";
import { article } from "../words.js";

const DEFAULT = "smithy.api#default";
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const checkDefaults: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    if (view.type === "member") {
      checkMemberDefault(ctx, view);
      continue;
    }
    const value = view.traits[DEFAULT];
    if (value === undefined) continue;
    ctx.nodes.check(value, view.id, (path, message, constraint) =>
      reportDefault(ctx, view.id, value, path, message, constraint),
    );
    checkDefaultForm(ctx, view.id, view.type, value);
  }
};

/**
 * A default that does not fit its shape is an ERROR, except a default of 0 outside a `@range`: IDL 1.0 models gave
 * every number a zero default, AWS's models keep them, and Smithy reports those as WARNINGs.
 */
function reportDefault(
  ctx: CheckContext,
  shapeId: string,
  value: NodeValue,
  path: string,
  message: string,
  constraint: NodeConstraint | undefined,
): void {
  const text = `the default of \`${shapeId}\`${path ? ` at ${path}` : ""} does not fit: ${message}`;
  const where = ctx.model.traitLocation(shapeId, DEFAULT);
  if (!isRangeConstraint(constraint)) ctx.error("DefaultTrait", shapeId, text, where);
  else if (value === 0 && path === "") ctx.warn(`DefaultTrait.${constraint}`, shapeId, text, where);
  else ctx.error(`DefaultTrait.${constraint}`, shapeId, text, where);
}

/** What a default of a shape of this type may be beyond fitting it: defaults are scalars or empty. */
function checkDefaultForm(ctx: CheckContext, shapeId: string, type: string, value: NodeValue): void {
  const where = ctx.model.traitLocation(shapeId, DEFAULT);
  const nonEmptyArray = Array.isArray(value) && value.length > 0;
  const nonEmptyObject = isNodeObject(value) && Object.keys(value).length > 0;
  if ((type === "list" || type === "set" || type === "map") && (nonEmptyArray || nonEmptyObject)) {
    ctx.error(
      "DefaultTrait",
      shapeId,
      `the default of ${article(type)} must be empty, found ${JSON.stringify(value)}`,
      where,
    );
  } else if (type === "document" && (nonEmptyArray || nonEmptyObject)) {
    const kind = nonEmptyArray ? "array" : "object";
    ctx.error("DefaultTrait", shapeId, `the default of a document cannot be a non-empty ${kind}`, where);
  } else if (type === "blob" && typeof value === "string" && !BASE64.test(value)) {
    ctx.warn("DefaultTrait", shapeId, `the default of a blob should be base64, found ${JSON.stringify(value)}`, where);
  }
}

function checkMemberDefault(ctx: CheckContext, member: ShapeView): void {
  const value = member.traits[DEFAULT];
  const target = member.target ? ctx.model.get(member.target) : undefined;
  if (!target) return;
  const targetDefault = target.traits[DEFAULT];
  const container = ctx.model.get(member.container!);
  if (value === undefined) {
    if (targetDefault === undefined) return;
    if (container?.type === "structure") {
      ctx.error(
        "DefaultTrait",
        member.id,
        `member \`${member.id}\` targets \`${target.id}\`, which has a default of ${JSON.stringify(targetDefault)}; ` +
          "give the member the same default, or null",
      );
    } else if (container?.type === "union") {
      ctx.report(
        "NOTE",
        "Union",
        member.id,
        `union member \`${member.id}\` targets \`${target.id}\`, which has a default of ${JSON.stringify(targetDefault)}; ` +
          "a union ignores defaults, so a target without one says what it means",
      );
    }
    return;
  }
  if (value === null) return; // a null default removes the target's default
  ctx.nodes.check(
    value as NodeValue,
    target.id,
    (path, message, constraint) => reportDefault(ctx, member.id, value, path, message, constraint),
    "",
    member.traits,
  );
  checkDefaultForm(ctx, member.id, target.type, value);
  if (targetDefault !== undefined && !nodeEquals(targetDefault, value)) {
    ctx.error(
      "DefaultTrait",
      member.id,
      `the default ${JSON.stringify(value)} of \`${member.id}\` differs from the default ${JSON.stringify(targetDefault)} of its target \`${target.id}\``,
      ctx.model.traitLocation(member.id, DEFAULT),
    );
  }
}
