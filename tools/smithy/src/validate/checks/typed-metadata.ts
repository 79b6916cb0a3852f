// Metadata given a type by `@metadata(key: ...)`: each key is typed by one shape only, and not the keys Smithy
// reserves for its own use ("MetadataTrait", on each shape); the model's value for a typed key must fit its shape
// ("TypedMetadata.<key>", naming no shape). The prelude types `shapeClosures` this way.
import type { NodeValue } from "../../ast.js";
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";

const METADATA = "smithy.api#metadata";
/** Keys whose meaning Smithy itself defines, with their own checks. */
const RESERVED_KEYS = new Set(["suppressions", "validators", "severityOverrides"]);

export const checkTypedMetadata: Check = (ctx) => {
  const typedBy = new Map<string, string[]>();
  for (const view of ctx.model.all()) {
    const trait = view.traits[METADATA];
    if (!isNodeObject(trait) || typeof trait.key !== "string") continue;
    typedBy.set(trait.key, [...(typedBy.get(trait.key) ?? []), view.id]);
  }
  for (const [key, shapes] of typedBy) {
    for (const shapeId of shapes) {
      if (ctx.model.get(shapeId)?.prelude) continue;
      const where = ctx.model.traitLocation(shapeId, METADATA);
      if (RESERVED_KEYS.has(key)) {
        ctx.error(
          "MetadataTrait",
          shapeId,
          `the metadata key \`${key}\` is Smithy's own and cannot be given a type`,
          where,
        );
      } else if (shapes.length > 1) {
        const others = shapes.filter((s) => s !== shapeId).sort();
        ctx.error(
          "MetadataTrait",
          shapeId,
          `the metadata key \`${key}\` is also typed by ${others.map((s) => `\`${s}\``).join(", ")}; a key has one type`,
          where,
        );
      }
    }
    const value = ctx.model.ast.metadata?.[key];
    if (value !== undefined && shapes.length === 1 && !RESERVED_KEYS.has(key)) checkValue(ctx, key, value, shapes[0]!);
  }
};

function checkValue(ctx: CheckContext, key: string, value: NodeValue, shapeId: string): void {
  ctx.nodes.check(value, shapeId, (path, message, constraint) => {
    const event = {
      id: `TypedMetadata.${key}`,
      severity: constraint === "unknownMember" ? ("WARNING" as const) : ("ERROR" as const),
      message: `metadata \`${key}\`${path ? ` at ${path}` : ""} does not fit \`${shapeId}\`: ${message}`,
    };
    ctx.events.push(event);
  });
}
