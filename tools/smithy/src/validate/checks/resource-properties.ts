// "ResourceOperationInputOutput": a resource that declares `properties` is described by the inputs and outputs of
// its create operation and its instance operations (read, update, delete, put, `operations`). Each of their members
// is an identifier (a @required member named after one, with its target, or one with @resourceIdentifier), a
// property (by name, or `@property(name: ...)`, with the property's target), or marked @notProperty; a member with
// @nestedProperties stands for its structure's members instead of the others. Two members of one structure cannot
// name the same property, and every property must be used by one of these operations.
import type { ResourceShapeNode } from "../../ast.js";
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";

const REQUIRED = "smithy.api#required";
const RESOURCE_IDENTIFIER = "smithy.api#resourceIdentifier";
const PROPERTY = "smithy.api#property";
const NOT_PROPERTY = "smithy.api#notProperty";
const NESTED_PROPERTIES = "smithy.api#nestedProperties";
const ID = "ResourceOperationInputOutput";

export const checkResourceProperties: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    const resource = view.shape;
    if (resource?.type !== "resource" || Object.keys(resource.properties ?? {}).length === 0) continue;
    const used = new Set<string>();
    for (const [structure, operation] of describingStructures(ctx, resource)) {
      checkStructure(ctx, view.id, resource, operation, structure, used);
    }
    for (const name of Object.keys(resource.properties ?? {})) {
      if (!used.has(name)) {
        ctx.error(
          ID,
          view.id,
          `property \`${name}\` of \`${view.id}\` is in the input or output of neither its create operation nor an instance operation`,
        );
      }
    }
  }
};

/**
 * The input and output structures of create and the instance operations, each once (a structure several of them
 * share is checked once), with the first operation that uses it.
 */
function describingStructures(ctx: CheckContext, resource: ResourceShapeNode): Map<string, string> {
  const operations = [
    resource.create,
    resource.read,
    resource.update,
    resource.delete,
    resource.put,
    ...(resource.operations ?? []),
  ];
  const out = new Map<string, string>();
  for (const ref of operations) {
    const operation = ref ? ctx.model.get(ref.target)?.shape : undefined;
    if (operation?.type !== "operation") continue;
    for (const io of [operation.input, operation.output]) {
      if (io && ctx.model.get(io.target) && !out.has(io.target)) out.set(io.target, ref!.target);
    }
  }
  return out;
}

function checkStructure(
  ctx: CheckContext,
  resourceId: string,
  resource: ResourceShapeNode,
  operation: string,
  structureId: string,
  used: Set<string>,
): void {
  const top = ctx.model.membersOf(structureId);
  const nested = top.find((m) => m.traits[NESTED_PROPERTIES] !== undefined);
  const holder = nested?.target ?? structureId;
  const members = nested ? ctx.model.membersOf(nested.target!) : top;
  const byProperty = new Map<string, string[]>();
  for (const member of members) {
    // A second level of @nestedProperties is misplaced (TraitTarget says so) and stands for nothing here.
    if (member.traits[NESTED_PROPERTIES] !== undefined) continue;
    if (member.traits[NOT_PROPERTY] !== undefined || isIdentifier(member, resource)) continue;
    const name = propertyName(member);
    const propertyTarget = resource.properties?.[name]?.target;
    if (propertyTarget === undefined) {
      ctx.error(
        ID,
        member.id,
        `member \`${member.memberName}\` of \`${holder}\` is neither a property nor an identifier of \`${resourceId}\`; mark it @property, @resourceIdentifier or @notProperty`,
      );
      continue;
    }
    used.add(name);
    byProperty.set(name, [...(byProperty.get(name) ?? []), member.memberName!]);
    if (member.target !== propertyTarget) {
      ctx.error(
        ID,
        member.id,
        `member \`${member.memberName}\` must target \`${propertyTarget}\`, the target of the property \`${name}\` of \`${resourceId}\` (it is used by \`${operation}\`)`,
      );
    }
  }
  for (const [name, names] of byProperty) {
    if (names.length > 1) {
      ctx.error(
        ID,
        holder,
        `members ${names
          .sort()
          .map((n) => `\`${n}\``)
          .join(", ")} of \`${holder}\` all stand for the property \`${name}\``,
      );
    }
  }
}

function isIdentifier(member: ShapeView, resource: ResourceShapeNode): boolean {
  if (typeof member.traits[RESOURCE_IDENTIFIER] === "string") return true;
  const identifier = resource.identifiers?.[member.memberName!];
  return identifier !== undefined && member.traits[REQUIRED] !== undefined && member.target === identifier.target;
}

function propertyName(member: ShapeView): string {
  const property = member.traits[PROPERTY];
  return isNodeObject(property) && typeof property.name === "string" ? property.name : member.memberName!;
}
