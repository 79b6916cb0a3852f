// The closure of some operations of a model, ready to be written into one of ours: the source's shapes (mixins
// folded in) with its documentation replaced by ours where we have the shape already and by a short neutral line
// where we do not; what our file holds beyond the closure stays as it is.
import {
  type MemberNode,
  type NodeValue,
  parseShapeId,
  type Shape,
  ShapeIndex,
  type ShapeNode,
  type SmithyAst,
  type Traits,
} from "@rtca/smithy";

const DOCUMENTATION = "smithy.api#documentation";
/** Traits that carry the source's own words, never copied. */
const WORDING_TRAITS = [DOCUMENTATION, "smithy.api#externalDocumentation", "smithy.api#examples"];
const KIND_ORDER = ["service", "resource", "operation"];

/** An import that cannot be done as asked. */
export class ImportError extends Error {
  override readonly name = "ImportError";
}

export interface ImportOptions {
  /** The model to import from, with the shapes it may use without defining (a loaded model's `library`). */
  source: SmithyAst;
  library?: Readonly<Record<string, ShapeNode>>;
  /** The operations whose closure is imported. */
  operations: string[];
  /** What our file holds today, if it exists. */
  existing?: SmithyAst;
}

export interface ImportResult {
  ast: SmithyAst;
  /** Shape ids taken from the source, sorted. */
  imported: string[];
  /** Members and enum values our file has that the source lacks: kept, listed so that nobody is surprised. */
  kept: string[];
}

export function importOperations(options: ImportOptions): ImportResult {
  const index = new ShapeIndex(options.source, options.library);
  for (const id of options.operations) {
    const shape = index.get(id);
    if (!shape) throw new ImportError(`${id} is not a shape of the source model`);
    if (shape.type !== "operation") throw new ImportError(`${id} is a ${shape.type}, not an operation`);
  }
  const own = new Set(index.ids());
  const closure = [...index.closure(options.operations)].filter((id) => own.has(id)).sort();
  const existing = options.existing?.shapes ?? {};
  const shapes: Record<string, ShapeNode> = {};
  for (const [id, node] of Object.entries(existing)) shapes[id] = node;
  const kept: string[] = [];
  for (const id of closure) {
    const ours = existing[id];
    const theirs = withoutWording(index.get(id)!);
    shapes[id] = ours && ours.type !== "apply" ? adopt(id, theirs, ours, kept) : withNeutralDocs(id, theirs);
  }
  const ast: SmithyAst = { smithy: "2.0", shapes: ordered(shapes) };
  if (options.existing?.metadata) ast.metadata = options.existing.metadata;
  return { ast, imported: closure, kept };
}

/** A shape of the source without the id the index adds and without the source's words. */
function withoutWording(shape: Shape): Exclude<ShapeNode, { type: "apply" }> {
  const { id: _, ...node } = structuredClone(shape) as Shape;
  node.traits = strip(node.traits);
  for (const member of members(node)) member.traits = strip(member.traits);
  return node as Exclude<ShapeNode, { type: "apply" }>;
}

function strip(traits: Traits | undefined): Traits | undefined {
  if (!traits) return undefined;
  const out = Object.fromEntries(Object.entries(traits).filter(([t]) => !WORDING_TRAITS.includes(t)));
  return Object.keys(out).length > 0 ? out : undefined;
}

function members(node: ShapeNode): MemberNode[] {
  return Object.values(memberRecord(node));
}

function memberRecord(node: ShapeNode): Record<string, MemberNode> {
  if (node.type === "list" || node.type === "set") return node.member ? { member: node.member } : {};
  if (node.type === "map") return { key: node.key, value: node.value };
  if ("members" in node && node.members) return node.members;
  return {};
}

/**
 * The source's shape with our documentation on it (shape and members we document), neutral lines on members we
 * do not have, and the members the source lacks kept from ours.
 */
function adopt(
  id: string,
  theirs: Exclude<ShapeNode, { type: "apply" }>,
  ours: Exclude<ShapeNode, { type: "apply" }>,
  kept: string[],
): ShapeNode {
  setDoc(theirs, ours.traits?.[DOCUMENTATION]);
  const ourMembers = memberRecord(ours);
  const theirMembers = memberRecord(theirs);
  for (const [name, member] of Object.entries(theirMembers)) {
    const doc = ourMembers[name] ? ourMembers[name].traits?.[DOCUMENTATION] : neutralMemberDoc(theirs.type, name);
    setDoc(member, doc);
  }
  if ("members" in theirs) {
    for (const [name, member] of Object.entries(ourMembers)) {
      if (theirMembers[name]) continue;
      theirs.members = { ...theirs.members, [name]: member };
      kept.push(`${id}$${name}`);
    }
  }
  return theirs;
}

function withNeutralDocs(id: string, node: Exclude<ShapeNode, { type: "apply" }>): ShapeNode {
  setDoc(node, `${sentence(words(parseShapeId(id).name))}.`);
  for (const [name, member] of Object.entries(memberRecord(node))) setDoc(member, neutralMemberDoc(node.type, name));
  return node;
}

/** Enum values and list members speak for themselves; other members get their name as a phrase. */
function neutralMemberDoc(type: string, name: string): string | undefined {
  if (type !== "structure" && type !== "union") return undefined;
  return `The ${words(name).join(" ")}.`;
}

function setDoc(node: { traits?: Traits }, doc: NodeValue | undefined): void {
  if (doc === undefined) return;
  node.traits = { [DOCUMENTATION]: doc, ...node.traits };
}

/** `PostContactSummary` -> post, contact, summary; runs of capitals (`ID`, `URL`) stay one word. */
function words(name: string): string[] {
  const parts = name.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? [name];
  return parts.map((w) => (/^[A-Z]+$/.test(w) && w.length > 1 ? w : w.toLowerCase()));
}

function sentence(parts: string[]): string {
  const text = parts.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Services, resources and operations first, then every other shape by name. */
function ordered(shapes: Record<string, ShapeNode>): Record<string, ShapeNode> {
  const rank = (node: ShapeNode) => {
    const i = KIND_ORDER.indexOf(node.type);
    return i < 0 ? KIND_ORDER.length : i;
  };
  const ids = Object.keys(shapes).sort((a, b) => rank(shapes[a]!) - rank(shapes[b]!) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(ids.map((id) => [id, shapes[id]!]));
}
