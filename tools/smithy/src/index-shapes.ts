// The shape index: every shape of a model (with the prelude) by id, with mixins flattened, so that generators and
// the validator never have to chase references by hand.
import type { MemberNode, NodeValue, ShapeNode, SmithyAst, Traits } from "./ast.js";
import { PRELUDE_NAMESPACE, parseShapeId } from "./ast.js";
import { bundledTraitShapes } from "./bundled-traits.js";
import { PRELUDE } from "./prelude.js";

/** A shape as the index gives it: its id, and its node with every mixin's members and traits folded in. */
export type Shape = Exclude<ShapeNode, { type: "apply" }> & { id: string };

/** A member together with where it lives. */
export interface Member extends MemberNode {
  /** The member's name. */
  name: string;
  /** The id of the shape that holds the member. */
  container: string;
}

const MIXIN = "smithy.api#mixin";
const FIXED_MEMBERS = ["member", "key", "value"] as const;

export class ShapeIndex {
  readonly #nodes = new Map<string, ShapeNode>();
  readonly #flattened = new Map<string, Shape>();
  readonly #own = new Set<string>();

  /**
   * @param library shapes available to the model without being part of it, besides the prelude: by default the
   * trait definitions bundled with this package (a loaded model's `library`).
   */
  constructor(
    readonly model: SmithyAst,
    library: Readonly<Record<string, ShapeNode>> = bundledTraitShapes(),
  ) {
    for (const [id, node] of Object.entries(PRELUDE.shapes)) this.#nodes.set(id, node);
    for (const [id, node] of Object.entries(library)) this.#nodes.set(id, node);
    for (const [id, node] of Object.entries(model.shapes)) {
      if (node.type === "apply") continue;
      this.#nodes.set(id, node);
      this.#own.add(id);
    }
  }

  /** Whether the id names a shape of the model, the prelude or the library. */
  has(id: string): boolean {
    return this.#nodes.has(id);
  }

  /** The shape with this id, or undefined. */
  get(id: string): Shape | undefined {
    const cached = this.#flattened.get(id);
    if (cached) return cached;
    const node = this.#nodes.get(id);
    if (!node || node.type === "apply") return undefined;
    const shape = this.#flatten(id, node, new Set());
    this.#flattened.set(id, shape);
    return shape;
  }

  /** The shape with this id; throws when there is none. */
  expect(id: string): Shape {
    const shape = this.get(id);
    if (!shape) throw new Error(`Shape ${id} is not defined in the model`);
    return shape;
  }

  /** Ids of the model's own shapes (not the prelude's or the library's), sorted. */
  ids(): string[] {
    return [...this.#own].sort();
  }

  /** Whether the id belongs to Smithy's prelude. */
  isPrelude(id: string): boolean {
    return parseShapeId(id).namespace === PRELUDE_NAMESPACE;
  }

  /** The members of a structure, union, enum or intEnum, in declaration order (mixins' first). */
  members(id: string): Member[] {
    const shape = this.expect(id);
    switch (shape.type) {
      case "structure":
      case "union":
      case "enum":
      case "intEnum":
        return Object.entries(shape.members ?? {}).map(([name, m]) => ({ ...m, name, container: id }));
      case "list":
      case "set":
        return [{ ...shape.member, name: "member", container: id }];
      case "map":
        return [
          { ...shape.key, name: "key", container: id },
          { ...shape.value, name: "value", container: id },
        ];
      default:
        return [];
    }
  }

  /**
   * The value of a trait on a member, falling back to the member's target shape (member traits win), as Smithy
   * resolves effective traits.
   */
  memberTrait(member: MemberNode, trait: string): NodeValue | undefined {
    const own = member.traits?.[trait];
    if (own !== undefined) return own;
    return this.get(member.target)?.traits?.[trait];
  }

  /** Every shape reachable from the given roots (targets of members, operations, errors, resources ...). */
  closure(roots: string[]): Set<string> {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      const shape = this.get(id);
      if (!shape) continue;
      seen.add(id);
      for (const ref of references(shape)) if (!seen.has(ref)) stack.push(ref);
    }
    return seen;
  }

  #flatten(id: string, node: Exclude<ShapeNode, { type: "apply" }>, visiting: Set<string>): Shape {
    if (!node.mixins || node.mixins.length === 0) return { ...node, id } as Shape;
    if (visiting.has(id)) throw new Error(`Mixin cycle through ${id}`);
    visiting.add(id);
    let traits: Traits = {};
    let members: Record<string, MemberNode> = {};
    const fixed: Partial<Record<"member" | "key" | "value", MemberNode>> = {};
    for (const { target } of node.mixins) {
      const mixinNode = this.#nodes.get(target);
      if (!mixinNode || mixinNode.type === "apply") throw new Error(`Mixin ${target} of ${id} is not defined`);
      const mixin = this.#flatten(target, mixinNode, visiting);
      // A mixin's own @mixin trait, and the traits it lists as local, stay with the mixin.
      const { [MIXIN]: mixinTrait, ...inherited } = mixin.traits ?? {};
      const local = (mixinTrait as { localTraits?: unknown } | undefined)?.localTraits;
      if (Array.isArray(local)) for (const t of local) if (typeof t === "string") delete inherited[t];
      traits = { ...traits, ...inherited };
      if ("members" in mixin && mixin.members) members = { ...members, ...mixin.members };
      for (const key of FIXED_MEMBERS) {
        const m = (mixin as unknown as Partial<Record<string, MemberNode>>)[key];
        if (m) fixed[key] = m;
      }
    }
    visiting.delete(id);
    traits = { ...traits, ...(node.traits ?? {}) };
    const shape = { ...node, id, traits } as Shape;
    const override = (inherited: MemberNode | undefined, local: MemberNode | undefined): MemberNode | undefined => {
      if (!inherited) return local;
      if (!local) return inherited;
      return { target: inherited.target, traits: { ...inherited.traits, ...local.traits } };
    };
    if (node.type === "structure" || node.type === "union" || node.type === "enum" || node.type === "intEnum") {
      for (const [name, local] of Object.entries(node.members ?? {})) members[name] = override(members[name], local)!;
      (shape as { members?: Record<string, MemberNode> }).members = members;
    } else {
      const out = shape as unknown as Partial<Record<string, MemberNode>>;
      for (const key of FIXED_MEMBERS) {
        const merged = override(fixed[key], (node as unknown as Partial<Record<string, MemberNode>>)[key]);
        if (merged) out[key] = merged;
      }
    }
    delete (shape as { mixins?: unknown }).mixins;
    return shape;
  }
}

/** The ids a shape refers to. */
export function references(shape: Shape): string[] {
  const refs: string[] = [];
  const add = (r?: { target: string }) => r && refs.push(r.target);
  switch (shape.type) {
    case "list":
    case "set":
      add(shape.member);
      break;
    case "map":
      add(shape.key);
      add(shape.value);
      break;
    case "structure":
    case "union":
    case "enum":
    case "intEnum":
      for (const m of Object.values(shape.members ?? {})) add(m);
      break;
    case "service":
      for (const r of [...(shape.operations ?? []), ...(shape.resources ?? []), ...(shape.errors ?? [])]) add(r);
      break;
    case "operation":
      add(shape.input);
      add(shape.output);
      for (const r of shape.errors ?? []) add(r);
      break;
    case "resource":
      for (const r of Object.values(shape.identifiers ?? {})) add(r);
      for (const r of Object.values(shape.properties ?? {})) add(r);
      for (const k of ["create", "put", "read", "update", "delete", "list"] as const) add(shape[k]);
      for (const r of [...(shape.operations ?? []), ...(shape.collectionOperations ?? []), ...(shape.resources ?? [])])
        add(r);
      break;
    default:
      break;
  }
  return refs.filter((t) => t !== "smithy.api#Unit");
}
