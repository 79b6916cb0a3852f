// Members and operations that look as if they belong to a resource. A structure member named and typed like an
// identifier of resources, in a structure none of them reaches and whose `@references` name none of them, gets
// a WARNING ("MemberShouldReferenceResource"). An operation bound to a service whose input has members for every
// identifier of one of the service's resources gets a WARNING too ("ServiceBoundResourceOperation.<service>.<name>").
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";

const REFERENCES = "smithy.api#references";

interface Identifier {
  resource: string;
  target: string;
}

export const checkResourceReferences: Check = (ctx) => {
  const byName = identifiersByName(ctx);
  if (byName.size === 0) return;
  const reach = new Map<string, Set<string>>();
  const reachedFrom = (resource: string) => {
    let set = reach.get(resource);
    if (!set) {
      set = ctx.model.index.closure([resource]);
      reach.set(resource, set);
    }
    return set;
  };
  for (const view of ctx.model.own()) {
    if (view.type !== "member" || !view.container || ctx.model.get(view.container)?.type !== "structure") continue;
    const candidates = (byName.get(view.memberName!) ?? [])
      .filter((i) => i.target === view.target)
      .map((i) => i.resource);
    const referenced = referencedResources(ctx, view.container);
    // Child resources repeat their parent's identifiers: a structure any of them reaches or references is bound.
    const bound = candidates.some((r) => referenced.has(r) || reachedFrom(r).has(view.container!));
    const missing = bound ? [] : candidates.sort();
    if (missing.length > 0) {
      ctx.warn(
        "MemberShouldReferenceResource",
        view.id,
        `\`${view.id}\` looks like the identifier of ${missing.map((r) => `\`${r}\``).join(", ")}; list it in a @references trait of \`${view.container}\``,
      );
    }
  }
  for (const view of ctx.model.own()) {
    if (view.shape?.type === "service") checkServiceBound(ctx, view.id);
  }
};

/** Resource identifiers by name, for the resources of the model that have any. */
function identifiersByName(ctx: CheckContext): Map<string, Identifier[]> {
  const out = new Map<string, Identifier[]>();
  for (const view of ctx.model.own()) {
    if (view.shape?.type !== "resource") continue;
    for (const [name, ref] of Object.entries(view.shape.identifiers ?? {})) {
      out.set(name, [...(out.get(name) ?? []), { resource: view.id, target: ref.target }]);
    }
  }
  return out;
}

function referencedResources(ctx: CheckContext, structure: string): Set<string> {
  const value = ctx.model.get(structure)?.traits[REFERENCES];
  const out = new Set<string>();
  if (Array.isArray(value))
    for (const r of value) if (isNodeObject(r) && typeof r.resource === "string") out.add(r.resource);
  return out;
}

function checkServiceBound(ctx: CheckContext, serviceId: string): void {
  const service = ctx.model.get(serviceId)?.shape;
  if (service?.type !== "service") return;
  const resources = [...ctx.model.index.closure([serviceId])].filter((id) => ctx.model.get(id)?.type === "resource");
  for (const ref of service.operations ?? []) {
    const operation = ctx.model.get(ref.target)?.shape;
    const input = operation?.type === "operation" ? operation.input?.target : undefined;
    if (!input) continue;
    const members = ctx.model.membersOf(input);
    const matching = resources.filter((r) => {
      const resource = ctx.model.get(r)?.shape;
      const identifiers = Object.entries(resource?.type === "resource" ? (resource.identifiers ?? {}) : {});
      return (
        identifiers.length > 0 &&
        identifiers.every(([name, id]) => members.some((m) => m.memberName === name && m.target === id.target))
      );
    });
    if (matching.length === 0) continue;
    const name = ref.target.slice(ref.target.indexOf("#") + 1);
    ctx.warn(
      `ServiceBoundResourceOperation.${serviceId}.${name}`,
      ref.target,
      `\`${ref.target}\` is bound to \`${serviceId}\` but its input has the identifiers of ${matching
        .sort()
        .map((r) => `\`${r}\``)
        .join(", ")}; it may belong to one of them`,
    );
  }
}
