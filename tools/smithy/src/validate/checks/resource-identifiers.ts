// "ResourceIdentifierBinding": how the input of each operation a resource binds fills the resource's identifiers.
// An input member binds an identifier implicitly (same name, @required, same target) or explicitly
// (`@resourceIdentifier("name")`, which overrides an implicit binding with a WARNING; two explicit bindings of one
// identifier are an ERROR). An instance operation (read, update, delete, put, `operations`) binds every identifier;
// a collection operation (create, list, `collectionOperations`) does not bind them all, but binds those of the
// parent resources.
import type { ResourceShapeNode } from "../../ast.js";
import type { Check, CheckContext } from "../context.js";

const REQUIRED = "smithy.api#required";
const RESOURCE_IDENTIFIER = "smithy.api#resourceIdentifier";

export const checkResourceIdentifiers: Check = (ctx) => {
  const checkedInputs = new Set<string>();
  for (const view of ctx.model.own()) {
    const resource = view.shape;
    if (resource?.type !== "resource") continue;
    const identifiers = resource.identifiers ?? {};
    const names = Object.keys(identifiers);
    const parentNames = parentIdentifiers(ctx, view.id);
    for (const [operation, kind] of boundOperations(resource)) {
      const bindings = bindingsOf(ctx, operation, identifiers, checkedInputs);
      if (kind === "instance") {
        const missing = names.filter((n) => !bindings.has(n));
        if (missing.length > 0) {
          ctx.error(
            "ResourceIdentifierBinding",
            operation,
            `\`${operation}\` is an instance operation of \`${view.id}\` but its input binds no ${missing.map((n) => `\`${n}\``).join(", ")} (a @required member of that name and target, or one with @resourceIdentifier)`,
          );
        }
        continue;
      }
      if (names.length > 0 && names.every((n) => bindings.has(n))) {
        ctx.error(
          "ResourceIdentifierBinding",
          operation,
          `\`${operation}\` is a collection operation of \`${view.id}\` but its input binds every identifier of it; bind only those of parent resources`,
        );
        continue;
      }
      const missingParent = parentNames.filter((n) => !bindings.has(n));
      if (missingParent.length > 0) {
        ctx.error(
          "ResourceIdentifierBinding",
          operation,
          `\`${operation}\` is bound to \`${view.id}\`, a child resource, but its input binds no ${missingParent.map((n) => `\`${n}\``).join(", ")} of its parent`,
        );
      }
    }
  }
};

function boundOperations(resource: ResourceShapeNode): [string, "instance" | "collection"][] {
  const out: [string, "instance" | "collection"][] = [];
  for (const k of ["read", "update", "delete", "put"] as const)
    if (resource[k]) out.push([resource[k].target, "instance"]);
  for (const o of resource.operations ?? []) out.push([o.target, "instance"]);
  for (const k of ["create", "list"] as const) if (resource[k]) out.push([resource[k].target, "collection"]);
  for (const o of resource.collectionOperations ?? []) out.push([o.target, "collection"]);
  return out;
}

/** The identifier names of the resources that bind this one as a child. */
function parentIdentifiers(ctx: CheckContext, resourceId: string): string[] {
  const names = new Set<string>();
  for (const r of ctx.model.in(resourceId)) {
    if (r.rel !== "resource") continue;
    const parent = ctx.model.get(r.to)?.shape;
    if (parent?.type === "resource") for (const n of Object.keys(parent.identifiers ?? {})) names.add(n);
  }
  return [...names];
}

/**
 * The identifiers the operation's input binds. Conflicts are reported once per input structure: two explicit
 * bindings of one identifier (ERROR), and an explicit binding beside an implicit one (WARNING).
 */
function bindingsOf(
  ctx: CheckContext,
  operationId: string,
  identifiers: Record<string, { target: string }>,
  checkedInputs: Set<string>,
): Set<string> {
  const operation = ctx.model.get(operationId)?.shape;
  const input = operation?.type === "operation" ? operation.input?.target : undefined;
  const bound = new Set<string>();
  if (!input) return bound;
  const explicit = new Map<string, string[]>();
  const implicit = new Set<string>();
  for (const member of ctx.model.membersOf(input)) {
    const name = member.traits[RESOURCE_IDENTIFIER];
    if (typeof name === "string") {
      explicit.set(name, [...(explicit.get(name) ?? []), member.memberName!]);
      continue;
    }
    const identifier = identifiers[member.memberName!];
    if (identifier && member.traits[REQUIRED] !== undefined && member.target === identifier.target) {
      implicit.add(member.memberName!);
    }
  }
  for (const n of [...implicit, ...explicit.keys()]) bound.add(n);
  if (!checkedInputs.has(input)) {
    checkedInputs.add(input);
    for (const [name, members] of explicit) {
      const listed = members
        .sort()
        .map((m) => `\`${m}\``)
        .join(", ");
      if (members.length > 1) {
        ctx.error(
          "ResourceIdentifierBinding",
          input,
          `members ${listed} of \`${input}\` all bind the resource identifier \`${name}\`; only one may`,
        );
      }
      if (implicit.has(name)) {
        ctx.warn(
          "ResourceIdentifierBinding",
          input,
          `member \`${name}\` of \`${input}\` would bind the resource identifier \`${name}\`, but ${listed} bind it with @resourceIdentifier instead`,
        );
      }
    }
  }
  return bound;
}
