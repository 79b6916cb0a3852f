// Traits: each applied trait must be defined as a trait ("UnknownTrait"), be applied where its selector allows
// ("TraitTarget"; `@required` on a union member is "RequiredUnionMember"), have a value that fits its shape
// ("TraitValue"), not sit beside a trait it conflicts with ("ConflictingTraits"), and respect `structurallyExclusive`
// ("StructurallyExclusive"). Deprecated traits give a warning ("DeprecatedTrait").
import type { NodeValue } from "../../ast.js";
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";
import { article } from "../words.js";

const TRAIT = "smithy.api#trait";
const REQUIRED = "smithy.api#required";
/** Traits whose values other checks look at with more specific rules. */
const CHECKED_ELSEWHERE = new Set(["smithy.api#default", "smithy.api#enumValue"]);

interface TraitDefinition {
  selector: string;
  conflicts: string[];
  structurallyExclusive?: string;
}

function definition(ctx: CheckContext, traitId: string): TraitDefinition | undefined {
  const value = ctx.model.get(traitId)?.traits[TRAIT];
  if (value === undefined) return undefined;
  const obj = isNodeObject(value) ? value : {};
  return {
    selector: typeof obj.selector === "string" ? obj.selector : "*",
    conflicts: Array.isArray(obj.conflicts) ? obj.conflicts.filter((c): c is string => typeof c === "string") : [],
    ...(typeof obj.structurallyExclusive === "string" ? { structurallyExclusive: obj.structurallyExclusive } : {}),
  };
}

function describeShape(ctx: CheckContext, view: ShapeView): string {
  if (view.type !== "member") return `${view.type} \`${view.id}\``;
  const container = ctx.model.get(view.container!);
  return `member \`${view.id}\` of ${article(container?.type ?? "shape")}`;
}

export const checkTraits: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    const reportedConflicts = new Set<string>();
    for (const [traitId, value] of Object.entries(view.traits)) {
      const where = ctx.model.traitLocation(view.id, traitId);
      const traitShape = ctx.model.get(traitId);
      if (!traitShape) {
        ctx.report(
          ctx.options.allowUnknownTraits ? "WARNING" : "ERROR",
          "UnknownTrait",
          view.id,
          `trait \`${traitId}\` is not defined: no shape has this id`,
          where,
        );
        continue;
      }
      const def = definition(ctx, traitId);
      if (!def) {
        ctx.error(
          "UnknownTrait",
          view.id,
          `\`${traitId}\` is applied as a trait but is not a trait (it has no @trait)`,
          where,
        );
        continue;
      }
      if (def.selector !== "*" && !ctx.selectors.matches(def.selector, view.id)) {
        const container = view.container ? ctx.model.get(view.container) : undefined;
        if (traitId === REQUIRED && container?.type === "union") {
          ctx.error(
            "RequiredUnionMember",
            view.id,
            `union member \`${view.id}\` cannot be @required: a union sets exactly one member`,
            where,
          );
        } else {
          ctx.error(
            "TraitTarget",
            view.id,
            `trait \`${traitId}\` cannot be applied to ${describeShape(ctx, view)}; it applies to \`${def.selector}\``,
            where,
          );
        }
      }
      if (!CHECKED_ELSEWHERE.has(traitId)) {
        ctx.nodes.check(value as NodeValue, traitId, (path, message) =>
          ctx.error(
            "TraitValue",
            view.id,
            `invalid value for trait \`${traitId}\`${path ? ` at ${path}` : ""}: ${message}`,
            where,
          ),
        );
      }
      for (const other of def.conflicts) {
        if (view.traits[other] === undefined) continue;
        const key = [traitId, other].sort().join(" ");
        if (reportedConflicts.has(key)) continue;
        reportedConflicts.add(key);
        ctx.error(
          "ConflictingTraits",
          view.id,
          `trait \`${traitId}\` conflicts with \`${other}\` on \`${view.id}\``,
          where,
        );
      }
      const deprecated = traitShape.traits["smithy.api#deprecated"];
      if (deprecated !== undefined) {
        const why = isNodeObject(deprecated) && typeof deprecated.message === "string" ? `: ${deprecated.message}` : "";
        ctx.warn("DeprecatedTrait", view.id, `trait \`${traitId}\` is deprecated${why}`, where);
      }
    }
    if (view.type === "structure" || view.type === "union") checkExclusive(ctx, view);
  }
};

/** `structurallyExclusive`: at most one member with the trait ("member") or targeting a shape with it ("target"). */
function checkExclusive(ctx: CheckContext, view: ShapeView): void {
  const members = ctx.model.membersOf(view.id);
  const counts = new Map<string, string[]>();
  const count = (traitId: string, memberId: string) => {
    const list = counts.get(traitId) ?? [];
    list.push(memberId);
    counts.set(traitId, list);
  };
  for (const m of members) {
    for (const traitId of Object.keys(m.traits)) {
      if (definition(ctx, traitId)?.structurallyExclusive === "member") count(traitId, m.id);
    }
    const target = m.target ? ctx.model.get(m.target) : undefined;
    for (const traitId of Object.keys(target?.traits ?? {})) {
      if (definition(ctx, traitId)?.structurallyExclusive === "target") count(traitId, m.id);
    }
  }
  for (const [traitId, ids] of counts) {
    if (ids.length > 1) {
      ctx.error(
        "StructurallyExclusive",
        view.id,
        `only one member of \`${view.id}\` may use \`${traitId}\`, found ${ids.length}: ${ids.join(", ")}`,
      );
    }
  }
}
