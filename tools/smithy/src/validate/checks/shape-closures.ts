// "ShapeClosure": the closures the `shapeClosures` metadata names. A closure holds the shapes of its namespaces and
// those its selector selects, with everything they reference (prelude shapes and members aside). Its id is unique
// and names no shape; it has namespaces or a selector, and each of them contributes shapes (a DANGER otherwise); a
// rename names a shape of the closure, changes its name, and clashes (ignoring case) with no other name in it;
// names that clash without renames get a WARNING. A closure whose value does not fit its type is reported as
// TypedMetadata and left out here.
import type { NodeValue } from "../../ast.js";
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";

const SHAPE_CLOSURE = "smithy.api#ShapeClosure";
/** What a selector can start with; anything else is a syntax error, not merely a selector this toolchain lacks. */
const SELECTOR_START = /^\s*[[:~\-<>*$A-Za-z(]/;

interface Closure {
  id: string;
  namespaces: string[];
  selector?: string;
  rename: Record<string, string>;
}

export const checkShapeClosures: Check = (ctx) => {
  const value = ctx.model.ast.metadata?.shapeClosures;
  if (!Array.isArray(value)) return;
  const closures = value.flatMap((entry) => (fitsType(ctx, entry) ? [closureOf(entry)] : []));
  const seen = new Set<string>();
  for (const closure of closures) {
    if (seen.has(closure.id)) {
      // Reported once for each id declared again.
      if (seen.has(`again:${closure.id}`)) continue;
      seen.add(`again:${closure.id}`);
      fail(ctx, `the shape closure id \`${closure.id}\` is declared more than once`);
      continue;
    }
    seen.add(closure.id);
    checkClosure(ctx, closure);
  }
};

function fitsType(ctx: CheckContext, entry: NodeValue): boolean {
  let fits = true;
  ctx.nodes.check(entry, SHAPE_CLOSURE, () => {
    fits = false;
  });
  return fits;
}

function closureOf(entry: NodeValue): Closure {
  const obj = entry as Record<string, NodeValue>;
  const rename = isNodeObject(obj.rename) ? obj.rename : {};
  return {
    id: obj.id as string,
    namespaces: Array.isArray(obj.includeNamespaces) ? (obj.includeNamespaces as string[]) : [],
    ...(typeof obj.includeBySelector === "string" ? { selector: obj.includeBySelector } : {}),
    rename: Object.fromEntries(Object.entries(rename).filter((e): e is [string, string] => typeof e[1] === "string")),
  };
}

function fail(ctx: CheckContext, message: string): void {
  ctx.events.push({ id: "ShapeClosure", severity: "ERROR", message });
}

function checkClosure(ctx: CheckContext, closure: Closure): void {
  const label = `shape closure \`${closure.id}\``;
  if (ctx.model.has(closure.id)) fail(ctx, `the id of the ${label} is the id of a shape of the model`);
  if (closure.namespaces.length === 0 && closure.selector === undefined) {
    fail(ctx, `the ${label} needs \`includeNamespaces\` or \`includeBySelector\``);
    return;
  }
  const roots = new Set<string>();
  const own = [...ctx.model.own()].filter((v) => v.type !== "member");
  for (const ns of closure.namespaces) {
    const inNamespace = own.filter((v) => v.id.startsWith(`${ns}#`));
    if (inNamespace.length === 0) {
      ctx.events.push({
        id: `ShapeClosure.EmptyNamespace.${closure.id}`,
        severity: "DANGER",
        message: `the ${label} includes the namespace \`${ns}\`, which has no shapes`,
      });
    }
    for (const v of inNamespace) roots.add(v.id);
  }
  if (closure.selector !== undefined) {
    if (!SELECTOR_START.test(closure.selector)) {
      fail(ctx, `the ${label} has an \`includeBySelector\` that is not a selector: ${closure.selector}`);
      return;
    }
    const selected = ctx.selectors.select(closure.selector);
    if (selected === null) return; // a selector this toolchain does not evaluate: the closure is not known
    const fresh = [...selected].filter((id) => !roots.has(id) && ctx.model.get(id)?.prelude === false);
    if (fresh.length === 0) {
      const outside = closure.namespaces.length > 0 ? " beyond the namespaces it includes" : "";
      ctx.events.push({
        id: `ShapeClosure.EmptySelector.${closure.id}`,
        severity: "DANGER",
        message: `the \`includeBySelector\` of the ${label} selects no shape${outside}`,
      });
    }
    for (const id of fresh) roots.add(id);
  }
  const contents = [...ctx.model.index.closure([...roots])].filter(
    (id) => !id.includes("$") && ctx.model.get(id)?.prelude === false,
  );
  checkNames(ctx, closure, label, new Set(contents));
}

const nameOf = (id: string): string => id.slice(id.indexOf("#") + 1);

function checkNames(ctx: CheckContext, closure: Closure, label: string, contents: Set<string>): void {
  const renamed = new Map<string, string>();
  for (const [id, name] of Object.entries(closure.rename).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!contents.has(id)) {
      fail(ctx, `the ${label} renames \`${id}\`, which is not in the closure`);
    } else if (name === nameOf(id)) {
      fail(ctx, `the ${label} renames \`${id}\` to \`${name}\`, the name it has`);
    } else {
      renamed.set(id, name);
    }
  }
  const kept = [...contents].filter((id) => !renamed.has(id));
  const keptByName = new Map<string, string[]>();
  for (const id of kept) {
    const key = nameOf(id).toLowerCase();
    keptByName.set(key, [...(keptByName.get(key) ?? []), id]);
  }
  const renamesSoFar = new Map<string, string>();
  for (const [id, name] of renamed) {
    const key = name.toLowerCase();
    const clash = keptByName.get(key)?.[0];
    const earlier = renamesSoFar.get(key);
    if (clash) fail(ctx, `the ${label} renames \`${id}\` to \`${name}\`, which clashes with \`${clash}\``);
    else if (earlier)
      fail(ctx, `the ${label} renames \`${id}\` to \`${name}\`, which clashes with the rename of \`${earlier}\``);
    else renamesSoFar.set(key, id);
  }
  for (const ids of keptByName.values()) {
    if (ids.length < 2) continue;
    ctx.events.push({
      id: `ShapeClosure.NameConflicts.${closure.id}`,
      severity: "WARNING",
      message: `the ${label} holds shapes whose names differ only in case: ${ids.sort().join(", ")}`,
    });
  }
}
