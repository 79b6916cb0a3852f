// Merges the shape definitions of one or more model files into one JSON AST, following Smithy's merge rules
// (https://smithy.io/2.0/spec/model.html#merging-model-files): metadata arrays concatenate and equal values are
// fine; a shape defined twice must be defined the same way; traits from definitions and `apply` statements merge,
// where two lists concatenate, equal values are fine and anything else conflicts.
import type { MemberNode, NodeValue, ShapeNode, ShapeRef, SmithyAst, Traits } from "../ast.js";
import { PRELUDE_NAMESPACE } from "../ast.js";
import type { SourceLocation, ValidationEvent } from "../errors.js";
import { hasOwn, isNodeObject, nodeEquals, setOwn, sortKeys } from "../node-values.js";
import { isPreludeShape, PRELUDE } from "../prelude.js";
import { compareShapeIds } from "../shape-ids.js";
import type { ApplyDef, FileDefs, MemberDef, ShapeDef, TraitDef } from "./defs.js";
import { type MemberGraph, unbuildableMixin } from "./list-map-members.js";

export interface Assembled {
  ast: SmithyAst;
  /** Where each shape and member (`ns#Shape$member`) is defined. */
  locations: Map<string, SourceLocation>;
  /** Where each trait of a shape or member was applied: shape id -> trait id -> location. */
  traitLocations: Map<string, Map<string, SourceLocation>>;
  events: ValidationEvent[];
}

export interface AssembleOptions {
  /**
   * The files are not the whole model: traits applied to shapes defined elsewhere stay `apply` entries instead of
   * being reported, as in the JSON AST of a single file.
   */
  partial?: boolean;
  /** Shapes that are available to the model without being part of it (bundled trait definitions): not redefinable. */
  library?: Readonly<Record<string, ShapeNode>>;
}

const UNIT = "smithy.api#Unit";
const ENUM_VALUE = "smithy.api#enumValue";

interface Entry {
  def: ShapeDef;
  traits: Traits;
  members: Map<string, { def: MemberDef; traits: Traits }>;
}

function where(location?: SourceLocation): string {
  return location ? `${location.file}:${location.line}:${location.column}` : "an unknown location";
}

export function assemble(files: FileDefs[], options: AssembleOptions = {}): Assembled {
  return new Assembler(options).run(files);
}

class Assembler {
  readonly events: ValidationEvent[] = [];
  readonly locations = new Map<string, SourceLocation>();
  readonly traitLocations = new Map<string, Map<string, SourceLocation>>();
  readonly entries = new Map<string, Entry>();
  readonly pendingApplies = new Map<string, { traits: Traits; location?: SourceLocation }>();
  readonly #inheritedCache = new Map<string, string | undefined>();
  /** Shapes whose mixin cannot be built; their elided members are not resolved. */
  readonly #unbuildable = new Set<string>();

  constructor(readonly options: AssembleOptions) {}

  run(files: FileDefs[]): Assembled {
    for (const f of files) this.events.push(...f.events);
    const metadata = this.#metadata(files);
    for (const f of files) for (const def of f.shapes) this.#define(def);
    for (const entry of this.entries.values()) this.#checkMixinsBuild(entry);
    for (const entry of this.entries.values()) this.#resolveElided(entry);
    for (const entry of this.entries.values()) this.#checkMixinMembers(entry);
    for (const entry of this.entries.values()) this.#applyDefinitionTraits(entry);
    for (const f of files) for (const apply of f.applies) this.#apply(apply);
    for (const entry of this.entries.values()) this.#defaultEnumValues(entry);

    const nodes = new Map<string, ShapeNode>();
    for (const [id, entry] of this.entries) nodes.set(id, this.#serialize(entry));
    for (const [id, pending] of this.pendingApplies) nodes.set(id, { type: "apply", traits: sortKeys(pending.traits) });
    const shapes: Record<string, ShapeNode> = {};
    for (const id of [...nodes.keys()].sort()) setOwn(shapes, id, nodes.get(id)!);
    const ast: SmithyAst =
      Object.keys(metadata).length > 0
        ? { smithy: "2.0", metadata: sortKeys(metadata, true), shapes }
        : { smithy: "2.0", shapes };
    return { ast, locations: this.locations, traitLocations: this.traitLocations, events: this.events };
  }

  /** What the assembler finds wrong is what Smithy's loader reports, all under the event id `Model`. */
  #error(message: string, location?: SourceLocation, shapeId?: string): void {
    this.events.push({
      id: "Model",
      severity: "ERROR",
      message,
      ...(shapeId !== undefined ? { shapeId } : {}),
      ...(location ? { location } : {}),
    });
  }

  #metadata(files: FileDefs[]): Record<string, NodeValue> {
    const out: Record<string, NodeValue> = {};
    const seenAt = new Map<string, SourceLocation | undefined>();
    for (const f of files) {
      for (const m of f.metadata) {
        if (!hasOwn(out, m.key)) {
          setOwn(out, m.key, m.value);
          seenAt.set(m.key, m.location);
          continue;
        }
        const previous = out[m.key]!;
        if (Array.isArray(previous) && Array.isArray(m.value)) {
          setOwn(out, m.key, [...previous, ...m.value]);
        } else if (!nodeEquals(previous, m.value)) {
          this.#error(
            `metadata \`${m.key}\` is set to different values here and at ${where(seenAt.get(m.key))}`,
            m.location,
          );
        }
      }
    }
    return out;
  }

  // --- Shape definitions ----------------------------------------------------------------------------------------

  #define(def: ShapeDef): void {
    if (restatesPreludeShape(def)) return; // a JSON AST may repeat a simple prelude shape as it is; Smithy allows it
    if (def.id.startsWith(`${PRELUDE_NAMESPACE}#`) || isPreludeShape(def.id)) {
      this.#error(`shapes cannot be defined in the prelude namespace \`${PRELUDE_NAMESPACE}\``, def.location, def.id);
      return;
    }
    if (this.options.library && Object.hasOwn(this.options.library, def.id)) {
      this.#error(
        `shape \`${def.id}\` is one of the trait definitions bundled with @rtca/smithy; remove this definition, or ` +
          "load the model without the bundled traits",
        def.location,
        def.id,
      );
      return;
    }
    const existing = this.entries.get(def.id);
    if (existing) {
      if (!sameDefinition(existing.def, def)) {
        this.#error(
          `shape \`${def.id}\` is defined differently here and at ${where(existing.def.location)}`,
          def.location,
          def.id,
        );
        return;
      }
      if (sameTraits(existing.def, def)) {
        // Word for word the same shape: Smithy keeps one and says so.
        this.events.push({
          id: "Model.IgnoredDuplicateDefinition",
          severity: "NOTE",
          shapeId: def.id,
          message: `\`${def.id}\` is defined again, the same way, at ${where(def.location)}; one definition is kept`,
          ...(existing.def.location ? { location: existing.def.location } : {}),
        });
        return;
      }
      // An identical definition elsewhere: its traits merge as if applied.
      existing.def = {
        ...existing.def,
        traits: [...existing.def.traits, ...def.traits],
        members: existing.def.members?.map((m, i) => ({
          ...m,
          traits: [...m.traits, ...(def.members?.[i]?.traits ?? [])],
        })),
      };
      return;
    }
    const members = new Map<string, { def: MemberDef; traits: Traits }>();
    for (const m of def.members ?? []) {
      members.set(m.name, { def: m, traits: {} });
      if (m.location) this.locations.set(`${def.id}$${m.name}`, m.location);
    }
    if (def.location) this.locations.set(def.id, def.location);
    this.entries.set(def.id, { def, traits: {}, members });
  }

  #applyDefinitionTraits(entry: Entry): void {
    for (const t of entry.def.traits) this.#mergeTrait(entry.def.id, entry.traits, t);
    for (const m of entry.def.members ?? []) {
      const member = entry.members.get(m.name);
      if (!member) continue;
      for (const t of m.traits) this.#mergeTrait(`${entry.def.id}$${m.name}`, member.traits, t);
    }
  }

  #mergeTrait(targetId: string, traits: Traits, trait: TraitDef): void {
    let locations = this.traitLocations.get(targetId);
    if (!locations) {
      locations = new Map();
      this.traitLocations.set(targetId, locations);
    }
    if (!hasOwn(traits, trait.id)) {
      setOwn(traits, trait.id, trait.value);
      if (trait.location) locations.set(trait.id, trait.location);
      return;
    }
    const previous = traits[trait.id]!;
    if (Array.isArray(previous) && Array.isArray(trait.value)) {
      setOwn<NodeValue>(traits, trait.id, [...previous, ...trait.value]);
    } else if (!nodeEquals(previous, trait.value)) {
      this.#error(
        `conflicting values of trait \`${trait.id}\` on \`${targetId}\`: ${JSON.stringify(trait.value)} here, ` +
          `${JSON.stringify(previous)} at ${where(locations.get(trait.id))}`,
        trait.location,
        targetId,
      );
    }
  }

  // --- Mixins that cannot be built ------------------------------------------------------------------------------

  readonly #graph: MemberGraph = {
    type: (id) => this.entries.get(id)?.def.type,
    mixins: (id) => this.entries.get(id)?.def.mixins ?? [],
    ownMembers: (id) => [...(this.entries.get(id)?.members.keys() ?? [])],
  };

  /**
   * A list or map mixin without its members cannot be built, and nor can a shape that uses it: Smithy reports that
   * once per shape, where the first elided member that would have come from it is (or else where the shape is).
   */
  #checkMixinsBuild(entry: Entry): void {
    const mixin = unbuildableMixin(this.#graph, entry.def.id);
    if (mixin === undefined) return;
    this.#unbuildable.add(entry.def.id);
    const elided = entry.def.members?.find((m) => m.target === undefined);
    this.#error(
      `the mixin \`${mixin}\` of \`${entry.def.id}\` cannot be applied${elided ? ` (to \`$${elided.name}\`)` : ""}: it lacks members it must have`,
      elided?.location ?? entry.def.location,
      entry.def.id,
    );
  }

  // --- Elided member targets -----------------------------------------------------------------------------------

  #resolveElided(entry: Entry): void {
    if (this.#unbuildable.has(entry.def.id)) return;
    for (const [name, member] of entry.members) {
      if (member.def.target !== undefined) continue;
      const target = this.#elidedTarget(entry.def, name, new Set());
      if (target !== undefined) {
        member.def = { ...member.def, target };
        continue;
      }
      const memberId = `${entry.def.id}$${name}`;
      const sources = [
        entry.def.forResource && `resource \`${entry.def.forResource}\``,
        ...entry.def.mixins.map((m) => `\`${m}\``),
      ]
        .filter(Boolean)
        .join(", ");
      this.#error(
        `cannot resolve the target of elided member \`$${name}\`: ${
          sources
            ? `no identifier, property or mixin member named \`${name}\` in ${sources}`
            : "the shape has no mixins and no resource"
        }`,
        member.def.location,
        memberId,
      );
      entry.members.delete(name);
    }
  }

  /** The target of `$name` in a shape: a resource identifier or property first, then a mixin member. */
  #elidedTarget(def: ShapeDef, name: string, visiting: Set<string>): string | undefined {
    if (def.forResource) {
      const resource = this.entries.get(def.forResource)?.def;
      for (const key of ["identifiers", "properties"]) {
        const refs = resource?.properties?.[key];
        if (isNodeObject(refs as NodeValue) && hasOwn(refs as object, name)) {
          const ref = (refs as Record<string, ShapeRef>)[name];
          if (ref && typeof ref.target === "string") return ref.target;
        }
      }
    }
    return this.#inheritedTarget(def, name, visiting);
  }

  /** The target of a member that a shape inherits from its mixins. */
  #inheritedTarget(def: ShapeDef, name: string, visiting: Set<string>): string | undefined {
    if (visiting.has(def.id)) return undefined;
    visiting.add(def.id);
    for (const mixinId of def.mixins) {
      const mixin = this.entries.get(mixinId);
      if (!mixin) continue;
      const own = mixin.members.get(name);
      const target = own
        ? (own.def.target ?? this.#elidedTarget(mixin.def, name, visiting))
        : this.#inheritedTarget(mixin.def, name, visiting);
      if (target !== undefined) return target;
    }
    return undefined;
  }

  // --- Apply statements ----------------------------------------------------------------------------------------

  #apply(apply: ApplyDef): void {
    const dollar = apply.target.indexOf("$");
    const rootId = dollar < 0 ? apply.target : apply.target.slice(0, dollar);
    const memberName = dollar < 0 ? undefined : apply.target.slice(dollar + 1);
    const entry = this.entries.get(rootId);
    if (!entry) {
      const library = this.options.library && Object.hasOwn(this.options.library, rootId);
      if (library || isPreludeShape(rootId) || rootId.startsWith(`${PRELUDE_NAMESPACE}#`)) {
        this.#error(
          `cannot apply traits to \`${apply.target}\`: ${library ? "bundled trait definitions" : "prelude shapes"} cannot be changed`,
          apply.location,
          apply.target,
        );
      } else if (this.options.partial) {
        const pending = this.pendingApplies.get(apply.target) ?? { traits: {}, location: apply.location };
        this.pendingApplies.set(apply.target, pending);
        for (const t of apply.traits) this.#mergeTrait(apply.target, pending.traits, t);
      } else {
        // Smithy names no shape here: there is none to name.
        this.#error(`traits are applied to \`${apply.target}\`, which is not defined`, apply.location);
      }
      return;
    }
    if (memberName === undefined) {
      for (const t of apply.traits) this.#mergeTrait(rootId, entry.traits, t);
      return;
    }
    let member = entry.members.get(memberName);
    if (!member) {
      const inherited = this.#inheritedTarget(entry.def, memberName, new Set());
      if (inherited === undefined) {
        const mixinsKnown = entry.def.mixins.every((m) => this.entries.has(m));
        if (this.options.partial && !mixinsKnown) {
          const pending = this.pendingApplies.get(apply.target) ?? { traits: {}, location: apply.location };
          this.pendingApplies.set(apply.target, pending);
          for (const t of apply.traits) this.#mergeTrait(apply.target, pending.traits, t);
        } else {
          this.#error(
            `traits are applied to \`${apply.target}\`, which is not a member of \`${rootId}\``,
            apply.location,
            apply.target,
          );
        }
        return;
      }
      // A member inherited from a mixin gets a local definition that carries the applied traits.
      member = { def: { name: memberName, target: inherited, traits: [] }, traits: {} };
      entry.members.set(memberName, member);
    }
    for (const t of apply.traits) this.#mergeTrait(apply.target, member.traits, t);
  }

  #defaultEnumValues(entry: Entry): void {
    if (entry.def.type !== "enum") return;
    for (const [name, member] of entry.members) {
      if (this.#inherited(entry, name) !== undefined) continue;
      if (!hasOwn(member.traits, ENUM_VALUE)) setOwn<NodeValue>(member.traits, ENUM_VALUE, name);
    }
  }

  /** The target of a member the shape inherits from a mixin, if it does (memoized per shape and member). */
  #inherited(entry: Entry, name: string): string | undefined {
    const key = `${entry.def.id}$${name}`;
    if (!this.#inheritedCache.has(key))
      this.#inheritedCache.set(key, this.#inheritedTarget(entry.def, name, new Set()));
    return this.#inheritedCache.get(key);
  }

  /** A member that redefines an inherited one must keep its target. */
  #checkMixinMembers(entry: Entry): void {
    this.#checkMixinsAgree(entry);
    for (const [name, member] of entry.members) {
      const inherited = this.#inherited(entry, name);
      if (inherited === undefined || member.def.target === undefined || member.def.target === inherited) continue;
      const memberId = `${entry.def.id}$${name}`;
      this.#error(
        `member \`${memberId}\` targets \`${member.def.target}\`, but the member it inherits from a mixin targets \`${inherited}\``,
        member.def.location,
        memberId,
      );
      member.def = { ...member.def, target: inherited };
    }
  }

  /** Two mixins of one shape may bring a member of the same name only when both target the same shape. */
  #checkMixinsAgree(entry: Entry): void {
    if (entry.def.mixins.length < 2) return;
    const seen = new Map<string, { target: string; mixin: string }>();
    for (const mixin of entry.def.mixins) {
      for (const [name, target] of this.#memberTargets(mixin, new Set())) {
        const previous = seen.get(name);
        if (!previous) {
          seen.set(name, { target, mixin });
        } else if (previous.target !== target) {
          this.#error(
            `the mixins of \`${entry.def.id}\` conflict on member \`${name}\`: \`${previous.mixin}\` gives it ` +
              `\`${previous.target}\`, \`${mixin}\` gives it \`${target}\``,
            entry.def.location,
            entry.def.id,
          );
        }
      }
    }
  }

  /** Every member of a shape, inherited ones included, with its target. */
  #memberTargets(id: string, visiting: Set<string>): Map<string, string> {
    const out = new Map<string, string>();
    const entry = this.entries.get(id);
    if (!entry || visiting.has(id)) return out;
    visiting.add(id);
    for (const mixin of entry.def.mixins) for (const [n, t] of this.#memberTargets(mixin, visiting)) out.set(n, t);
    for (const [name, member] of entry.members) if (member.def.target !== undefined) out.set(name, member.def.target);
    return out;
  }

  /**
   * How a member appears in the output. A member the shape's body redefines with a target is written out, as Smithy
   * serializes it.
   * A member only inherited from a mixin is left out (the mixin provides it); traits `apply`d to it go in an `apply`
   * entry for a single file, or on a redefinition of the member in a whole model, where the shape index merges them
   * with the inherited ones.
   */
  #memberOutput(entry: Entry, name: string): MemberNode | undefined {
    const m = entry.members.get(name);
    if (!m || m.def.target === undefined) return undefined;
    const hasTraits = Object.keys(m.traits).length > 0;
    const writtenInBody = entry.def.members?.some((d) => d.name === name && d.target !== undefined) ?? false;
    if (!writtenInBody && this.#inherited(entry, name) !== undefined) {
      if (!hasTraits) return undefined;
      if (this.options.partial) {
        const memberId = `${entry.def.id}$${name}`;
        const pending = this.pendingApplies.get(memberId) ?? { traits: {} };
        for (const [id, value] of Object.entries(m.traits)) setOwn(pending.traits, id, value);
        this.pendingApplies.set(memberId, pending);
        return undefined;
      }
    }
    const out: MemberNode = { target: m.def.target };
    if (hasTraits) out.traits = sortKeys(m.traits);
    return out;
  }

  // --- Output --------------------------------------------------------------------------------------------------

  #serialize(entry: Entry): ShapeNode {
    const { def } = entry;
    const node: Record<string, unknown> = { type: def.type };
    if (def.mixins.length > 0) node.mixins = def.mixins.map((target) => ({ target }));
    const memberNode = (name: string): MemberNode | undefined => this.#memberOutput(entry, name);
    const props = def.properties ?? {};
    const sortedRefs = (key: string): ShapeRef[] | undefined => {
      const refs = props[key];
      if (!Array.isArray(refs) || refs.length === 0) return undefined;
      return [...refs].sort((a, b) => compareShapeIds(a.target, b.target));
    };
    const copy = (key: string, value: unknown) => {
      if (value !== undefined) node[key] = value;
    };
    switch (def.type) {
      case "list":
      case "set":
        copy("member", memberNode("member"));
        break;
      case "map":
        copy("key", memberNode("key"));
        copy("value", memberNode("value"));
        break;
      case "structure":
      case "union":
      case "enum":
      case "intEnum": {
        const members: Record<string, MemberNode> = {};
        for (const name of entry.members.keys()) {
          const m = memberNode(name);
          if (m) setOwn(members, name, m);
        }
        node.members = members;
        break;
      }
      case "operation":
        node.input = props.input ?? { target: UNIT };
        node.output = props.output ?? { target: UNIT };
        copy("errors", sortedRefs("errors"));
        break;
      case "service":
        if (typeof props.version === "string" && props.version.trim() !== "") node.version = props.version;
        copy("operations", sortedRefs("operations"));
        copy("resources", sortedRefs("resources"));
        copy("errors", sortedRefs("errors"));
        if (isNodeObject(props.rename as NodeValue) && Object.keys(props.rename as object).length > 0) {
          node.rename = props.rename;
        }
        break;
      case "resource":
        for (const key of ["identifiers", "properties"]) {
          const value = props[key];
          if (isNodeObject(value as NodeValue) && Object.keys(value as object).length > 0) node[key] = value;
        }
        for (const key of ["put", "create", "read", "update", "delete", "list"]) copy(key, props[key]);
        copy("operations", sortedRefs("operations"));
        copy("collectionOperations", sortedRefs("collectionOperations"));
        copy("resources", sortedRefs("resources"));
        break;
      default:
        break;
    }
    if (Object.keys(entry.traits).length > 0) node.traits = sortKeys(entry.traits);
    return node as unknown as ShapeNode;
  }
}

/** Whether two definitions of the same id agree on everything but traits. */
function sameDefinition(a: ShapeDef, b: ShapeDef): boolean {
  if (a.type !== b.type || a.forResource !== b.forResource) return false;
  if (a.mixins.length !== b.mixins.length || a.mixins.some((m, i) => m !== b.mixins[i])) return false;
  const am = a.members ?? [];
  const bm = b.members ?? [];
  if (am.length !== bm.length || am.some((m, i) => m.name !== bm[i]?.name || m.target !== bm[i]?.target)) return false;
  return nodeEquals((a.properties ?? {}) as NodeValue, (b.properties ?? {}) as NodeValue);
}

/** Whether two definitions of one shape apply the same traits, with the same values, to it and its members. */
function sameTraits(a: ShapeDef, b: ShapeDef): boolean {
  const asNode = (traits: TraitDef[]): NodeValue => traits.map((t) => [t.id, t.value] as NodeValue);
  if (!nodeEquals(asNode(a.traits), asNode(b.traits))) return false;
  return (a.members ?? []).every((m, i) => nodeEquals(asNode(m.traits), asNode(b.members?.[i]?.traits ?? [])));
}

/** A definition of a prelude shape that says exactly what the prelude says: same type, no traits, no members. */
function restatesPreludeShape(def: ShapeDef): boolean {
  const prelude = isPreludeShape(def.id) ? PRELUDE.shapes[def.id] : undefined;
  return (
    prelude !== undefined &&
    prelude.type === def.type &&
    prelude.traits === undefined &&
    !("members" in prelude) &&
    def.traits.length === 0 &&
    def.mixins.length === 0 &&
    (def.members ?? []).length === 0 &&
    Object.keys(def.properties ?? {}).length === 0
  );
}
