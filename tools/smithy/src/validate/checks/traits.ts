// Traits: each applied trait must be defined as a trait ("UnknownTrait"; a trait id that is not absolute is a
// "Model" error), be applied where its selector allows ("TraitTarget"; `@required` on a union member is
// "RequiredUnionMember"), have a value that fits its shape ("TraitValue"; a structure member the trait does not
// define is a WARNING, as in Smithy), not sit beside a trait it conflicts with ("TraitConflict", one finding per shape),
// and respect `structurallyExclusive` ("ExclusiveStructureMemberTrait"). Deprecated traits outside the prelude give a
// warning ("DeprecatedTrait"), and so do unstable ones ("UnstableTrait.<trait>").
import { type NodeValue, PRELUDE_NAMESPACE } from "../../ast.js";
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";
import { isRangeConstraint, type NodeConstraint } from "../node-check.js";
import { article } from "../words.js";

const TRAIT = "smithy.api#trait";
const REQUIRED = "smithy.api#required";
const MIXIN = "smithy.api#mixin";
const ERROR = "smithy.api#error";
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

/**
 * Whether Smithy's loader refuses the value while building the prelude trait (a "Model" error, and the trait is then
 * not validated further) instead of reporting it as a bad trait value: a value of the wrong kind or without a
 * required member, an `@error` that is neither client nor server, and a shape id that does not parse.
 */
function failsOnCreation(traitId: string, path: string, constraint: NodeConstraint | undefined): boolean {
  if (!traitId.startsWith(`${PRELUDE_NAMESPACE}#`)) return false;
  if (constraint === "shapeIdSyntax") return true;
  if (path !== "") return false;
  return constraint === "kind" || constraint === "missingMember" || (traitId === ERROR && constraint === "enumValue");
}

function describeShape(ctx: CheckContext, view: ShapeView): string {
  if (view.type !== "member") return `${view.type} \`${view.id}\``;
  const container = ctx.model.get(view.container!);
  return `member \`${view.id}\` of ${article(container?.type ?? "shape")}`;
}

export const checkTraits: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    const conflicts: string[] = [];
    for (const [traitId, value] of Object.entries(view.traits)) {
      const where = ctx.model.traitLocation(view.id, traitId);
      if (!traitId.includes("#")) {
        ctx.error("Model", view.id, `trait id \`${traitId}\` is not an absolute shape id (namespace#Name)`, where);
        continue;
      }
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
      if (traitShape.traits[MIXIN] !== undefined) {
        // A mixin is only ever copied into other shapes; the shapes that use it can be traits, it cannot.
        ctx.error("TraitTarget", view.id, `trait \`${traitId}\` is a mixin and cannot be applied as a trait`, where);
      } else if (def.selector !== "*" && !ctx.selectors.matches(def.selector, view.id)) {
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
        ctx.nodes.check(value as NodeValue, traitId, (path, message, constraint) => {
          const text = `invalid value for trait \`${traitId}\`${path ? ` at ${path}` : ""}: ${message}`;
          if (constraint === "unknownMember") {
            const name = path.slice(path.lastIndexOf(".") + 1);
            ctx.warn(`TraitValue.UnknownMember.${traitId}.${name}`, view.id, text, where);
          } else if (failsOnCreation(traitId, path, constraint)) {
            ctx.error("Model", view.id, text, where);
          } else {
            ctx.error(isRangeConstraint(constraint) ? `TraitValue.${constraint}` : "TraitValue", view.id, text, where);
          }
        });
      }
      for (const other of def.conflicts) {
        const key = [traitId, other].sort().join("` and `");
        if (view.traits[other] !== undefined && !conflicts.includes(key)) conflicts.push(key);
      }
      const deprecated = traitShape.traits["smithy.api#deprecated"];
      // The prelude's own deprecated trait (`@enum`) is kept for IDL 1.0 models; Smithy does not flag its use.
      if (deprecated !== undefined && !traitId.startsWith(`${PRELUDE_NAMESPACE}#`)) {
        const why = isNodeObject(deprecated) && typeof deprecated.message === "string" ? `: ${deprecated.message}` : "";
        ctx.warn("DeprecatedTrait", view.id, `trait \`${traitId}\` is deprecated${why}`, where);
      }
      if (traitShape.traits["smithy.api#unstable"] !== undefined) {
        ctx.warn(`UnstableTrait.${traitId}`, view.id, `trait \`${traitId}\` is unstable: it may change`, where);
      }
    }
    if (conflicts.length > 0) {
      ctx.error(
        "TraitConflict",
        view.id,
        `conflicting traits on ${describeShape(ctx, view)}: ${conflicts.map((c) => `\`${c}\``).join(", ")}`,
      );
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
        "ExclusiveStructureMemberTrait",
        view.id,
        `only one member of \`${view.id}\` may use \`${traitId}\`, found ${ids.length}: ${ids.join(", ")}`,
      );
    }
  }
}
