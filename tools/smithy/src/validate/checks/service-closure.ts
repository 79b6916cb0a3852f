// The shapes a service reaches have names unique ignoring case, whatever their namespaces, once the service's
// `rename` is applied ("Service"): two structures, unions, services, operations or resources of one name, or two
// shapes of one name that differ in type or traits, cannot both be generated (ERROR); two equal lists or sets are a
// WARNING, two equal simple shapes a NOTE. Each `rename` entry names a shape of the closure that is not a member,
// operation or resource, and gives it a new, valid name. Shapes of the prelude get no event of their own.
import type { Traits } from "../../ast.js";
import type { Severity } from "../../errors.js";
import { nodeEquals } from "../../node-values.js";
import { SIMPLE_SHAPE_TYPES } from "../../shape-types.js";
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";
import { article } from "../words.js";
import { closureOf } from "./closure.js";
import { targetsResolved } from "./targets-resolved.js";

// Enums are strings and intEnums integers to Smithy: simple shapes too.
const SIMPLE = new Set([...SIMPLE_SHAPE_TYPES, "enum", "intEnum"]);
const COLLECTIONS = new Set(["list", "set"]);
const UNIT = "smithy.api#Unit";
const IDENTIFIER = /^(?:_+[A-Za-z0-9]|[A-Za-z])\w*$/;
const RANK: Record<string, number> = { NOTE: 0, WARNING: 1, DANGER: 2, ERROR: 3 };

function nameOf(id: string): string {
  return id.slice(id.indexOf("#") + 1);
}

function sameTraits(a: Traits, b: Traits): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => key in a && key in b && nodeEquals(a[key], b[key]));
}

/** How bad it is that two shapes share a name: undefined when either is missing. */
function conflict(ctx: CheckContext, a: ShapeView | undefined, b: ShapeView | undefined): Severity | undefined {
  if (a === undefined || b === undefined) return undefined;
  const allowed = (v: ShapeView) => SIMPLE.has(v.type) || COLLECTIONS.has(v.type) || v.type === "member";
  if (!allowed(a) || !allowed(b) || a.type !== b.type || !sameTraits(a.traits, b.traits)) return "ERROR";
  if (a.type === "member") {
    return conflict(
      ctx,
      a.target ? ctx.model.get(a.target) : undefined,
      b.target ? ctx.model.get(b.target) : undefined,
    );
  }
  if (COLLECTIONS.has(a.type)) {
    const inner = conflict(ctx, ctx.model.get(`${a.id}$member`), ctx.model.get(`${b.id}$member`));
    return inner !== undefined && RANK[inner]! >= RANK.WARNING! ? inner : "WARNING";
  }
  return "NOTE";
}

function checkService(ctx: CheckContext, service: ShapeView): void {
  const rename = (service.shape?.type === "service" ? service.shape.rename : undefined) ?? {};
  const closure = closureOf(ctx, service.id);
  const contextual = (id: string) => rename[id] ?? nameOf(id);
  const byName = new Map<string, string[]>();
  for (const id of closure) {
    // smithy.api#Unit stands for "nothing" (an operation without input, a union member without value): it names
    // no shape of its own, so a model's own Unit does not conflict with it.
    if (id.includes("$") || id === UNIT) continue;
    const key = contextual(id).toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), id]);
  }
  for (const ids of byName.values()) {
    if (ids.length < 2) continue;
    for (const subject of ids) {
      if (ctx.model.get(subject)?.prelude) continue;
      for (const other of ids) {
        if (other === subject) continue;
        const severity = conflict(ctx, ctx.model.get(subject), ctx.model.get(other));
        if (severity === undefined) continue;
        const named = (id: string) => (rename[id] ? `\`${id}\` (renamed "${rename[id]}")` : `\`${id}\``);
        ctx.report(
          severity,
          "Service",
          subject,
          `${named(subject)} and ${named(other)} have one name, ignoring case, in the closure of the service \`${service.id}\`; its \`rename\` can tell them apart`,
        );
      }
    }
  }
  for (const [from, to] of Object.entries(rename)) {
    const fail = (message: string) =>
      ctx.error("Service", service.id, `the \`rename\` of \`${service.id}\`: ${message}`);
    if (!IDENTIFIER.test(to)) fail(`"${to}", the new name of \`${from}\`, is not a valid shape name`);
    else if (to === nameOf(from)) fail(`\`${from}\` is renamed to the name it has`);
    const target = closure.has(from) ? ctx.model.get(from) : undefined;
    if (target === undefined) fail(`\`${from}\` is not a shape of the service`);
    else if (["member", "operation", "resource"].includes(target.type)) {
      fail(`\`${from}\` is ${article(target.type)}, which cannot be renamed`);
    }
  }
}

export const checkServiceClosure: Check = (ctx) => {
  if (!targetsResolved(ctx)) return;
  for (const view of ctx.model.own()) if (view.type === "service") checkService(ctx, view);
};
