// Turns a parsed IDL file into shape definitions with absolute shape ids. A relative id resolves, in order, to a
// name imported with `use`, a shape of the file's namespace (defined in any file of the model), a public prelude
// shape, and otherwise to the file's namespace (https://smithy.io/2.0/spec/idl.html#relative-shape-id).

import type { FileDefs, MemberDef, ShapeDef, TraitDef } from "../assemble/defs.js";
import { type NodeValue, PRELUDE_NAMESPACE, type ShapeRef } from "../ast.js";
import type { SourceLocation, ValidationEvent } from "../errors.js";
import { isNodeObject, nodeKind, setOwn } from "../node-values.js";
import { preludeIdFor } from "../prelude.js";
import { SHAPE_PROPERTIES } from "../shape-types.js";
import { type ParsedIdl, type RawNode, type RawObject, type RawRef, type RawTrait, ShapeIdLiteral } from "./syntax.js";

/** What resolution needs to know about the rest of the model. */
export interface ResolveContext {
  /** Whether a shape with this absolute id (no member) is defined by a file of the model. */
  isDefined(id: string): boolean;
  /** The type of a shape of the model or the prelude, used to give annotation traits (`@foo`) their value. */
  typeOf(id: string): string | undefined;
  /** Whether every file of the model is known, so that a shape id naming no shape can be reported. */
  complete: boolean;
}

const SERVICE_PROPERTIES = new Set(SHAPE_PROPERTIES.service);
const ENUM_TRAIT = "smithy.api#enum";
const RESOURCE_PROPERTIES = new Set(SHAPE_PROPERTIES.resource);
const RESOURCE_SINGLE = ["put", "create", "read", "update", "delete", "list"] as const;
const RESOURCE_LISTS = ["operations", "collectionOperations", "resources"] as const;

export function resolveIdl(parsed: ParsedIdl, ctx: ResolveContext): FileDefs {
  return new Resolver(parsed, ctx).run();
}

class Resolver {
  readonly #events: ValidationEvent[] = [];

  constructor(
    readonly parsed: ParsedIdl,
    readonly ctx: ResolveContext,
  ) {}

  run(): FileDefs {
    const p = this.parsed;
    for (const w of p.warnings) {
      this.#events.push({
        id: w.id,
        severity: w.severity ?? "WARNING",
        ...(w.shapeId ? { shapeId: w.shapeId } : {}),
        message: w.message,
        location: w.location,
      });
    }
    if (this.ctx.complete) this.#checkUses();
    return {
      file: p.file,
      metadata: p.metadata.map((m) => ({ key: m.key, value: this.node(m.value), location: m.location })),
      shapes: p.shapes.map((s) => this.#shape(s)),
      applies: p.applies.map((a) => ({
        target: this.id(a.target.text),
        traits: a.traits.map((t) => this.#trait(t)),
        location: a.location,
      })),
      events: this.#events,
    };
  }

  /** A `use` of a shape no file defines is harmless until the name is used, so Smithy only warns. */
  #checkUses(): void {
    for (const use of this.parsed.useStatements) {
      if (this.ctx.isDefined(use.text) || this.ctx.typeOf(use.text) !== undefined) continue;
      this.#events.push({
        id: "Model",
        severity: "WARNING",
        message: `\`use ${use.text}\` names a shape that is not defined`,
        location: use.location,
      });
    }
  }

  /** Resolves a shape id as written to an absolute one. */
  id(text: string): string {
    if (text.includes("#")) return text;
    const dollar = text.indexOf("$");
    const root = dollar < 0 ? text : text.slice(0, dollar);
    const ns = this.parsed.namespace;
    let id = this.parsed.uses.get(root);
    if (id === undefined && ns !== undefined && this.ctx.isDefined(`${ns}#${root}`)) id = `${ns}#${root}`;
    // Without a namespace (a file of metadata only), a name resolves against the prelude's, as Smithy does.
    id ??= preludeIdFor(root) ?? `${ns ?? PRELUDE_NAMESPACE}#${root}`;
    return dollar < 0 ? id : `${id}${text.slice(dollar)}`;
  }

  #ref(ref: RawRef): ShapeRef {
    return { target: this.id(ref.text) };
  }

  node(value: RawNode): NodeValue {
    if (value instanceof ShapeIdLiteral) return this.#literal(value);
    if (Array.isArray(value)) return value.map((v) => this.node(v));
    if (value !== null && typeof value === "object") {
      const out: Record<string, NodeValue> = {};
      for (const [k, v] of Object.entries(value)) setOwn(out, k, this.node(v));
      return out;
    }
    return value;
  }

  #literal(literal: ShapeIdLiteral): string {
    const id = this.id(literal.text);
    if (this.ctx.complete && id.includes("#")) {
      const root = id.split("$")[0]!;
      if (!this.ctx.isDefined(root) && this.ctx.typeOf(root) === undefined) {
        this.#events.push({
          id: "SyntacticShapeIdTarget",
          severity: "DANGER",
          message: `the unquoted value \`${literal.text}\` is read as the shape id \`${id}\`, which names no shape; quote it if it is meant as a string`,
          location: literal.location,
        });
      }
    }
    return id;
  }

  #trait(trait: RawTrait): TraitDef {
    const id = this.id(trait.name.text);
    let value: NodeValue;
    if (trait.annotation) {
      const type = this.ctx.typeOf(id);
      if (type === "list" || type === "set") value = [];
      else if (type === undefined || type === "structure" || type === "map") value = {};
      else value = null;
    } else {
      value = this.node(trait.value);
    }
    return { id, value, location: trait.location };
  }

  #error(message: string, location: SourceLocation, shapeId?: string): void {
    this.#events.push({ id: "Model", severity: "ERROR", message, location, ...(shapeId ? { shapeId } : {}) });
  }

  #shape(raw: ParsedIdl["shapes"][number]): ShapeDef {
    const def: ShapeDef = {
      id: raw.id,
      type: raw.type,
      file: this.parsed.file,
      location: raw.location,
      traits: raw.traits.map((t) => this.#trait(t)),
      mixins: raw.mixins.map((m) => this.id(m.text)),
    };
    const enumTrait = raw.type === "enum" ? def.traits.find((t) => t.id === ENUM_TRAIT) : undefined;
    if (enumTrait) {
      // The trait is kept for strings of models written before enum shapes; on an enum shape it is a relic.
      this.#events.push({
        id: "ModelDeprecation",
        severity: "WARNING",
        shapeId: raw.id,
        message: `@enum on the enum shape \`${raw.id}\` is deprecated: its members say what the trait said`,
        location: enumTrait.location,
      });
    }
    if (raw.forResource) def.forResource = this.id(raw.forResource.text);
    if (raw.members) {
      def.members = raw.members.map(
        (m): MemberDef => ({
          name: m.name,
          ...(m.target ? { target: this.id(m.target.text) } : {}),
          traits: m.traits.map((t) => this.#trait(t)),
          location: m.location,
        }),
      );
    }
    if (raw.operation) {
      const props: NonNullable<ShapeDef["properties"]> = {};
      if (raw.operation.input) props.input = this.#ref(raw.operation.input);
      if (raw.operation.output) props.output = this.#ref(raw.operation.output);
      if (raw.operation.errors) props.errors = raw.operation.errors.map((e) => this.#ref(e));
      def.properties = props;
    }
    if (raw.body) def.properties = this.#body(raw.type, raw.id, raw.body, raw.location);
    return def;
  }

  /** The node object body of a service or resource, read into JSON AST properties. */
  #body(type: string, id: string, body: RawObject, location: SourceLocation): NonNullable<ShapeDef["properties"]> {
    const allowed = type === "service" ? SERVICE_PROPERTIES : RESOURCE_PROPERTIES;
    const props: NonNullable<ShapeDef["properties"]> = {};
    for (const key of Object.keys(body)) {
      if (!allowed.has(key)) {
        this.#events.push({
          id: "Model",
          severity: "WARNING",
          shapeId: id,
          message: `unknown ${type} property \`${key}\` is ignored; expected one of ${[...allowed].join(", ")}`,
          location,
        });
      }
    }
    const refText = (value: RawNode, what: string): string | undefined => {
      if (value instanceof ShapeIdLiteral) return value.text;
      if (typeof value === "string") return value;
      this.#error(`${type} property \`${what}\` must be a shape id, found ${nodeKind(this.node(value))}`, location, id);
      return undefined;
    };
    const refList = (key: string): void => {
      const value = body[key];
      if (value === undefined) return;
      if (!Array.isArray(value)) {
        this.#error(`${type} property \`${key}\` must be a list of shape ids`, location, id);
        return;
      }
      const refs: ShapeRef[] = [];
      for (const item of value) {
        const text = refText(item, key);
        if (text !== undefined) refs.push({ target: this.id(text) });
      }
      props[key] = refs;
    };
    const refMap = (key: string): void => {
      const value = body[key];
      if (value === undefined) return;
      if (!isNodeObject(value) || value instanceof ShapeIdLiteral) {
        this.#error(`${type} property \`${key}\` must be an object of names to shape ids`, location, id);
        return;
      }
      const out: Record<string, ShapeRef> = {};
      for (const [name, item] of Object.entries(value as RawObject)) {
        const text = refText(item, `${key}.${name}`);
        if (text !== undefined) setOwn(out, name, { target: this.id(text) });
      }
      props[key] = out;
    };
    if (type === "service") {
      const version = body.version;
      if (version !== undefined) {
        if (typeof version === "string") props.version = version;
        else this.#error("service property `version` must be a string", location, id);
      }
      for (const key of ["operations", "resources", "errors"]) refList(key);
      const rename = body.rename;
      if (rename !== undefined) {
        const out: Record<string, string> = {};
        if (isNodeObject(rename) && !(rename instanceof ShapeIdLiteral)) {
          for (const [from, to] of Object.entries(rename as RawObject)) {
            if (typeof to === "string") setOwn(out, this.id(from), to);
            else this.#error(`service rename of \`${from}\` must be a string`, location, id);
          }
          props.rename = out;
        } else {
          this.#error("service property `rename` must be an object", location, id);
        }
      }
    } else {
      refMap("identifiers");
      refMap("properties");
      for (const key of RESOURCE_SINGLE) {
        const value = body[key];
        if (value === undefined) continue;
        const text = refText(value, key);
        if (text !== undefined) props[key] = { target: this.id(text) };
      }
      for (const key of RESOURCE_LISTS) refList(key);
    }
    return props;
  }
}
