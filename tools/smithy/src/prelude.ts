// Smithy's prelude: the shapes of the `smithy.api` namespace that every model can use without defining them.
import type { ShapeNode, SmithyAst } from "./ast.js";

const simple = (type: ShapeNode["type"], traits?: Record<string, unknown>): ShapeNode =>
  (traits ? { type, traits } : { type }) as ShapeNode;

const preludeShapes: Record<string, ShapeNode> = {
  "smithy.api#String": simple("string"),
  "smithy.api#Blob": simple("blob"),
  "smithy.api#BigInteger": simple("bigInteger"),
  "smithy.api#BigDecimal": simple("bigDecimal"),
  "smithy.api#Timestamp": simple("timestamp"),
  "smithy.api#Document": simple("document"),
  "smithy.api#Boolean": simple("boolean"),
  "smithy.api#PrimitiveBoolean": simple("boolean", { "smithy.api#default": false }),
  "smithy.api#Byte": simple("byte"),
  "smithy.api#PrimitiveByte": simple("byte", { "smithy.api#default": 0 }),
  "smithy.api#Short": simple("short"),
  "smithy.api#PrimitiveShort": simple("short", { "smithy.api#default": 0 }),
  "smithy.api#Integer": simple("integer"),
  "smithy.api#PrimitiveInteger": simple("integer", { "smithy.api#default": 0 }),
  "smithy.api#Long": simple("long"),
  "smithy.api#PrimitiveLong": simple("long", { "smithy.api#default": 0 }),
  "smithy.api#Float": simple("float"),
  "smithy.api#PrimitiveFloat": simple("float", { "smithy.api#default": 0 }),
  "smithy.api#Double": simple("double"),
  "smithy.api#PrimitiveDouble": simple("double", { "smithy.api#default": 0 }),
  "smithy.api#Unit": { type: "structure", members: {}, traits: { "smithy.api#unitType": {} } },
};

/** The prelude as a model of its own. */
export const PRELUDE: SmithyAst = { smithy: "2.0", shapes: preludeShapes };
