// The model as the validator sees it: every shape of the model and the prelude, members included as shapes of
// their own (`ns#Shape$member`), with mixins flattened and the relationships between shapes that selectors walk.
import type { ShapeNode, ShapeRef, SmithyAst, Traits } from "../ast.js";
import type { SourceLocation } from "../errors.js";
import { type Shape, ShapeIndex } from "../index-shapes.js";
import { PRELUDE } from "../prelude.js";

/** A shape or a member. */
export interface ShapeView {
  id: string;
  /** The shape type, or "member". */
  type: string;
  traits: Traits;
  /** For members: the target and the containing shape. */
  target?: string;
  container?: string;
  memberName?: string;
  /** The flattened shape (undefined for members). */
  shape?: Shape;
  /** Built in: a shape of the prelude or of the library (bundled trait definitions), not validated. */
  prelude: boolean;
}

export interface Relationship {
  /** Smithy's relationship name as used by `-[name]->` selectors ("member", "input", "operation", ...). */
  rel: string;
  to: string;
}

const LIFECYCLE = ["create", "put", "read", "update", "delete", "list"] as const;

export class ModelView {
  readonly index: ShapeIndex;
  readonly #views = new Map<string, ShapeView>();
  readonly #out = new Map<string, Relationship[]>();
  readonly #in = new Map<string, Relationship[]>();
  /** Shapes whose mixins could not be flattened (undefined mixin or a cycle), with why. */
  readonly flattenErrors = new Map<string, string>();

  constructor(
    readonly ast: SmithyAst,
    readonly locations: Map<string, SourceLocation> = new Map(),
    readonly traitLocations: Map<string, Map<string, SourceLocation>> = new Map(),
    readonly library: Readonly<Record<string, ShapeNode>> = {},
  ) {
    this.index = new ShapeIndex(ast, library);
    for (const id of Object.keys(PRELUDE.shapes)) this.#add(id, true);
    for (const id of Object.keys(library)) if (!Object.hasOwn(ast.shapes, id)) this.#add(id, true);
    for (const id of this.index.ids()) this.#add(id, false);
    for (const view of this.#views.values()) {
      for (const r of this.#relationships(view)) {
        this.#push(this.#out, view.id, r);
        this.#push(this.#in, r.to, { rel: r.rel, to: view.id });
      }
    }
  }

  #push(map: Map<string, Relationship[]>, key: string, r: Relationship): void {
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  }

  /** The flattened shape, or the shape as written when its mixins cannot be flattened. */
  #flattened(id: string): Shape | undefined {
    try {
      return this.index.get(id);
    } catch (e) {
      this.flattenErrors.set(id, e instanceof Error ? e.message : String(e));
      const node = this.ast.shapes[id];
      return node && node.type !== "apply" ? ({ ...node, id } as Shape) : undefined;
    }
  }

  #add(id: string, prelude: boolean): void {
    const shape = this.#flattened(id);
    if (!shape) return;
    this.#views.set(id, { id, type: shape.type, traits: shape.traits ?? {}, shape, prelude });
    for (const m of this.#members(shape)) {
      const memberId = `${id}$${m.name}`;
      this.#views.set(memberId, {
        id: memberId,
        type: "member",
        traits: m.traits ?? {},
        target: m.target,
        container: id,
        memberName: m.name,
        prelude,
      });
    }
  }

  #members(shape: Shape): { name: string; target: string; traits?: Traits }[] {
    switch (shape.type) {
      case "structure":
      case "union":
      case "enum":
      case "intEnum":
        return Object.entries(shape.members ?? {}).map(([name, m]) => ({ name, ...m }));
      case "list":
      case "set":
        return shape.member ? [{ name: "member", ...shape.member }] : [];
      case "map":
        return [
          ...(shape.key ? [{ name: "key", ...shape.key }] : []),
          ...(shape.value ? [{ name: "value", ...shape.value }] : []),
        ];
      default:
        return [];
    }
  }

  #relationships(view: ShapeView): Relationship[] {
    const out: Relationship[] = [];
    const add = (rel: string, ref: ShapeRef | undefined) => {
      if (ref && typeof ref.target === "string") out.push({ rel, to: ref.target });
    };
    if (view.type === "member") {
      if (view.target) out.push({ rel: "", to: view.target });
      return out;
    }
    const shape = view.shape!;
    for (const m of this.#members(shape)) out.push({ rel: "member", to: `${view.id}$${m.name}` });
    const node = this.ast.shapes[view.id] ?? PRELUDE.shapes[view.id] ?? this.library[view.id];
    if (node && node.type !== "apply") for (const m of node.mixins ?? []) add("mixin", m);
    switch (shape.type) {
      case "operation":
        add("input", shape.input);
        add("output", shape.output);
        for (const e of shape.errors ?? []) add("error", e);
        break;
      case "service":
        for (const o of shape.operations ?? []) add("operation", o);
        for (const r of shape.resources ?? []) add("resource", r);
        for (const e of shape.errors ?? []) add("error", e);
        break;
      case "resource":
        for (const r of Object.values(shape.identifiers ?? {})) add("identifier", r);
        for (const r of Object.values(shape.properties ?? {})) add("property", r);
        for (const k of LIFECYCLE) add(k, shape[k]);
        for (const o of shape.operations ?? []) add("operation", o);
        for (const o of shape.collectionOperations ?? []) add("collection_operation", o);
        for (const r of shape.resources ?? []) add("resource", r);
        break;
      default:
        break;
    }
    return out;
  }

  get(id: string): ShapeView | undefined {
    return this.#views.get(id);
  }

  has(id: string): boolean {
    return this.#views.has(id);
  }

  /** Every shape and member, the prelude's included. */
  all(): Iterable<ShapeView> {
    return this.#views.values();
  }

  /** The model's own shapes (not the prelude's) and their members. */
  *own(): Iterable<ShapeView> {
    for (const view of this.#views.values()) if (!view.prelude) yield view;
  }

  /** Outgoing relationships (to shapes that exist or not). */
  out(id: string): Relationship[] {
    return this.#out.get(id) ?? [];
  }

  /** Incoming relationships. */
  in(id: string): Relationship[] {
    return this.#in.get(id) ?? [];
  }

  /** The members of a shape as views, in order. */
  membersOf(id: string): ShapeView[] {
    return this.out(id)
      .filter((r) => r.rel === "member")
      .map((r) => this.#views.get(r.to))
      .filter((v): v is ShapeView => v !== undefined);
  }

  /** Where a shape or member is defined; for a member without a location, its container's. */
  location(id: string): SourceLocation | undefined {
    const own = this.locations.get(id);
    if (own) return own;
    const dollar = id.indexOf("$");
    return dollar < 0 ? undefined : this.locations.get(id.slice(0, dollar));
  }

  /** Where a trait was applied to a shape or member, falling back to the shape's location. */
  traitLocation(id: string, trait: string): SourceLocation | undefined {
    return this.traitLocations.get(id)?.get(trait) ?? this.location(id);
  }
}
