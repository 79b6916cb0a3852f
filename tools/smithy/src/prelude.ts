// Smithy's prelude: the shapes of the `smithy.api` namespace that every model can use without defining them. Besides
// the simple shapes, it defines the built-in traits, each with the selector that says where it may be applied
// (https://smithy.io/2.0/spec/model.html#prelude), and the private shapes their values are made of.
import type { MemberNode, NodeValue, ShapeNode, SmithyAst, Traits } from "./ast.js";
import { PRELUDE_NAMESPACE } from "./ast.js";

const simple = (type: ShapeNode["type"], traits?: Record<string, unknown>): ShapeNode =>
  (traits ? { type, traits } : { type }) as ShapeNode;

const api = (name: string): string => (name.includes("#") ? name : `${PRELUDE_NAMESPACE}#${name}`);

/** A member: a target, or a target with traits (`["String", { required: {} }]`). */
type MemberSpec = string | [string, Record<string, NodeValue>];

function traitsOf(spec: Record<string, NodeValue> | undefined): Traits | undefined {
  if (!spec) return undefined;
  const out: Traits = {};
  for (const [name, value] of Object.entries(spec)) out[api(name)] = value;
  return out;
}

function member(spec: MemberSpec): MemberNode {
  if (typeof spec === "string") return { target: api(spec) };
  const traits = traitsOf(spec[1]);
  return traits ? { target: api(spec[0]), traits } : { target: api(spec[0]) };
}

function withTraits<T extends ShapeNode>(node: T, traits?: Record<string, NodeValue>): T {
  const t = traitsOf(traits);
  if (t) node.traits = t;
  return node;
}

const structure = (members: Record<string, MemberSpec> = {}, traits?: Record<string, NodeValue>): ShapeNode =>
  withTraits(
    {
      type: "structure",
      members: Object.fromEntries(Object.entries(members).map(([name, spec]) => [name, member(spec)])),
    },
    traits,
  );
const list = (target: MemberSpec, traits?: Record<string, NodeValue>): ShapeNode =>
  withTraits({ type: "list", member: member(target) }, traits);
const map = (key: MemberSpec, value: MemberSpec, traits?: Record<string, NodeValue>): ShapeNode =>
  withTraits({ type: "map", key: member(key), value: member(value) }, traits);
const enumOf = (values: Record<string, string>, traits?: Record<string, NodeValue>): ShapeNode =>
  withTraits(
    {
      type: "enum",
      members: Object.fromEntries(
        Object.entries(values).map(([name, value]) => [
          name,
          { target: api("Unit"), traits: { [api("enumValue")]: value } },
        ]),
      ),
    },
    traits,
  );

/** The value of `@trait`: a selector (left out when it is `*`) and the other definition properties. */
function traitDef(selector?: string, extra: Record<string, NodeValue> = {}): NodeValue {
  const value: Record<string, NodeValue> = {};
  if (selector) value.selector = selector;
  for (const [k, v] of Object.entries(extra)) value[k] = Array.isArray(v) ? v.map((x) => api(String(x))) : v;
  return value;
}

const HTTP_BINDINGS = [
  "httpLabel",
  "httpQuery",
  "httpHeader",
  "httpPrefixHeaders",
  "httpPayload",
  "httpResponseCode",
  "httpQueryParams",
];
const others = (self: string): string[] => HTTP_BINDINGS.filter((t) => t !== self);

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

const PRIVATE = { private: {} };

// Private shapes that trait values are made of.
const privateShapes: Record<string, ShapeNode> = {
  NonEmptyString: withTraits({ type: "string" }, { ...PRIVATE, length: { min: 1 } }),
  NonEmptyStringList: list("NonEmptyString", PRIVATE),
  NonEmptyStringMap: map("NonEmptyString", "NonEmptyString", PRIVATE),
  StructurallyExclusive: enumOf({ MEMBER: "member", TARGET: "target" }, PRIVATE),
  TraitDiffRules: list("TraitDiffRule", { ...PRIVATE, length: { min: 1 } }),
  TraitDiffRule: structure(
    {
      path: "String",
      change: ["TraitChangeType", { required: {} }],
      severity: ["Severity", { default: "ERROR" }],
      message: "String",
    },
    PRIVATE,
  ),
  TraitValidator: structure(
    {
      selector: ["String", { required: {} }],
      message: "String",
      severity: ["Severity", { default: "ERROR" }],
    },
    PRIVATE,
  ),
  TraitChangeType: enumOf(
    { UPDATE: "update", ADD: "add", REMOVE: "remove", PRESENCE: "presence", ANY: "any" },
    PRIVATE,
  ),
  Severity: enumOf({ NOTE: "NOTE", WARNING: "WARNING", DANGER: "DANGER", ERROR: "ERROR" }, PRIVATE),
  AuthTraitReference: withTraits({ type: "string" }, { ...PRIVATE, idRef: { selector: "[trait|authDefinition]" } }),
  TraitShapeIdList: list("TraitShapeId", PRIVATE),
  TraitShapeId: withTraits(
    { type: "string" },
    { ...PRIVATE, idRef: { failWhenMissing: true, selector: "[trait|trait]" } },
  ),
  HttpApiKeyLocations: enumOf({ HEADER: "header", QUERY: "query" }, PRIVATE),
  Example: structure(
    {
      title: ["String", { required: {} }],
      documentation: "String",
      input: "Document",
      output: "Document",
      error: "ExampleError",
      allowConstraintErrors: "Boolean",
    },
    PRIVATE,
  ),
  ExampleError: structure(
    { shapeId: ["String", { idRef: { selector: "structure[trait|error]" } }], content: "Document" },
    PRIVATE,
  ),
  Reference: structure(
    {
      resource: ["NonEmptyString", { required: {} }],
      ids: "NonEmptyStringMap",
      service: "NonEmptyString",
      rel: "NonEmptyString",
    },
    PRIVATE,
  ),
  EnumDefinition: structure(
    {
      value: ["NonEmptyString", { required: {} }],
      name: "EnumConstantBodyName",
      documentation: "String",
      tags: "NonEmptyStringList",
      deprecated: "Boolean",
    },
    PRIVATE,
  ),
  EnumConstantBodyName: withTraits({ type: "string" }, { ...PRIVATE, pattern: "^[a-zA-Z_]+[a-zA-Z_0-9]*$" }),
  LocalMixinTraitList: list("LocalMixinTrait", PRIVATE),
  LocalMixinTrait: withTraits(
    { type: "string" },
    { ...PRIVATE, idRef: { selector: "[trait|trait]", failWhenMissing: true } },
  ),
  RequestCompressionEncodingsList: list("String", PRIVATE),
  IdempotentErrors: list(["String", { idRef: { selector: "[trait|error]" } }], PRIVATE),
  // The type of the `shapeClosures` metadata: named closures of shapes for consumers such as code generators.
  ShapeClosures: list("ShapeClosure", { ...PRIVATE, metadata: { key: "shapeClosures" } }),
  ShapeClosure: structure(
    {
      id: ["ClosureId", { required: {} }],
      includeNamespaces: ["Namespaces", { default: [] }],
      includeBySelector: ["String", { length: { min: 1 } }],
      rename: ["Renames", { default: {} }],
      documentation: "CommonMark",
    },
    PRIVATE,
  ),
  ClosureId: withTraits({ type: "string" }, { ...PRIVATE, idRef: { failWhenMissing: false } }),
  Namespaces: list("String", { ...PRIVATE, uniqueItems: {} }),
  Renames: map(
    [
      "String",
      {
        idRef: {
          failWhenMissing: true,
          selector: ":not(:is(member, service, resource, operation))",
          errorMessage: "a rename must name a shape of the model that is not a member, service, resource or operation",
        },
      },
    ],
    "Identifier",
    PRIVATE,
  ),
  CommonMark: withTraits(
    { type: "string" },
    { ...PRIVATE, mediaType: "text/markdown; charset=UTF-8; variant=CommonMark" },
  ),
  Identifier: withTraits({ type: "string" }, { ...PRIVATE, pattern: "^(_+[a-zA-Z0-9]|[a-zA-Z])\\w*$" }),
};

const T = (selector?: string, extra?: Record<string, NodeValue>) => ({ trait: traitDef(selector, extra) });

// The built-in traits. Selectors are those of Smithy's prelude.
const traitShapes: Record<string, ShapeNode> = {
  trait: structure(
    {
      selector: "String",
      structurallyExclusive: "StructurallyExclusive",
      conflicts: "NonEmptyStringList",
      breakingChanges: "TraitDiffRules",
    },
    T(":is(simpleType, list, map, structure, union)"),
  ),
  deprecated: structure({ message: "String", since: "String" }, T()),
  box: structure(
    {},
    T(
      ":test(boolean, byte, short, integer, long, float, double, member > :test(boolean, byte, short, integer, long, float, double))",
    ),
  ),
  documentation: withTraits({ type: "string" }, T()),
  externalDocumentation: map("NonEmptyString", "NonEmptyString", { ...T(), length: { min: 1 } }),
  auth: list("AuthTraitReference", { ...T(":is(service, operation)"), uniqueItems: {} }),
  protocolDefinition: structure(
    { traits: "TraitShapeIdList", noInlineDocumentSupport: "Boolean" },
    T("structure[trait|trait]"),
  ),
  authDefinition: structure({ traits: "TraitShapeIdList" }, T("structure[trait|trait]")),
  traitValidators: map(["String", { length: { min: 1 } }], "TraitValidator", T("[trait|trait]")),
  httpBasicAuth: structure({}, { ...T("service"), authDefinition: {} }),
  httpDigestAuth: structure({}, { ...T("service"), authDefinition: {} }),
  httpBearerAuth: structure({}, { ...T("service"), authDefinition: {} }),
  httpApiKeyAuth: structure(
    {
      name: ["NonEmptyString", { required: {} }],
      in: ["HttpApiKeyLocations", { required: {} }],
      scheme: "NonEmptyString",
    },
    { ...T("service"), authDefinition: {} },
  ),
  default: withTraits(
    { type: "document" },
    T(":is(simpleType, list, map, structure > member :test(> :is(simpleType, list, map)))"),
  ),
  addedDefault: structure({}, T("structure > member [trait|default]")),
  clientOptional: structure({}, T("structure > member")),
  optionalAuth: structure({}, T("operation")),
  examples: list("Example", T("operation")),
  error: enumOf({ CLIENT: "client", SERVER: "server" }, T("structure", { conflicts: ["trait"] })),
  retryable: structure({ throttling: "Boolean" }, T("structure[trait|error]")),
  readonly: structure({}, T("operation", { conflicts: ["idempotent"] })),
  idempotent: structure(
    { exists: "IdempotentErrors", notFound: "IdempotentErrors" },
    T("operation", { conflicts: ["readonly"] }),
  ),
  longPoll: structure(
    { timeoutMillis: ["Integer", { required: {}, range: { min: 1 } }] },
    { ...T("operation"), unstable: {} },
  ),
  metadata: structure(
    { key: ["String", { required: {}, length: { min: 1 } }] },
    T("dataType :not([trait|input]) :not([trait|output])"),
  ),
  idempotencyToken: structure(
    {},
    { ...T("structure > :test(member > string)", { structurallyExclusive: "member" }), notProperty: {} },
  ),
  internal: structure({}, T()),
  jsonName: withTraits({ type: "string" }, T(":is(structure, union) > member")),
  xmlAttribute: structure(
    {},
    T("structure > :test(member > :test(boolean, number, string, timestamp))", { conflicts: ["xmlNamespace"] }),
  ),
  xmlFlattened: structure({}, T(":is(structure, union) > :test(member > :test(list, map))")),
  xmlName: withTraits(
    { type: "string" },
    { ...T(":is(structure, union, member)"), pattern: "^[a-zA-Z_][a-zA-Z_0-9-]*(:[a-zA-Z_][a-zA-Z_0-9-]*)?$" },
  ),
  xmlNamespace: structure(
    { uri: ["NonEmptyString", { required: {} }], prefix: "NonEmptyString" },
    T(":is(service, member, simpleType, list, map, structure, union)", { conflicts: ["xmlAttribute"] }),
  ),
  noReplace: structure({}, T("resource:test(-[put]->)")),
  mediaType: withTraits({ type: "string" }, T(":is(blob, string)")),
  references: list("Reference", T(":is(structure, string)")),
  resourceIdentifier: withTraits(
    { type: "string" },
    { ...T("structure > :test(member[trait|required] > string)"), length: { min: 1 }, notProperty: {} },
  ),
  private: structure({}, T()),
  sensitive: structure({}, T(":not(:test(service, operation, resource, member))")),
  since: withTraits({ type: "string" }, T()),
  streaming: structure({}, T(":is(blob, union)", { structurallyExclusive: "target" })),
  requiresLength: structure({}, T("blob[trait|streaming]")),
  tags: list("String", T()),
  title: withTraits({ type: "string" }, T(":is(service, resource)")),
  enum: list("EnumDefinition", {
    ...T("string :not(enum)"),
    length: { min: 1 },
    deprecated: { message: "The enum trait is replaced by the enum shape in Smithy 2.0", since: "2.0" },
  }),
  enumValue: withTraits({ type: "document" }, T(":is(enum, intEnum) > member")),
  length: structure(
    { min: "Long", max: "Long" },
    T(":test(list, map, string, blob, member > :is(list, map, string, blob))"),
  ),
  range: structure({ min: "BigDecimal", max: "BigDecimal" }, T(":test(number, member > number)")),
  pattern: withTraits({ type: "string" }, T(":test(string, member > string)")),
  required: structure({}, T("structure > member")),
  property: structure({ name: "String" }, T("structure > member", { conflicts: ["resourceIdentifier"] })),
  notProperty: structure(
    {},
    { ...T(":is(operation -[input, output]-> structure > member, [trait|trait])"), notProperty: {} },
  ),
  nestedProperties: structure(
    {},
    {
      ...T("operation -[input, output]-> structure > member :test(> structure)", { structurallyExclusive: "member" }),
      notProperty: {},
    },
  ),
  recommended: structure({ reason: "String" }, T("structure > member", { conflicts: ["required"] })),
  sparse: structure({}, T(":is(list, map)")),
  uniqueItems: structure({}, T("list :not(> member ~> :is(float, double, document))", { conflicts: ["sparse"] })),
  unstable: structure({}, T()),
  paginated: structure(
    {
      inputToken: "NonEmptyString",
      outputToken: "NonEmptyString",
      items: "NonEmptyString",
      pageSize: "NonEmptyString",
    },
    T(":is(service, operation)"),
  ),
  http: structure(
    {
      method: ["NonEmptyString", { required: {} }],
      uri: ["NonEmptyString", { required: {} }],
      code: ["Integer", { range: { min: 100, max: 999 }, default: 200 }],
    },
    T("operation"),
  ),
  httpLabel: structure(
    {},
    T("structure > member[trait|required] :test(> :test(string, number, boolean, timestamp))", {
      conflicts: others("httpLabel"),
    }),
  ),
  httpQuery: withTraits(
    { type: "string" },
    {
      ...T(
        "structure > member :test(> :test(string, number, boolean, timestamp), > list > member > :test(string, number, boolean, timestamp))",
        { conflicts: others("httpQuery") },
      ),
      length: { min: 1 },
    },
  ),
  httpQueryParams: structure(
    {},
    T("structure > member :test(> map > member[id|member=value] > :test(string, list > member > string))", {
      structurallyExclusive: "member",
      conflicts: others("httpQueryParams"),
    }),
  ),
  httpHeader: withTraits(
    { type: "string" },
    {
      ...T(
        "structure > :test(member > :test(boolean, number, string, timestamp, list > member > :test(boolean, number, string, timestamp)))",
        { conflicts: others("httpHeader") },
      ),
      length: { min: 1 },
    },
  ),
  httpPrefixHeaders: withTraits(
    { type: "string" },
    T("structure > member :test(> map :not([trait|sparse]) > member[id|member=value] > string)", {
      structurallyExclusive: "member",
      conflicts: others("httpPrefixHeaders"),
    }),
  ),
  httpPayload: structure(
    {},
    T("structure > member", { conflicts: others("httpPayload"), structurallyExclusive: "member" }),
  ),
  httpError: withTraits({ type: "integer" }, T("structure[trait|error]")),
  httpResponseCode: structure(
    {},
    T("structure :not([trait|input]) > member :test(> integer)", {
      structurallyExclusive: "member",
      conflicts: others("httpResponseCode"),
    }),
  ),
  cors: structure(
    {
      origin: ["NonEmptyString", { default: "*" }],
      origins: "NonEmptyStringMap",
      maxAge: ["Integer", { default: 600 }],
      additionalAllowedHeaders: "NonEmptyStringList",
      additionalExposedHeaders: "NonEmptyStringList",
    },
    T("service"),
  ),
  eventPayload: structure(
    {},
    T("structure > :test(member > :test(blob, string, structure, union))", {
      conflicts: ["eventHeader"],
      structurallyExclusive: "member",
    }),
  ),
  eventHeader: structure(
    {},
    T("structure > :test(member > :test(boolean, byte, short, integer, long, blob, string, timestamp))", {
      conflicts: ["eventPayload"],
    }),
  ),
  idRef: structure(
    { selector: ["String", { default: "*" }], failWhenMissing: "Boolean", errorMessage: "String" },
    T(":test(string, member > string)"),
  ),
  timestampFormat: enumOf(
    { DATE_TIME: "date-time", EPOCH_SECONDS: "epoch-seconds", HTTP_DATE: "http-date" },
    T(":test(timestamp, member > timestamp)"),
  ),
  endpoint: structure({ hostPrefix: ["NonEmptyString", { required: {} }] }, T("operation")),
  hostLabel: structure({}, T("structure > :test(member[trait|required] > string)")),
  suppress: list(["String", { length: { min: 1 } }], T()),
  httpChecksumRequired: structure({}, { ...T("operation"), unstable: {} }),
  input: structure({}, T("structure", { conflicts: ["output", "error"] })),
  output: structure({}, T("structure", { conflicts: ["input", "error"] })),
  unitType: structure({}, T("[id=smithy.api#Unit]")),
  mixin: structure({ localTraits: "LocalMixinTraitList" }, T(":not(member)")),
  requestCompression: structure({ encodings: ["RequestCompressionEncodingsList", { required: {} }] }, T("operation")),
};

for (const [name, node] of Object.entries({ ...privateShapes, ...traitShapes })) preludeShapes[api(name)] = node;

/** The prelude as a model of its own. */
export const PRELUDE: SmithyAst = { smithy: "2.0", shapes: preludeShapes };

/** Whether the id names a shape of the prelude. */
export function isPreludeShape(id: string): boolean {
  return Object.hasOwn(preludeShapes, id);
}

/**
 * The prelude id a relative name resolves to, if the prelude defines a public shape of that name
 * (`String` -> `smithy.api#String`; private helper shapes are not visible to other namespaces).
 */
export function preludeIdFor(name: string): string | undefined {
  const id = `${PRELUDE_NAMESPACE}#${name}`;
  const shape = Object.hasOwn(preludeShapes, id) ? preludeShapes[id] : undefined;
  if (!shape || shape.traits?.["smithy.api#private"] !== undefined) return undefined;
  return id;
}
