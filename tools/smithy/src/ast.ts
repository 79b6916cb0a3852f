// The Smithy JSON AST (https://smithy.io/2.0/spec/json-ast.html) as TypeScript types. Everything in this package
// reads or produces these shapes; the IDL parser's output is exactly what Smithy itself would serialize.

/** Any value a trait or metadata entry can hold. */
export type NodeValue = null | boolean | number | string | NodeValue[] | NodeObject;
export interface NodeObject {
  [key: string]: NodeValue;
}

/** Trait values by absolute shape id (`smithy.api#required`). */
export type Traits = Record<string, NodeValue>;

/** A reference to another shape, as in `{ "target": "smithy.api#String" }`. */
export interface ShapeRef {
  target: string;
}

/** A member of an aggregate shape. */
export interface MemberNode {
  target: string;
  traits?: Traits;
}

export type SimpleShapeType =
  | "blob"
  | "boolean"
  | "string"
  | "byte"
  | "short"
  | "integer"
  | "long"
  | "float"
  | "double"
  | "bigInteger"
  | "bigDecimal"
  | "timestamp"
  | "document";

interface ShapeBase {
  traits?: Traits;
  mixins?: ShapeRef[];
}

export interface SimpleShapeNode extends ShapeBase {
  type: SimpleShapeType;
}

export interface ListShapeNode extends ShapeBase {
  type: "list" | "set";
  member: MemberNode;
}

export interface MapShapeNode extends ShapeBase {
  type: "map";
  key: MemberNode;
  value: MemberNode;
}

export interface StructureShapeNode extends ShapeBase {
  type: "structure" | "union";
  members?: Record<string, MemberNode>;
}

export interface EnumShapeNode extends ShapeBase {
  type: "enum" | "intEnum";
  members?: Record<string, MemberNode>;
}

export interface ServiceShapeNode extends ShapeBase {
  type: "service";
  version?: string;
  operations?: ShapeRef[];
  resources?: ShapeRef[];
  errors?: ShapeRef[];
  rename?: Record<string, string>;
}

export interface OperationShapeNode extends ShapeBase {
  type: "operation";
  input?: ShapeRef;
  output?: ShapeRef;
  errors?: ShapeRef[];
}

export interface ResourceShapeNode extends ShapeBase {
  type: "resource";
  identifiers?: Record<string, ShapeRef>;
  properties?: Record<string, ShapeRef>;
  create?: ShapeRef;
  put?: ShapeRef;
  read?: ShapeRef;
  update?: ShapeRef;
  delete?: ShapeRef;
  list?: ShapeRef;
  operations?: ShapeRef[];
  collectionOperations?: ShapeRef[];
  resources?: ShapeRef[];
}

/** Traits applied to a shape or member from outside its definition (`apply` in the IDL). */
export interface ApplyNode {
  type: "apply";
  traits: Traits;
}

export type ShapeNode =
  | SimpleShapeNode
  | ListShapeNode
  | MapShapeNode
  | StructureShapeNode
  | EnumShapeNode
  | ServiceShapeNode
  | OperationShapeNode
  | ResourceShapeNode
  | ApplyNode;

export type ShapeType = ShapeNode["type"];

/** A whole model, or one file of it. */
export interface SmithyAst {
  smithy: string;
  metadata?: Record<string, NodeValue>;
  shapes: Record<string, ShapeNode>;
}

/** The namespace of Smithy's built-in shapes and traits. */
export const PRELUDE_NAMESPACE = "smithy.api";

/** Splits `ns#Name$member` into its parts. */
export function parseShapeId(id: string): { namespace: string; name: string; member?: string } {
  const hash = id.indexOf("#");
  if (hash < 0) throw new Error(`"${id}" is not an absolute shape id (namespace#Name)`);
  const namespace = id.slice(0, hash);
  const rest = id.slice(hash + 1);
  const dollar = rest.indexOf("$");
  return dollar < 0
    ? { namespace, name: rest }
    : { namespace, name: rest.slice(0, dollar), member: rest.slice(dollar + 1) };
}

/** The `Name` of `ns#Name`. */
export function shapeName(id: string): string {
  return parseShapeId(id).name;
}
