// The shape types of Smithy 2.0, and the properties of the shapes that are not data.

/** Shape types that hold a single value. */
export const SIMPLE_SHAPE_TYPES: ReadonlySet<string> = new Set([
  "blob",
  "boolean",
  "document",
  "string",
  "byte",
  "short",
  "integer",
  "long",
  "float",
  "double",
  "bigInteger",
  "bigDecimal",
  "timestamp",
]);

/** Every shape type a model may define. */
export const SHAPE_TYPES: ReadonlySet<string> = new Set([
  ...SIMPLE_SHAPE_TYPES,
  "enum",
  "intEnum",
  "list",
  "set",
  "map",
  "structure",
  "union",
  "service",
  "operation",
  "resource",
]);

/** The properties (besides traits and mixins) that services, operations and resources may have. */
export const SHAPE_PROPERTIES: Readonly<Record<"service" | "operation" | "resource", readonly string[]>> = {
  service: ["version", "operations", "resources", "errors", "rename"],
  operation: ["input", "output", "errors"],
  resource: [
    "identifiers",
    "properties",
    "create",
    "put",
    "read",
    "update",
    "delete",
    "list",
    "operations",
    "collectionOperations",
    "resources",
  ],
};
