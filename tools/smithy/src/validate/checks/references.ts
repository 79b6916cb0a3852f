// `@references` ("ReferencesTrait"): each reference names a resource; on a string, the reference has no `ids` and
// the resource exactly one identifier; on a structure, explicit `ids` bind every identifier of the resource and
// nothing else, and every member bound (explicitly, or implicitly by the identifier's name) is a member of the
// structure that targets a string.
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";
import { article } from "../words.js";

const REFERENCES = "smithy.api#references";

function describe(reference: Record<string, unknown>): string {
  return JSON.stringify(reference);
}

function checkStructureReference(
  ctx: CheckContext,
  view: ShapeView,
  reference: Record<string, unknown>,
  identifiers: string[],
  fail: (message: string) => void,
): void {
  const given = isNodeObject(reference.ids as never) ? (reference.ids as Record<string, unknown>) : {};
  const explicit = Object.keys(given).length > 0;
  const bindings: Record<string, string> = explicit
    ? Object.fromEntries(Object.entries(given).filter((e): e is [string, string] => typeof e[1] === "string"))
    : Object.fromEntries(identifiers.map((id) => [id, id]));
  if (explicit) {
    const names = Object.keys(bindings);
    if (names.length !== identifiers.length) {
      fail(
        `binds ${names.length} of the ${identifiers.length} identifiers of its resource (${identifiers.join(", ")})`,
      );
    }
    const extra = names.filter((name) => !identifiers.includes(name));
    if (extra.length > 0)
      fail(`binds ${extra.join(", ")}, which are not identifiers of its resource (${identifiers.join(", ")})`);
  }
  const problems: string[] = [];
  for (const memberName of Object.values(bindings)) {
    const member = ctx.model.get(`${view.id}$${memberName}`);
    if (member === undefined) {
      problems.push(
        explicit
          ? `\`${memberName}\` is not a member of the structure`
          : `the identifier \`${memberName}\` is bound by name, but the structure has no such member`,
      );
    } else if ((member.target ? ctx.model.get(member.target)?.type : undefined) !== "string") {
      problems.push(`the member \`${memberName}\` does not target a string`);
    }
  }
  if (problems.length > 0) fail(problems.sort().join("; "));
}

function checkReference(ctx: CheckContext, view: ShapeView, reference: Record<string, unknown>): void {
  const where = ctx.model.traitLocation(view.id, REFERENCES);
  const fail = (message: string) =>
    ctx.error("ReferencesTrait", view.id, `@references on \`${view.id}\`, ${describe(reference)}: ${message}`, where);
  const hasIds = isNodeObject(reference.ids as never) && Object.keys(reference.ids as object).length > 0;
  if (view.type === "string" && hasIds) fail("a reference on a string has no `ids`");
  const resource = typeof reference.resource === "string" ? ctx.model.get(reference.resource) : undefined;
  if (resource === undefined) return;
  if (resource.type !== "resource") {
    fail(`\`${resource.id}\` is ${article(resource.type)}, not a resource`);
    return;
  }
  const identifiers = Object.keys(resource.shape?.type === "resource" ? (resource.shape.identifiers ?? {}) : {});
  if (view.type === "string") {
    if (identifiers.length !== 1) {
      fail(`a string can refer only to a resource of one identifier; \`${resource.id}\` has ${identifiers.length}`);
    }
  } else if (view.type === "structure") {
    checkStructureReference(ctx, view, reference, identifiers, fail);
  }
}

export const checkReferences: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    const references = view.traits[REFERENCES];
    if (!Array.isArray(references)) continue;
    for (const reference of references) {
      if (isNodeObject(reference)) checkReference(ctx, view, reference as Record<string, unknown>);
    }
  }
};
