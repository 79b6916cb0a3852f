// A JSON AST in a canonical form, so that two ASTs that say the same thing compare equal: members and traits
// objects that are empty are left out, as are an operation's `input` and `output` when they are `smithy.api#Unit`,
// and an `apply` entry for a shape or member the AST writes out is folded into it.
const UNIT = "smithy.api#Unit";
const EMPTY_WHEN_ABSENT = new Set(["members", "traits", "mixins", "operations", "resources", "errors", "metadata"]);

export function canonicalAst(ast: unknown): unknown {
  if (!ast || typeof ast !== "object") return ast;
  const { shapes, ...rest } = ast as { shapes?: Record<string, Record<string, unknown>> };
  const out: Record<string, unknown> = { ...dropEmpty(rest) };
  const canonical = Object.fromEntries(
    Object.entries(shapes ?? {}).map(([id, shape]) => [id, canonicalShape(structuredClone(shape))]),
  );
  for (const [id, shape] of Object.entries(canonical)) {
    if (shape.type !== "apply") continue;
    const target = appliedTo(canonical, id);
    if (!target) continue;
    target.traits = { ...(target.traits as object | undefined), ...(shape.traits as object) };
    delete canonical[id];
  }
  out.shapes = canonical;
  return out;
}

/** The shape or member node an `apply` entry's id names, when the AST writes it out. */
function appliedTo(shapes: Record<string, Record<string, unknown>>, id: string): Record<string, unknown> | undefined {
  const [shapeId, member] = id.split("$") as [string, string | undefined];
  const shape = shapes[shapeId];
  if (!shape || shape.type === "apply") return undefined;
  if (member === undefined) return shape;
  const members = shape.members as Record<string, Record<string, unknown>> | undefined;
  return members?.[member] ?? (shape[member] as Record<string, unknown> | undefined);
}

function canonicalShape(shape: Record<string, unknown>): Record<string, unknown> {
  const out = dropEmpty(shape);
  if (out.type === "operation") {
    for (const key of ["input", "output"]) {
      if ((out[key] as { target?: string } | undefined)?.target === UNIT) delete out[key];
    }
  }
  const members = out.members as Record<string, Record<string, unknown>> | undefined;
  if (members) out.members = Object.fromEntries(Object.entries(members).map(([k, m]) => [k, dropEmpty(m)]));
  for (const key of ["member", "key", "value"]) {
    if (out[key]) out[key] = dropEmpty(out[key] as Record<string, unknown>);
  }
  return out;
}

function dropEmpty(node: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const empty =
      EMPTY_WHEN_ABSENT.has(key) &&
      value !== null &&
      typeof value === "object" &&
      Object.keys(value as object).length === 0;
    if (!empty) out[key] = value;
  }
  return out;
}
