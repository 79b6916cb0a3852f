// One test per IDL feature, each asserting the exact JSON AST that Smithy's serializer gives for the snippet.
import { describe, expect, it } from "vitest";
import { parseIdl } from "../src/parse-idl.js";
import { idl, shapesOf } from "./helpers.js";

describe("control section", () => {
  it("normalizes the $version to 2.0", () => {
    expect(parseIdl('$version: "2"\nnamespace ex\nstring A\n')).toEqual({
      smithy: "2.0",
      shapes: { "ex#A": { type: "string" } },
    });
    expect(parseIdl('$version: "2.0"\n').smithy).toBe("2.0");
  });

  it("names inline input and output with $operationInputSuffix and $operationOutputSuffix", () => {
    const ast = parseIdl(
      [
        '$version: "2.0"',
        '$operationInputSuffix: "Request"',
        '$operationOutputSuffix: "Response"',
        "namespace ex",
        "operation GetUser {",
        "    input := { id: String }",
        "    output := {}",
        "}",
      ].join("\n"),
    );
    expect(ast.shapes).toEqual({
      "ex#GetUser": {
        type: "operation",
        input: { target: "ex#GetUserRequest" },
        output: { target: "ex#GetUserResponse" },
      },
      "ex#GetUserRequest": {
        type: "structure",
        members: { id: { target: "smithy.api#String" } },
        traits: { "smithy.api#input": {} },
      },
      "ex#GetUserResponse": { type: "structure", members: {}, traits: { "smithy.api#output": {} } },
    });
  });
});

describe("metadata", () => {
  it("reads every kind of node value, merges arrays and sorts keys", () => {
    const ast = parseIdl(
      [
        '$version: "2"',
        'metadata greeting = "hello"',
        'metadata "quoted key" = [1, -2.5, true, false, null]',
        'metadata obj = { b: { c: [] }, a: String, "x": 1 }',
        'metadata list = ["a"]',
        'metadata list = ["b"]',
        "namespace ex",
      ].join("\n"),
    );
    expect(ast).toEqual({
      smithy: "2.0",
      metadata: {
        greeting: "hello",
        "quoted key": [1, -2.5, true, false, null],
        obj: { a: "smithy.api#String", b: { c: [] }, x: 1 },
        list: ["a", "b"],
      },
      shapes: {},
    });
    expect(Object.keys(ast.metadata!)).toEqual(["greeting", "list", "obj", "quoted key"]);
    expect(Object.keys(ast.metadata!.obj as object)).toEqual(["a", "b", "x"]);
  });
});

describe("shapes", () => {
  it("defines every simple shape type", () => {
    const types = [
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
    ];
    const shapes = shapesOf(types.map((t) => `${t} My${t}`).join("\n"));
    expect(shapes).toEqual(Object.fromEntries(types.map((t) => [`ex#My${t}`, { type: t }])));
  });

  it("sorts shapes by id", () => {
    expect(Object.keys(shapesOf("string b\nstring C\nstring a\n"))).toEqual(["ex#C", "ex#a", "ex#b"]);
  });

  it("defines list and map shapes with member traits, and refuses set (not part of IDL 2)", () => {
    expect(() => shapesOf("set Unique { member: Integer }")).toThrow(/set shapes are not part of IDL 2/);
    const shapes = shapesOf(`
@length(min: 1)
list Names {
    @length(max: 10)
    member: String
}
map Counts {
    key: String
    value: Long
}`);
    expect(shapes).toEqual({
      "ex#Names": {
        type: "list",
        member: { target: "smithy.api#String", traits: { "smithy.api#length": { max: 10 } } },
        traits: { "smithy.api#length": { min: 1 } },
      },
      "ex#Counts": {
        type: "map",
        key: { target: "smithy.api#String" },
        value: { target: "smithy.api#Long" },
      },
    });
  });

  it("defines structures and unions with members in declaration order", () => {
    const shapes = shapesOf(`
structure Person {
    @required
    name: String
    age: Integer
    friend: Person
}
union Pet { dog: String, cat: Integer }
structure Empty {}`);
    expect(shapes).toEqual({
      "ex#Person": {
        type: "structure",
        members: {
          name: { target: "smithy.api#String", traits: { "smithy.api#required": {} } },
          age: { target: "smithy.api#Integer" },
          friend: { target: "ex#Person" },
        },
      },
      "ex#Pet": {
        type: "union",
        members: { dog: { target: "smithy.api#String" }, cat: { target: "smithy.api#Integer" } },
      },
      "ex#Empty": { type: "structure", members: {} },
    });
    expect(Object.keys((shapes["ex#Person"] as { members: object }).members)).toEqual(["name", "age", "friend"]);
  });

  it("gives enum members their name as value unless assigned, and intEnum members their number", () => {
    const shapes = shapesOf(`
enum Suit {
    @deprecated
    DIAMOND = "diamond"
    CLUB
}
intEnum Level {
    LOW = 1
    HIGH = 10
}`);
    expect(shapes).toEqual({
      "ex#Suit": {
        type: "enum",
        members: {
          DIAMOND: {
            target: "smithy.api#Unit",
            traits: { "smithy.api#deprecated": {}, "smithy.api#enumValue": "diamond" },
          },
          CLUB: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "CLUB" } },
        },
      },
      "ex#Level": {
        type: "intEnum",
        members: {
          LOW: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": 1 } },
          HIGH: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": 10 } },
        },
      },
    });
  });

  it("turns `= value` on a structure member into @default", () => {
    expect(
      shapesOf(
        'structure S {\n    n: Integer = 0\n    s: String = "x"\n    l: Names = []\n}\nlist Names { member: String }',
      ),
    ).toMatchObject({
      "ex#S": {
        members: {
          n: { target: "smithy.api#Integer", traits: { "smithy.api#default": 0 } },
          s: { target: "smithy.api#String", traits: { "smithy.api#default": "x" } },
          l: { target: "ex#Names", traits: { "smithy.api#default": [] } },
        },
      },
    });
  });
});

describe("service shapes", () => {
  it("reads service properties and sorts the id lists", () => {
    const shapes = shapesOf(`
service Weather {
    version: "2006-03-01"
    operations: [GetForecast, "ex#AddCity"]
    resources: [City]
    errors: [Oops]
    rename: { "other#Forecast": "OtherForecast" }
}
operation GetForecast {}
operation AddCity {}
resource City {}
@error("client")
structure Oops {}`);
    expect(shapes["ex#Weather"]).toEqual({
      type: "service",
      version: "2006-03-01",
      operations: [{ target: "ex#AddCity" }, { target: "ex#GetForecast" }],
      resources: [{ target: "ex#City" }],
      errors: [{ target: "ex#Oops" }],
      rename: { "other#Forecast": "OtherForecast" },
    });
    expect(shapes["ex#GetForecast"]).toEqual({
      type: "operation",
      input: { target: "smithy.api#Unit" },
      output: { target: "smithy.api#Unit" },
    });
    expect(shapes["ex#City"]).toEqual({ type: "resource" });
  });

  it("reads operation input, output and errors", () => {
    expect(
      shapesOf("operation Put {\n    input: PutIn,\n    output: PutOut\n    errors: [Zed, Alpha]\n}")["ex#Put"],
    ).toEqual({
      type: "operation",
      input: { target: "ex#PutIn" },
      output: { target: "ex#PutOut" },
      errors: [{ target: "ex#Alpha" }, { target: "ex#Zed" }],
    });
  });

  it("reads every resource property", () => {
    const shapes = shapesOf(`
resource Forecast {
    identifiers: { forecastId: ForecastId }
    properties: { chance: Float }
    create: CreateForecast
    put: PutForecast
    read: GetForecast
    update: UpdateForecast
    delete: DeleteForecast
    list: ListForecasts
    operations: [Zap, Act]
    collectionOperations: [Batch]
    resources: [Hourly]
}
string ForecastId`);
    expect(shapes["ex#Forecast"]).toEqual({
      type: "resource",
      identifiers: { forecastId: { target: "ex#ForecastId" } },
      properties: { chance: { target: "smithy.api#Float" } },
      create: { target: "ex#CreateForecast" },
      put: { target: "ex#PutForecast" },
      read: { target: "ex#GetForecast" },
      update: { target: "ex#UpdateForecast" },
      delete: { target: "ex#DeleteForecast" },
      list: { target: "ex#ListForecasts" },
      operations: [{ target: "ex#Act" }, { target: "ex#Zap" }],
      collectionOperations: [{ target: "ex#Batch" }],
      resources: [{ target: "ex#Hourly" }],
    });
  });

  it("defines inline input and output with traits, mixins and documentation", () => {
    const shapes = shapesOf(`
@mixin
structure Paging { token: String }
operation List {
    input := @sensitive with [Paging] {
        size: Integer
    }
    output :=
        /// What came back.
        @tags(["x"])
        {}
}`);
    expect(shapes).toEqual({
      "ex#Paging": {
        type: "structure",
        members: { token: { target: "smithy.api#String" } },
        traits: { "smithy.api#mixin": {} },
      },
      "ex#List": { type: "operation", input: { target: "ex#ListInput" }, output: { target: "ex#ListOutput" } },
      "ex#ListInput": {
        type: "structure",
        mixins: [{ target: "ex#Paging" }],
        members: { size: { target: "smithy.api#Integer" } },
        traits: { "smithy.api#input": {}, "smithy.api#sensitive": {} },
      },
      "ex#ListOutput": {
        type: "structure",
        members: {},
        traits: { "smithy.api#documentation": "What came back.", "smithy.api#output": {}, "smithy.api#tags": ["x"] },
      },
    });
  });
});

describe("traits", () => {
  it("gives annotation traits the empty value of their shape", () => {
    const shapes = shapesOf(`
@trait
list marks { member: String }
@trait
map labels { key: String, value: String }
@required
@sensitive()
@marks
@labels
string A`);
    expect(shapes["ex#A"]).toEqual({
      type: "string",
      traits: {
        "ex#labels": {},
        "ex#marks": [],
        "smithy.api#required": {},
        "smithy.api#sensitive": {},
      },
    });
  });

  it("reads single values, structured values and nested node values", () => {
    const shapes = shapesOf(`
@documentation("hi")
@range(min: 1, max: 10)
@externalDocumentation("Home Page": "https://example.com", other: "x")
@tags(["a", "b",])
@deprecated(message: "no", since: "1.0")
@unstable(  )
integer A`);
    expect(shapes["ex#A"]).toEqual({
      type: "integer",
      traits: {
        "smithy.api#deprecated": { message: "no", since: "1.0" },
        "smithy.api#documentation": "hi",
        "smithy.api#externalDocumentation": { "Home Page": "https://example.com", other: "x" },
        "smithy.api#range": { min: 1, max: 10 },
        "smithy.api#tags": ["a", "b"],
        "smithy.api#unstable": {},
      },
    });
  });

  it("resolves bare identifiers in values as shape ids, and true, false and null as keywords", () => {
    const shapes = shapesOf(`
use other#Far
@trait
structure info { a: Document, b: Document, c: Document, d: Document, e: Document, f: Document, g: Document }
@info(a: Near, b: Far, c: String, d: other.ns#Thing$member, e: true, f: null, g: [false, Near$x])
string Near
@idRef
string Ref`);
    expect(shapes["ex#Near"]).toEqual({
      type: "string",
      traits: {
        "ex#info": {
          a: "ex#Near",
          b: "other#Far",
          c: "smithy.api#String",
          d: "other.ns#Thing$member",
          e: true,
          f: null,
          g: [false, "ex#Near$x"],
        },
      },
    });
  });

  it("resolves trait names through use statements, the namespace and the prelude", () => {
    const shapes = shapesOf(`
use aws.api#service
@trait
structure mine {}
@mine
@service(sdkId: "X")
@title("T")
string A`);
    expect(Object.keys((shapes["ex#A"] as { traits: object }).traits)).toEqual([
      "aws.api#service",
      "ex#mine",
      "smithy.api#title",
    ]);
  });

  it("prefers a shape of the namespace over a prelude shape of the same name", () => {
    expect(shapesOf("structure S { a: String }\nstring String")["ex#S"]).toEqual({
      type: "structure",
      members: { a: { target: "ex#String" } },
    });
    expect(shapesOf("structure S { a: String }")["ex#S"]).toEqual({
      type: "structure",
      members: { a: { target: "smithy.api#String" } },
    });
  });

  it("turns documentation comments into the documentation trait", () => {
    const shapes = shapesOf(`
/// First line.
///
///   Indented, and a space after the slashes is dropped.
///No space.
@deprecated
/// Ignored: comes after the traits.
structure S {
    /// Member docs.
    @required
    a: String // a comment, not docs
}`);
    expect(shapes["ex#S"]).toEqual({
      type: "structure",
      members: {
        a: {
          target: "smithy.api#String",
          traits: { "smithy.api#documentation": "Member docs.", "smithy.api#required": {} },
        },
      },
      traits: {
        "smithy.api#deprecated": {},
        "smithy.api#documentation": "First line.\n\n  Indented, and a space after the slashes is dropped.\nNo space.",
      },
    });
  });
});

describe("apply", () => {
  it("applies single and block forms to shapes and members of the file", () => {
    const shapes = shapesOf(`
structure S { a: String }
apply S @documentation("S")
apply S$a {
    @required
    @tags(["one"])
}
apply S$a @tags(["two"])`);
    expect(shapes).toEqual({
      "ex#S": {
        type: "structure",
        members: {
          a: {
            target: "smithy.api#String",
            traits: { "smithy.api#required": {}, "smithy.api#tags": ["one", "two"] },
          },
        },
        traits: { "smithy.api#documentation": "S" },
      },
    });
  });

  it("keeps traits applied to shapes of other files as apply entries", () => {
    expect(shapesOf('apply other#Thing @documentation("x")\napply other#Thing$m @required\napply Local {}')).toEqual({
      "other#Thing": { type: "apply", traits: { "smithy.api#documentation": "x" } },
      "other#Thing$m": { type: "apply", traits: { "smithy.api#required": {} } },
      "ex#Local": { type: "apply", traits: {} },
    });
  });
});

describe("mixins and target elision", () => {
  it("lists mixins, keeps a member the body redefines and leaves the others to the mixins", () => {
    const shapes = shapesOf(`
@mixin
structure A { a: String }
@mixin
structure B { b: Integer }
structure C with [A, B] {
    a: String
    c: Boolean
}
@mixin
@sensitive
string Secret
string Password with [Secret]`);
    expect(shapes["ex#C"]).toEqual({
      type: "structure",
      mixins: [{ target: "ex#A" }, { target: "ex#B" }],
      members: { a: { target: "smithy.api#String" }, c: { target: "smithy.api#Boolean" } },
    });
    expect(shapes["ex#Password"]).toEqual({ type: "string", mixins: [{ target: "ex#Secret" }] });
  });

  it("resolves $member from mixins, putting added traits in an apply entry", () => {
    const shapes = shapesOf(`
@mixin
structure Id { id: String }
structure Required with [Id] {
    @required
    $id
}
@mixin
list Base { member: String }
list More with [Base] { $member }`);
    expect(shapes["ex#Required"]).toEqual({ type: "structure", mixins: [{ target: "ex#Id" }], members: {} });
    expect(shapes["ex#Required$id"]).toEqual({ type: "apply", traits: { "smithy.api#required": {} } });
    expect(shapes["ex#More"]).toEqual({ type: "list", mixins: [{ target: "ex#Base" }] });
  });

  it("resolves $member from the identifiers and properties of a resource", () => {
    const shapes = shapesOf(`
resource User {
    identifiers: { name: String }
    properties: { age: Short }
}
structure UserSummary for User {
    @required
    $name
    $age
    extra: Blob
}`);
    expect(shapes["ex#UserSummary"]).toEqual({
      type: "structure",
      members: {
        name: { target: "smithy.api#String", traits: { "smithy.api#required": {} } },
        age: { target: "smithy.api#Short" },
        extra: { target: "smithy.api#Blob" },
      },
    });
  });
});

describe("whitespace", () => {
  it("treats comments and commas as whitespace", () => {
    const compact = shapesOf("structure S { a: String, b: Integer, }\n");
    const spread = shapesOf(`
// leading comment
structure S { // after the brace
    a: String,,, // trailing commas
    // between members
    b: Integer
},,
`);
    expect(spread).toEqual(compact);
    expect(compact["ex#S"]).toEqual({
      type: "structure",
      members: { a: { target: "smithy.api#String" }, b: { target: "smithy.api#Integer" } },
    });
  });

  it("accepts CRLF line endings", () => {
    expect(parseIdl(idl("string A\n/// Doc\nstring B\n").replace(/\n/g, "\r\n")).shapes).toEqual({
      "ex#A": { type: "string" },
      "ex#B": { type: "string", traits: { "smithy.api#documentation": "Doc" } },
    });
  });
});
