// "PaginatedTrait": the members that `@paginated` names exist in the operation's input and output, with the right
// types, and the tokens are not required. Service-level `@paginated` values are defaults for its operations.
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";
import { article } from "../words.js";

const PAGINATED = "smithy.api#paginated";
const REQUIRED = "smithy.api#required";
const STRINGS = new Set(["string", "enum"]);
const INTEGERS = new Set(["byte", "short", "integer", "long"]);
const KEYS = ["inputToken", "outputToken", "items", "pageSize"] as const;
type Config = Partial<Record<(typeof KEYS)[number], string>>;

function configOf(value: unknown): Config {
  const out: Config = {};
  if (!isNodeObject(value as never)) return out;
  for (const k of KEYS) {
    const v = (value as Record<string, unknown>)[k];
    if (typeof v === "string") out[k] = v;
  }
  return out;
}

/** Follows a dotted member path ("a.b") from a structure; the member view at the end, or why it failed. */
function follow(ctx: CheckContext, shapeId: string, path: string): ShapeView | string {
  let current = shapeId;
  let member: ShapeView | undefined;
  for (const segment of path.split(".")) {
    member = ctx.model.get(`${current}$${segment}`);
    if (!member?.target) return `\`${current}\` has no member \`${segment}\``;
    current = member.target;
  }
  return member!;
}

export const checkPaginated: Check = (ctx) => {
  const defaults = new Map<string, Config>();
  for (const view of ctx.model.own()) {
    if (view.type !== "service" || view.traits[PAGINATED] === undefined) continue;
    const config = configOf(view.traits[PAGINATED]);
    for (const id of ctx.model.index.closure([view.id]))
      if (ctx.model.get(id)?.type === "operation") defaults.set(id, config);
  }
  for (const view of ctx.model.own()) {
    if (view.type !== "operation" || view.traits[PAGINATED] === undefined || view.shape?.type !== "operation") continue;
    const config = { ...defaults.get(view.id), ...configOf(view.traits[PAGINATED]) };
    const where = ctx.model.traitLocation(view.id, PAGINATED);
    const fail = (message: string) =>
      ctx.error("PaginatedTrait", view.id, `@paginated on \`${view.id}\`: ${message}`, where);
    const input = view.shape.input?.target;
    const output = view.shape.output?.target;
    for (const key of ["inputToken", "outputToken"] as const) {
      if (!config[key]) fail(`${key} must be set (on the operation or its service)`);
    }
    const check = (
      key: (typeof KEYS)[number],
      structure: string | undefined,
      types: Set<string>,
      typeName: string,
      allowPath: boolean,
    ) => {
      const name = config[key];
      if (!name || !structure) return;
      if (!allowPath && name.includes(".")) return fail(`${key} "${name}" must name a top-level member`);
      if (name.split(".").length > 2) {
        ctx.warn(
          `PaginatedTrait.DeeplyNested.${key}`,
          view.id,
          `@paginated on \`${view.id}\`: ${key} "${name}" has more than two parts, which makes the API cumbersome`,
          where,
        );
      }
      const found = follow(ctx, structure, name);
      if (typeof found === "string") return fail(`${key} "${name}" does not exist: ${found}`);
      const target = found.target ? ctx.model.get(found.target) : undefined;
      if (target?.type === "map" && (key === "inputToken" || key === "outputToken")) {
        // Smithy tolerates a map token (some AWS services use one) but warns loudly.
        ctx.danger(
          `PaginatedTrait.WrongShapeType.${key}`,
          view.id,
          `@paginated on \`${view.id}\`: ${key} member \`${found.id}\` targets a map; a token should be a string`,
          where,
        );
      } else if (target && !types.has(target.type)) {
        fail(`${key} "${name}" must target ${typeName}, \`${found.id}\` targets ${article(target.type)}`);
      } else if (key === "pageSize" && target && target.type !== "integer") {
        // Smithy accepts the other integer types for a page size but recommends an integer, as a DANGER.
        ctx.danger(
          "PaginatedTrait",
          view.id,
          `@paginated on \`${view.id}\`: pageSize member \`${found.id}\` targets ${article(target.type)}; it should target an integer`,
          where,
        );
      }
      if (key === "inputToken" || key === "outputToken") {
        if (found.traits[REQUIRED] === undefined) return;
        if (key === "inputToken") fail(`${key} member \`${found.id}\` must not be @required`);
        else
          ctx.danger(
            "PaginatedTrait",
            view.id,
            `@paginated on \`${view.id}\`: ${key} member \`${found.id}\` should not be @required`,
            where,
          );
      } else if (key === "pageSize" && found.traits[REQUIRED] !== undefined) {
        ctx.warn(
          "PaginatedTrait.ShouldNotBeRequired.pageSize",
          view.id,
          `@paginated on \`${view.id}\`: pageSize member \`${found.id}\` should not be @required`,
          where,
        );
      }
    };
    check("inputToken", input, STRINGS, "a string", false);
    check("pageSize", input, INTEGERS, "an integer", false);
    check("outputToken", output, STRINGS, "a string", true);
    check("items", output, new Set(["list", "set", "map"]), "a list or map", true);
  }
};
