// Resources and how they are bound, as Smithy checks them: lifecycle operations carry the traits their role needs
// ("ResourceLifecycle"); resources do not contain themselves ("ResourceCycle", on each resource of the cycle); a
// child resource repeats its parent's identifiers with the same targets and no identifier is also a property
// ("ResourceIdentifier"); and within a service's closure each operation and each resource is bound from one place
// only ("SingleOperationBinding", "SingleResourceBinding").
import type { ResourceShapeNode } from "../../ast.js";
import type { Check, CheckContext } from "../context.js";

const READONLY = "smithy.api#readonly";
const IDEMPOTENT = "smithy.api#idempotent";

/** What each lifecycle operation must be: readonly, not readonly, idempotent. */
type LifecycleRole = "create" | "put" | "read" | "update" | "delete" | "list";
const LIFECYCLE_RULES: Record<LifecycleRole, { readonly?: boolean; idempotent?: boolean }> = {
  create: { readonly: false },
  put: { readonly: false, idempotent: true },
  read: { readonly: true },
  update: { readonly: false },
  delete: { readonly: false, idempotent: true },
  list: { readonly: true },
};

export const checkResources: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    const shape = view.shape;
    if (shape?.type === "resource") {
      checkLifecycle(ctx, view.id, shape);
      checkCycle(ctx, view.id);
      checkIdentifiers(ctx, view.id, shape);
    } else if (shape?.type === "service") {
      checkSingleBindings(ctx, view.id);
    }
  }
};

function checkLifecycle(ctx: CheckContext, resourceId: string, resource: ResourceShapeNode): void {
  for (const [role, rule] of Object.entries(LIFECYCLE_RULES) as [
    LifecycleRole,
    (typeof LIFECYCLE_RULES)[LifecycleRole],
  ][]) {
    const ref = resource[role];
    const operation = ref ? ctx.model.get(ref.target) : undefined;
    if (operation?.type !== "operation") continue;
    const isReadonly = operation.traits[READONLY] !== undefined;
    const problems: string[] = [];
    // A readonly operation is idempotent too, but these roles ask for the trait itself.
    if (rule.idempotent && operation.traits[IDEMPOTENT] === undefined) problems.push("must be @idempotent");
    if (rule.readonly === true && !isReadonly) problems.push("must be @readonly");
    if (rule.readonly === false && isReadonly) problems.push("must not be @readonly");
    for (const problem of problems) {
      ctx.error(
        "ResourceLifecycle",
        resourceId,
        `the ${role} operation \`${operation.id}\` of \`${resourceId}\` ${problem}`,
      );
    }
  }
}

/** The child resources a resource binds. */
function children(ctx: CheckContext, resourceId: string): string[] {
  const shape = ctx.model.get(resourceId)?.shape;
  if (shape?.type !== "resource") return [];
  return (shape.resources ?? []).map((r) => r.target).filter((id) => ctx.model.get(id)?.type === "resource");
}

function checkCycle(ctx: CheckContext, resourceId: string): void {
  const path = cycleFrom(ctx, resourceId);
  if (path) ctx.error("ResourceCycle", resourceId, `resources contain themselves: ${path.join(" -> ")}`);
}

/** The path by which a resource contains itself through child resources, or undefined. */
function cycleFrom(ctx: CheckContext, start: string): string[] | undefined {
  const seen = new Set<string>();
  const walk = (id: string, path: string[]): string[] | undefined => {
    for (const child of children(ctx, id)) {
      if (child === start) return [...path, child];
      if (seen.has(child)) continue;
      seen.add(child);
      const found = walk(child, [...path, child]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}

function checkIdentifiers(ctx: CheckContext, resourceId: string, resource: ResourceShapeNode): void {
  const identifiers = resource.identifiers ?? {};
  const properties = Object.keys(resource.properties ?? {}).map((p) => p.toLowerCase());
  for (const name of Object.keys(identifiers)) {
    if (properties.includes(name.toLowerCase())) {
      ctx.error(
        "ResourceIdentifier",
        resourceId,
        `identifier \`${name}\` of \`${resourceId}\` is also one of its properties`,
      );
    }
  }
  for (const child of children(ctx, resourceId)) {
    if (child === resourceId) continue;
    const childShape = ctx.model.get(child)?.shape;
    if (childShape?.type !== "resource") continue;
    const childIds = childShape.identifiers ?? {};
    const missing = Object.keys(identifiers).filter((n) => childIds[n] === undefined);
    if (missing.length > 0) {
      ctx.error(
        "ResourceIdentifier",
        child,
        `\`${child}\` is a child of \`${resourceId}\` but lacks its identifiers ${missing.map((n) => `\`${n}\``).join(", ")}`,
      );
    }
    for (const [name, ref] of Object.entries(identifiers)) {
      const own = childIds[name];
      if (own && own.target !== ref.target) {
        ctx.error(
          "ResourceIdentifier",
          child,
          `identifier \`${name}\` of \`${child}\` targets \`${own.target}\`, but its parent \`${resourceId}\` has it target \`${ref.target}\``,
        );
      }
    }
  }
}

/** The operations a service or resource binds directly (lifecycle, instance and collection operations). */
function boundOperations(ctx: CheckContext, id: string): Set<string> {
  const shape = ctx.model.get(id)?.shape;
  const out = new Set<string>();
  if (shape?.type === "service") for (const o of shape.operations ?? []) out.add(o.target);
  if (shape?.type === "resource") {
    for (const k of ["create", "put", "read", "update", "delete", "list"] as const)
      if (shape[k]) out.add(shape[k].target);
    for (const o of [...(shape.operations ?? []), ...(shape.collectionOperations ?? [])]) out.add(o.target);
  }
  return out;
}

function checkSingleBindings(ctx: CheckContext, serviceId: string): void {
  const service = ctx.model.get(serviceId)?.shape;
  if (service?.type !== "service") return;
  // The binders of the closure: the service and every resource it reaches.
  const binders = [serviceId];
  const resourceParents = new Map<string, string[]>();
  const stack = (service.resources ?? []).map((r) => ({ id: r.target, parent: serviceId }));
  const reached = new Set<string>();
  while (stack.length > 0) {
    const { id, parent } = stack.pop()!;
    if (ctx.model.get(id)?.type !== "resource") continue;
    resourceParents.set(id, [...(resourceParents.get(id) ?? []), parent]);
    if (reached.has(id)) continue;
    reached.add(id);
    binders.push(id);
    for (const child of children(ctx, id)) stack.push({ id: child, parent: id });
  }
  for (const [resource, parents] of resourceParents) {
    const distinct = [...new Set(parents)].filter((p) => p !== resource);
    // A resource on a cycle is ResourceCycle's to report.
    if (distinct.length > 1 && !cycleFrom(ctx, resource)) {
      ctx.error(
        "SingleResourceBinding",
        resource,
        `\`${resource}\` is bound into the closure of \`${serviceId}\` more than once: by ${distinct
          .sort()
          .map((p) => `\`${p}\``)
          .join(", ")}`,
      );
    }
  }
  const operationBinders = new Map<string, string[]>();
  for (const binder of binders) {
    for (const op of boundOperations(ctx, binder))
      operationBinders.set(op, [...(operationBinders.get(op) ?? []), binder]);
  }
  for (const [operation, by] of operationBinders) {
    if (by.length > 1) {
      ctx.error(
        "SingleOperationBinding",
        operation,
        `\`${operation}\` is bound into the closure of \`${serviceId}\` more than once: by ${by
          .sort()
          .map((p) => `\`${p}\``)
          .join(", ")}`,
      );
    }
  }
}
