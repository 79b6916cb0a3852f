// "Target": every reference names a shape of the right kind (members, mixins, operation input/output/errors,
// service and resource bindings); only union and enum members target Unit ("UnitType"). What Smithy's loader itself
// refuses is a "Model" error: mixin cycles and missing mixins, lists and maps without their members.

import { type MemberGraph, missingMembers, unbuildableMixin } from "../../assemble/list-map-members.js";
import type { ShapeRef } from "../../ast.js";
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";
import { article } from "../words.js";

const UNIT = "smithy.api#Unit";
const TRAIT = "smithy.api#trait";
const MIXIN = "smithy.api#mixin";
const ERROR = "smithy.api#error";
const NOT_TARGETABLE = new Set(["service", "operation", "resource", "member"]);

export const checkTargets: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    if (view.type === "member") checkMember(ctx, view);
    else checkShape(ctx, view);
  }
  for (const [id, message] of ctx.model.flattenErrors) {
    if (message.includes("cycle")) {
      ctx.error("Model", id, `mixins form a cycle through \`${id}\``);
      continue;
    }
    // A mixin that is defined but could not be built itself (its own mixin is missing) fails the shapes using it.
    const node = ctx.model.ast.shapes[id];
    for (const mixin of node && node.type !== "apply" ? (node.mixins ?? []) : []) {
      if (ctx.model.ast.shapes[mixin.target] !== undefined && ctx.model.flattenErrors.has(mixin.target)) {
        ctx.error(
          "Model",
          id,
          `the mixin \`${mixin.target}\` of \`${id}\` cannot be applied: it could not be built itself`,
        );
      }
    }
  }
};

function checkMember(ctx: CheckContext, member: ShapeView): void {
  const target = member.target;
  const container = ctx.model.get(member.container!);
  if (!target || !ctx.model.has(target)) {
    ctx.error("Target", member.id, `member \`${member.id}\` targets \`${target}\`, which is not defined`);
    return;
  }
  const shape = ctx.model.get(target)!;
  const isEnum = container?.type === "enum" || container?.type === "intEnum";
  if (isEnum) {
    if (target !== UNIT) ctx.error("Target", member.id, `enum member \`${member.id}\` must target ${UNIT}`);
    return;
  }
  if (NOT_TARGETABLE.has(shape.type)) {
    ctx.error(
      "Target",
      member.id,
      `member \`${member.id}\` targets \`${target}\`, ${article(shape.type)}; members target data shapes`,
    );
  } else if (target === UNIT && container?.type !== "union") {
    ctx.error(
      "UnitType",
      member.id,
      `only union and enum members can target ${UNIT}; \`${member.id}\` is ${article(container?.type ?? "shape")} member`,
    );
  } else if (shape.traits[TRAIT] !== undefined) {
    ctx.error(
      "Target",
      member.id,
      `member \`${member.id}\` targets the trait shape \`${target}\`; trait shapes are only applied`,
    );
  } else if (shape.traits[MIXIN] !== undefined) {
    ctx.error(
      "Target",
      member.id,
      `member \`${member.id}\` targets the mixin \`${target}\`; mixins are only used with \`with [...]\``,
    );
  } else if (container?.type === "map" && member.memberName === "key" && !typeMatchesString(shape.type)) {
    ctx.error(
      "Target",
      container.id,
      `the key of map \`${container.id}\` must target a string, not ${article(shape.type)}`,
    );
  }
}

/** The model's shapes as written (members a shape defines itself, not those its mixins give it). */
function astGraph(ctx: CheckContext): MemberGraph {
  const node = (id: string) => {
    const n = ctx.model.ast.shapes[id] ?? ctx.model.get(id)?.shape;
    return n && n.type !== "apply" ? n : undefined;
  };
  return {
    type: (id) => node(id)?.type,
    mixins: (id) => (node(id)?.mixins ?? []).map((m) => m.target),
    ownMembers: (id) =>
      ["member", "key", "value"].filter((name) => (node(id) as unknown as Record<string, unknown> | undefined)?.[name]),
  };
}

function typeMatchesString(type: string): boolean {
  return type === "string" || type === "enum";
}

function expectRef(
  ctx: CheckContext,
  from: ShapeView,
  ref: ShapeRef | undefined,
  what: string,
  types: string[],
  needsError = false,
): void {
  if (!ref) return;
  const shape = ctx.model.get(ref.target);
  if (!shape) {
    ctx.error("Target", from.id, `${what} \`${ref.target}\` of \`${from.id}\` is not defined`);
    return;
  }
  if (!types.includes(shape.type)) {
    ctx.error(
      "Target",
      from.id,
      `${what} \`${ref.target}\` of \`${from.id}\` must be a ${types.join(" or ")}, not ${article(shape.type)}`,
    );
  } else if (needsError && shape.traits[ERROR] === undefined) {
    ctx.error(
      "Target",
      from.id,
      `${what} \`${ref.target}\` of \`${from.id}\` must be a structure with the @error trait`,
    );
  }
}

function checkShape(ctx: CheckContext, view: ShapeView): void {
  const node = ctx.model.ast.shapes[view.id];
  if (node && node.type !== "apply") {
    for (const mixin of node.mixins ?? []) {
      const m = ctx.model.get(mixin.target);
      if (!m) ctx.error("Model", view.id, `mixin \`${mixin.target}\` of \`${view.id}\` is not defined`);
      else if (ctx.model.flattenErrors.has(mixin.target) && ctx.model.flattenErrors.has(view.id)) {
        // a cycle, reported once for each shape in it
      } else if (m.traits["smithy.api#mixin"] === undefined) {
        ctx.error(
          "Target",
          view.id,
          `\`${mixin.target}\` is used as a mixin of \`${view.id}\` but has no @mixin trait`,
        );
      } else if (m.type !== view.type) {
        ctx.error(
          "Target",
          view.id,
          `the ${view.type} \`${view.id}\` cannot use the ${m.type} \`${mixin.target}\` as a mixin`,
        );
      }
    }
  }
  const shape = view.shape!;
  switch (shape.type) {
    case "list":
    case "set":
    case "map": {
      // A shape whose mixin cannot be built fails with the mixin (the loader reports it), not on its own members.
      const graph = astGraph(ctx);
      const missing = missingMembers(graph, view.id);
      if (missing.length > 0 && unbuildableMixin(graph, view.id) === undefined) {
        ctx.error(
          "Model",
          view.id,
          `${article(shape.type)} \`${view.id}\` lacks ${missing.map((n) => `\`${n}\``).join(" and ")}`,
        );
      }
      break;
    }
    case "operation":
      expectRef(ctx, view, shape.input, "input", ["structure"]);
      expectRef(ctx, view, shape.output, "output", ["structure"]);
      for (const [what, ref] of [
        ["input", shape.input],
        ["output", shape.output],
      ] as const) {
        if (ref && ctx.model.get(ref.target)?.traits[ERROR] !== undefined) {
          ctx.error("Target", view.id, `the ${what} of \`${view.id}\`, \`${ref.target}\`, is an @error structure`);
        }
      }
      for (const e of shape.errors ?? []) expectRef(ctx, view, e, "error", ["structure"], true);
      break;
    case "service":
      for (const o of shape.operations ?? []) expectRef(ctx, view, o, "operation", ["operation"]);
      for (const r of shape.resources ?? []) expectRef(ctx, view, r, "resource", ["resource"]);
      for (const e of shape.errors ?? []) expectRef(ctx, view, e, "error", ["structure"], true);
      break;
    case "resource":
      for (const [name, r] of Object.entries(shape.identifiers ?? {})) {
        expectRef(ctx, view, r, `identifier \`${name}\``, ["string", "enum"]);
      }
      for (const [name, r] of Object.entries(shape.properties ?? {})) {
        const target = ctx.model.get(r.target);
        if (!target)
          ctx.error("Target", view.id, `property \`${name}\` \`${r.target}\` of \`${view.id}\` is not defined`);
      }
      for (const k of ["create", "put", "read", "update", "delete", "list"] as const) {
        expectRef(ctx, view, shape[k], k, ["operation"]);
      }
      for (const o of [...(shape.operations ?? []), ...(shape.collectionOperations ?? [])]) {
        expectRef(ctx, view, o, "operation", ["operation"]);
      }
      for (const r of shape.resources ?? []) expectRef(ctx, view, r, "resource", ["resource"]);
      break;
    default:
      break;
  }
}
