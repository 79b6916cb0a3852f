// A JSON AST written as Smithy IDL 2.0: one file per namespace, which the IDL parser reads back into the same AST.
import {
  type MemberNode,
  type NodeValue,
  parseShapeId,
  type ShapeNode,
  type ShapeRef,
  type SmithyAst,
  type Traits,
} from "../ast.js";
import { isNodeObject } from "../node-values.js";
import { SHAPE_PROPERTIES } from "../shape-types.js";
import { FileNames } from "./names.js";
import { nodeKey, nodeText, quote, traitBody } from "./node-text.js";

const DOCUMENTATION = "smithy.api#documentation";
const DEFAULT = "smithy.api#default";
const ENUM_VALUE = "smithy.api#enumValue";
const UNIT = "smithy.api#Unit";
const INDENT = "    ";

/** One IDL file of a serialized model. */
export interface IdlFile {
  namespace: string;
  text: string;
}

/** A model that cannot be written as asked. */
export class SmithySerializeError extends Error {
  override readonly name = "SmithySerializeError";
}

/**
 * Writes a model as IDL 2.0, one file per namespace that defines shapes (or receives `apply` statements), in the
 * namespaces' sorted order; the metadata goes in the first file. Shapes keep the order of the AST.
 */
export function serializeModel(ast: SmithyAst): IdlFile[] {
  const byNamespace = new Map<string, [string, ShapeNode][]>();
  for (const [id, shape] of Object.entries(ast.shapes)) {
    const { namespace } = parseShapeId(id);
    const list = byNamespace.get(namespace) ?? [];
    list.push([id, shape]);
    byNamespace.set(namespace, list);
  }
  const namespaces = [...byNamespace.keys()].sort();
  if (namespaces.length === 0) {
    if (ast.metadata && Object.keys(ast.metadata).length > 0) {
      throw new SmithySerializeError("a model with metadata but no shapes has no namespace to write a file for");
    }
    return [];
  }
  return namespaces.map((namespace, i) => ({
    namespace,
    text: writeFile(namespace, byNamespace.get(namespace)!, i === 0 ? ast.metadata : undefined),
  }));
}

/**
 * Writes a model whose shapes all live in one namespace as one IDL 2.0 file.
 *
 * @throws SmithySerializeError when the shapes span several namespaces (IDL gives each namespace a file of its own;
 * use {@link serializeModel}) or the model has no shape.
 */
export function serializeIdl(ast: SmithyAst): string {
  const files = serializeModel(ast);
  if (files.length !== 1) {
    throw new SmithySerializeError(
      files.length === 0
        ? "the model defines no shape, so it has no namespace to write"
        : `the model spans ${files.length} namespaces (${files.map((f) => f.namespace).join(", ")}); ` +
            "an IDL file holds one: write each with serializeModel",
    );
  }
  return files[0]!.text;
}

function writeFile(namespace: string, shapes: [string, ShapeNode][], metadata?: Record<string, NodeValue>): string {
  const defined = shapes.filter(([, s]) => s.type !== "apply").map(([id]) => parseShapeId(id).name);
  const names = new FileNames(
    namespace,
    defined,
    shapes.flatMap(([, s]) => mentions(s)),
  );
  const out: string[] = ['$version: "2.0"\n'];
  const meta = Object.entries(metadata ?? {});
  if (meta.length > 0) {
    out.push("\n");
    for (const [key, value] of meta) out.push(`metadata ${nodeKey(key)} = ${nodeText(value)}\n`);
  }
  out.push(`\nnamespace ${namespace}\n`);
  if (names.uses.size > 0) {
    out.push("\n");
    for (const id of [...names.uses.values()].sort()) out.push(`use ${id}\n`);
  }
  for (const [id, shape] of shapes) {
    out.push("\n");
    out.push(shape.type === "apply" ? writeApply(id, shape.traits, names) : writeShape(id, shape, names));
  }
  return out.join("");
}

/** Every shape id a shape mentions outside node values. */
function mentions(shape: ShapeNode): string[] {
  const ids = Object.keys(shape.traits ?? {});
  for (const mixin of "mixins" in shape ? (shape.mixins ?? []) : []) ids.push(mixin.target);
  for (const member of memberNodes(shape)) ids.push(member.target, ...Object.keys(member.traits ?? {}));
  for (const value of Object.values(properties(shape))) ids.push(...refsOf(value));
  return ids;
}

function memberNodes(shape: ShapeNode): MemberNode[] {
  // A list or map with mixins may leave its members to them.
  if (shape.type === "list" || shape.type === "set") return shape.member ? [shape.member] : [];
  if (shape.type === "map") return [shape.key, shape.value].filter((m) => m !== undefined);
  if ("members" in shape && shape.members) return Object.values(shape.members);
  return [];
}

function properties(shape: ShapeNode): Record<string, unknown> {
  const keys = SHAPE_PROPERTIES[shape.type as keyof typeof SHAPE_PROPERTIES] ?? [];
  const record = shape as unknown as Record<string, unknown>;
  return Object.fromEntries(keys.filter((k) => record[k] !== undefined).map((k) => [k, record[k]]));
}

/** The shape ids in a property value: a ref, a list of refs or a map of refs (`rename` holds none). */
function refsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((r: ShapeRef) => r.target);
  if (isNodeObject(value) && typeof value.target === "string") return [value.target];
  if (isNodeObject(value)) return Object.values(value).flatMap((v) => (isNodeObject(v) ? refsOf(v) : []));
  return [];
}

function writeApply(id: string, traits: Traits, names: FileNames): string {
  const lines = Object.entries(traits).map(([t, v]) => `${INDENT}@${names.ref(t)}${traitBody(v, INDENT)}\n`);
  return `apply ${names.ref(id)} {\n${lines.join("")}}\n`;
}

function writeShape(id: string, shape: Exclude<ShapeNode, { type: "apply" }>, names: FileNames): string {
  const { name } = parseShapeId(id);
  const mixins = shape.mixins?.length ? ` with [${shape.mixins.map((m) => names.ref(m.target)).join(", ")}]` : "";
  const head = `${writeTraits(shape.traits, "", names)}${shape.type} ${name}${mixins}`;
  const body = shapeBody(shape, names);
  if (body === undefined) return `${head}\n`;
  if (body.length === 0) return `${head} {}\n`;
  // Members are set apart by blank lines (they carry traits and docs); properties are not.
  const separator = shape.type === "service" || shape.type === "operation" || shape.type === "resource" ? "" : "\n";
  return `${head} {\n${body.join(separator)}}\n`;
}

/** The lines inside the braces (each ending in a line break, blank lines between members), or none for a simple shape. */
function shapeBody(shape: Exclude<ShapeNode, { type: "apply" }>, names: FileNames): string[] | undefined {
  switch (shape.type) {
    case "list":
    case "set":
    case "map":
      return (shape.type === "map" ? (["key", "value"] as const) : (["member"] as const)).flatMap((name) => {
        const member = (shape as unknown as Record<string, unknown>)[name] as MemberNode | undefined;
        return member ? [writeMember(name, member, names, false)] : [];
      });
    case "structure":
    case "union":
      return Object.entries(shape.members ?? {}).map(([n, m]) => writeMember(n, m, names, false));
    case "enum":
    case "intEnum":
      return Object.entries(shape.members ?? {}).map(([n, m]) => writeMember(n, m, names, true));
    case "service":
    case "operation":
    case "resource":
      return Object.entries(properties(shape)).map(([key, value]) => writeProperty(key, value, names));
    default:
      return undefined;
  }
}

function writeMember(name: string, member: MemberNode, names: FileNames, enumMember: boolean): string {
  const traits = { ...member.traits };
  let suffix = "";
  if (enumMember) {
    if (Object.hasOwn(traits, ENUM_VALUE)) suffix = ` = ${nodeText(traits[ENUM_VALUE]!)}`;
    delete traits[ENUM_VALUE];
  } else if (Object.hasOwn(traits, DEFAULT)) {
    suffix = ` = ${nodeText(traits[DEFAULT]!, INDENT)}`;
    delete traits[DEFAULT];
  }
  const target = enumMember && member.target === UNIT ? "" : `: ${names.ref(member.target)}`;
  return `${writeTraits(traits, INDENT, names)}${INDENT}${name}${target}${suffix}\n`;
}

function writeProperty(key: string, value: unknown, names: FileNames): string {
  if (key === "version") return `${INDENT}${key}: ${quote(String(value))}\n`;
  if (key === "rename") return `${INDENT}${key}: ${nodeText(value as NodeValue, INDENT)}\n`;
  if (Array.isArray(value)) {
    const refs = value.map((r: ShapeRef) => `${INDENT}${INDENT}${names.ref(r.target)}\n`);
    return refs.length === 0 ? `${INDENT}${key}: []\n` : `${INDENT}${key}: [\n${refs.join("")}${INDENT}]\n`;
  }
  const ref = value as ShapeRef;
  if (typeof ref.target === "string") return `${INDENT}${key}: ${names.ref(ref.target)}\n`;
  // identifiers and properties of a resource: a map of name -> ref
  const entries = Object.entries(value as Record<string, ShapeRef>).map(
    ([k, r]) => `${INDENT}${INDENT}${nodeKey(k)}: ${names.ref(r.target)}\n`,
  );
  return entries.length === 0 ? `${INDENT}${key}: {}\n` : `${INDENT}${key}: {\n${entries.join("")}${INDENT}}\n`;
}

/** Trait lines, documentation first as `///` comments where the comment gives the same text back. */
function writeTraits(traits: Traits | undefined, indent: string, names: FileNames): string {
  if (!traits) return "";
  const out: string[] = [];
  const doc = traits[DOCUMENTATION];
  const asComment = typeof doc === "string" && fitsDocComment(doc);
  if (asComment) for (const line of doc.split("\n")) out.push(`${indent}///${line === "" ? "" : ` ${line}`}\n`);
  for (const [id, value] of Object.entries(traits)) {
    if (id === DOCUMENTATION && asComment) continue;
    out.push(`${indent}@${names.ref(id)}${traitBody(value, indent)}\n`);
  }
  return out.join("");
}

/** Whether `///` lines can carry a documentation text unchanged: no carriage return, no trailing blank. */
function fitsDocComment(doc: string): boolean {
  return doc.length > 0 && !/[\r\t\f\v\u2028\u2029]/.test(doc) && !/[ ]$/m.test(doc);
}
