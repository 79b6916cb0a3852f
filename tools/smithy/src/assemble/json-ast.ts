// Reads a JSON AST model file (https://smithy.io/2.0/spec/json-ast.html) into shape definitions.
import type { NodeValue, ShapeRef } from "../ast.js";
import { SmithyParseError, type SourceLocation, type ValidationEvent } from "../errors.js";
import { isNodeObject } from "../node-values.js";
import { SHAPE_PROPERTIES, SHAPE_TYPES } from "../shape-types.js";
import type { FileDefs, MemberDef, ShapeDef, TraitDef } from "./defs.js";

const NAMED_MEMBERS = new Set(["structure", "union", "enum", "intEnum"]);

/** Finds the line and column of offsets in a text: the line starts are indexed once, then each lookup is a search. */
class LineIndex {
  readonly #starts: number[] = [0];

  constructor(
    text: string,
    readonly file: string,
  ) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.#starts.push(i + 1);
  }

  locate(offset: number): SourceLocation {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.file, line: lo + 1, column: offset - this.#starts[lo]! + 1 };
  }
}

export function readJsonAst(text: string, file: string): FileDefs {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = /position (\d+)/.exec(message);
    const where = position ? new LineIndex(text, file).locate(Number(position[1])) : { file, line: 1, column: 1 };
    throw SmithyParseError.at(where, `invalid JSON: ${message}`);
  }
  const events: ValidationEvent[] = [];
  const defs: FileDefs = { file, metadata: [], shapes: [], applies: [], events };
  const fileLocation = { file, line: 1, column: 1 };
  if (!isNodeObject(root)) throw SmithyParseError.at(fileLocation, "a JSON AST model must be an object");
  const version = root.smithy;
  if (typeof version !== "string" || !/^2(\.[0-9]+)?$/.test(version)) {
    throw SmithyParseError.at(
      fileLocation,
      `unsupported or missing "smithy" version ${JSON.stringify(version)}: expected "2.0"`,
    );
  }
  warnAdditional(root, ["smithy", "metadata", "shapes"], undefined, fileLocation, events);
  if (root.metadata !== undefined) {
    if (!isNodeObject(root.metadata)) throw SmithyParseError.at(fileLocation, '"metadata" must be an object');
    for (const [key, value] of Object.entries(root.metadata))
      defs.metadata.push({ key, value, location: fileLocation });
  }
  const shapes = root.shapes ?? {};
  if (!isNodeObject(shapes)) throw SmithyParseError.at(fileLocation, '"shapes" must be an object');

  // Locations are found by searching for the quoted ids, each search starting where the previous shape was found:
  // one pass over the text, exact for the usual one-key-per-line layout.
  const lines = new LineIndex(text, file);
  let searchFrom = 0;
  const find = (needle: string, from: number): number => text.indexOf(JSON.stringify(needle), from);

  for (const [id, value] of Object.entries(shapes)) {
    const at = find(id, searchFrom);
    if (at >= 0) searchFrom = at;
    const location = at >= 0 ? lines.locate(at) : fileLocation;
    const bad = (message: string) => events.push({ id: "Model", severity: "ERROR", shapeId: id, message, location });
    if (!isNodeObject(value) || typeof value.type !== "string") {
      bad(`shape \`${id}\` must be an object with a "type"`);
      continue;
    }
    if (!id.includes("#")) {
      events.push({ id: "Model", severity: "ERROR", message: `\`${id}\` is not an absolute shape id`, location });
      continue;
    }
    const traits = readTraits(value.traits, location);
    warnAdditional(
      value,
      ["type", "traits", ...(value.type === "apply" ? [] : ["mixins"]), ...(PROPERTIES_OF[value.type] ?? [])],
      id,
      location,
      events,
    );
    if (value.type === "apply") {
      defs.applies.push({ target: id, traits, location });
      continue;
    }
    if (id.includes("$")) {
      bad(`\`${id}\` names a member: only traits can be applied to a member id, shapes are defined without \`$\``);
      continue;
    }
    if (!SHAPE_TYPES.has(value.type)) {
      bad(`unknown shape type \`${value.type}\``);
      continue;
    }
    const def: ShapeDef = {
      id,
      type: value.type,
      file,
      location,
      traits,
      mixins: refs(value.mixins),
    };
    const memberOf = (name: string, node: NodeValue | undefined): MemberDef | undefined => {
      if (!isNodeObject(node) || typeof node.target !== "string") {
        bad(`member \`${name}\` of \`${id}\` needs a "target"`);
        return undefined;
      }
      const offset = find(name, at);
      const memberLocation = offset >= 0 ? lines.locate(offset) : location;
      warnAdditional(node, ["target", "traits"], `${id}$${name}`, memberLocation, events);
      return { name, target: node.target, traits: readTraits(node.traits, memberLocation), location: memberLocation };
    };
    if (NAMED_MEMBERS.has(value.type)) {
      def.members = [];
      for (const [name, node] of Object.entries(isNodeObject(value.members) ? value.members : {})) {
        const m = memberOf(name, node);
        if (m) def.members.push(m);
      }
    } else if (value.type === "list" || value.type === "set" || value.type === "map") {
      def.members = [];
      for (const name of value.type === "map" ? ["key", "value"] : ["member"]) {
        if (value[name] === undefined) continue;
        const m = memberOf(name, value[name]);
        if (m) def.members.push(m);
      }
    }
    const keys = SHAPE_PROPERTIES[value.type as keyof typeof SHAPE_PROPERTIES];
    if (keys) {
      def.properties = {};
      for (const key of keys) {
        const property = value[key];
        if (property === undefined) continue;
        if (REFERENCE_FORMS[key] && !isWellFormed(property, REFERENCE_FORMS[key])) {
          bad(`\`${key}\` of \`${id}\` must be ${FORM_NAMES[REFERENCE_FORMS[key]]}`);
          continue;
        }
        def.properties[key] = property as unknown as ShapeRef;
      }
    }
    defs.shapes.push(def);
  }
  return defs;
}

/** The properties each shape type has besides `type`, `traits` and `mixins`. */
const PROPERTIES_OF: Record<string, readonly string[]> = {
  ...SHAPE_PROPERTIES,
  structure: ["members"],
  union: ["members"],
  enum: ["members"],
  intEnum: ["members"],
  list: ["member"],
  set: ["member"],
  map: ["key", "value"],
};

/** Smithy's loader ignores properties it does not know, with a WARNING naming them. */
function warnAdditional(
  node: Record<string, NodeValue>,
  allowed: string[],
  shapeId: string | undefined,
  location: SourceLocation,
  events: ValidationEvent[],
): void {
  const extra = Object.keys(node).filter((k) => !allowed.includes(k));
  if (extra.length === 0) return;
  events.push({
    id: "Model",
    severity: "WARNING",
    message: `unknown properties ${extra
      .sort()
      .map((k) => `\`${k}\``)
      .join(", ")} are ignored; expected only ${[...allowed]
      .sort()
      .map((k) => `\`${k}\``)
      .join(", ")}`,
    location,
    ...(shapeId ? { shapeId } : {}),
  });
}

/** How each property of a service, operation or resource names shapes: one reference, a list or a map of them. */
type ReferenceForm = "one" | "list" | "map";
const REFERENCE_FORMS: Record<string, ReferenceForm> = {
  input: "one",
  output: "one",
  create: "one",
  put: "one",
  read: "one",
  update: "one",
  delete: "one",
  list: "one",
  errors: "list",
  operations: "list",
  resources: "list",
  collectionOperations: "list",
  identifiers: "map",
  properties: "map",
};
const FORM_NAMES: Record<ReferenceForm, string> = {
  one: 'a shape reference ({"target": "ns#Shape"})',
  list: 'an array of shape references ({"target": "ns#Shape"})',
  map: 'an object whose values are shape references ({"target": "ns#Shape"})',
};

function isReference(value: NodeValue): boolean {
  return isNodeObject(value) && typeof value.target === "string";
}

/** Smithy's loader refuses references that are not `{"target": ...}` objects; the property is then left out. */
function isWellFormed(value: NodeValue, form: ReferenceForm): boolean {
  if (form === "one") return isReference(value);
  if (form === "list") return Array.isArray(value) && value.every(isReference);
  return isNodeObject(value) && Object.values(value).every(isReference);
}

function refs(value: NodeValue | undefined): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((r) => (isNodeObject(r) && typeof r.target === "string" ? [r.target] : []));
}

function readTraits(value: NodeValue | undefined, location: SourceLocation): TraitDef[] {
  if (!isNodeObject(value)) return [];
  return Object.entries(value).map(([id, v]) => ({ id, value: v, location }));
}
