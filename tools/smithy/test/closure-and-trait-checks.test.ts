// The checks of operations' traits, constraint bounds, wire names and service closures, each on a small model: what
// they report (event id, severity, shape), and that a sound model gets nothing from them.
import { describe, expect, it } from "vitest";
import type { Severity } from "../src/errors.js";
import { validateModel } from "../src/validate/validate.js";
import { modelOf } from "./helpers.js";

const IDS = [
  "IdempotentTrait",
  "RequestCompressionTrait",
  "DefaultValueInUpdate",
  "LengthTrait",
  "RangeTrait",
  "CorsTrait",
  "HttpApiKeyAuthTrait",
  "JsonName",
  "Service",
  "HttpQueryTrait",
  "StreamingTrait",
  "ReferencesTrait",
  "HttpResponseCodeSemantics",
  "HttpHeaderTrait",
  "OperationInputOutputMisuse",
];

function events(files: Record<string, string>): [string, Severity, string | undefined][] {
  return validateModel(modelOf(files))
    .filter((e) => IDS.includes(e.id))
    .map((e) => [e.id, e.severity, e.shapeId]);
}

const model = (body: string) => ({ "m.smithy": `$version: "2"\nnamespace ex\n${body}` });

describe("checks of operation traits", () => {
  it("holds @idempotent's errors to the operation's, and one of exists and notFound", () => {
    const body = `
@idempotent(exists: [Conflict], notFound: [Missing])
operation Put { errors: [Conflict] }
@idempotent(exists: [Conflict])
operation Create { errors: [Conflict] }
@error("client") structure Conflict {}
@error("client") structure Missing {}`;
    expect(events(model(body))).toEqual([
      ["IdempotentTrait", "ERROR", "ex#Put"],
      ["IdempotentTrait", "ERROR", "ex#Put"],
    ]);
  });

  it("warns of @default input members of update-style operations, by lifecycle or by name", () => {
    const body = `
resource Thing { identifiers: { id: String }, update: Modify }
operation Modify {
    input := {
        @required
        id: String
        note: String = ""
    }
}
operation PatchThing {
    input := {
        note: String = ""
    }
}
operation CreateThing {
    input := {
        note: String = ""
    }
}`;
    expect(events(model(body))).toEqual([
      ["DefaultValueInUpdate", "WARNING", "ex#Modify"],
      ["DefaultValueInUpdate", "WARNING", "ex#PatchThing"],
    ]);
  });

  it("refuses @requestCompression without input, with no algorithm or an unknown one", () => {
    const body = `
@requestCompression(encodings: ["gzip"]) operation Good { input := { a: String } }
@requestCompression(encodings: ["gzip"]) operation NoInput {}
@requestCompression(encodings: []) operation NoAlgorithm { input := { a: String } }
@requestCompression(encodings: ["zstd-ish"]) operation Unknown { input := { a: String } }`;
    expect(events(model(body))).toEqual([
      ["RequestCompressionTrait", "ERROR", "ex#NoInput"],
      ["RequestCompressionTrait", "ERROR", "ex#NoAlgorithm"],
      ["RequestCompressionTrait", "ERROR", "ex#Unknown"],
    ]);
  });
});

describe("checks of bounds and wire names", () => {
  it("refuses negative or crossed lengths, crossed ranges and fractions on integral numbers", () => {
    const body = `
@length(min: -1) string A
@length(min: 3, max: 2) string B
@range(min: 0.5) integer C
@range(min: 0.5) double D
@range(min: 2, max: 1) long E`;
    expect(events(model(body))).toEqual([
      ["LengthTrait", "ERROR", "ex#A"],
      ["LengthTrait", "ERROR", "ex#B"],
      ["RangeTrait", "ERROR", "ex#C"],
      ["RangeTrait", "ERROR", "ex#E"],
    ]);
  });

  it("refuses members that share a JSON name, and @cors with both origin and origins", () => {
    const body = `
structure S { @jsonName("b") a: String, b: String, @jsonName("a") c: String }
@cors(origin: "*", origins: { prod: "https://example.com" })
service Both { version: "1" }`;
    expect(events(model(body))).toEqual([
      ["JsonName", "ERROR", "ex#S"],
      ["CorsTrait", "ERROR", "ex#Both"],
    ]);
  });
});

describe("service closures", () => {
  const other = `$version: "2"\nnamespace other\nstructure Item {}\nlist Names { member: String }`;

  it("refuses two structures of one name, warns of two equal lists, and takes a rename that tells them apart", () => {
    const service = (rename: string) => `
service Shop { version: "1", operations: [Get]${rename} }
operation Get { input := { a: Item, b: other#Item, c: Names, d: other#Names } }
structure Item {}
list Names { member: String }`;
    expect(events({ ...model(service("")), "o.smithy": other })).toEqual([
      ["Service", "ERROR", "ex#Item"],
      ["Service", "WARNING", "ex#Names"],
      ["Service", "ERROR", "other#Item"],
      ["Service", "WARNING", "other#Names"],
    ]);
    const renamed = `, rename: { "other#Item": "OtherItem", "other#Names": "OtherNames" }`;
    expect(events({ ...model(service(renamed)), "o.smithy": other })).toEqual([]);
  });

  it("refuses renames of shapes outside the closure, of operations, to the same name or to a bad name", () => {
    const body = `
service Shop {
    version: "1"
    operations: [Get]
    rename: { "ex#Get": "Fetch", "ex#Item": "Item", "ex#Nowhere": "Elsewhere", "ex#Thing": "no!" }
}
operation Get { input := { a: Item, b: Thing } }
structure Item {}
structure Thing {}
structure Nowhere {}`;
    expect(events(model(body))).toEqual([
      ["Service", "ERROR", "ex#Shop"],
      ["Service", "ERROR", "ex#Shop"],
      ["Service", "ERROR", "ex#Shop"],
      ["Service", "ERROR", "ex#Shop"],
    ]);
  });
});

describe("query bindings and streams", () => {
  it("refuses two members on one query parameter, and one the uri already fixes", () => {
    const body = `
@http(method: "GET", uri: "/things?kind=a")
operation List {
    input := {
        @httpQuery("kind") kind: String
        @httpQuery("page") page: String
        @httpQuery("page") other: String
    }
}`;
    expect(events(model(body))).toEqual([
      ["HttpQueryTrait", "ERROR", "ex#ListInput"],
      ["HttpQueryTrait", "ERROR", "ex#ListInput"],
    ]);
  });

  it("keeps streams in operation inputs and outputs, required, and event streams of structures", () => {
    const body = `
operation Upload {
    input := {
        @required
        body: Data
    }
    output := {
        body: Data
    }
}
structure Holder {
    inner: UploadInput
}
@streaming
blob Data
@streaming
union Events {
    ping: Ping
    text: String
}
structure Ping {}`;
    expect(events(model(body))).toEqual([
      ["StreamingTrait", "ERROR", "ex#UploadOutput$body"],
      ["OperationInputOutputMisuse", "ERROR", "ex#Holder$inner"],
      ["StreamingTrait", "ERROR", "ex#Holder$inner"],
      ["StreamingTrait", "ERROR", "ex#Events"],
    ]);
  });
});

describe("references, status codes, headers, event payloads and input/output roles", () => {
  it("checks @references against the resource's identifiers and the structure's members", () => {
    const body = `
resource Thing { identifiers: { a: String, b: String } }
resource Single { identifiers: { id: String } }
@references([{ resource: Thing, ids: { a: "a" } }, { resource: Thing, ids: { a: "a", b: "n" } }, { resource: Thing }])
structure Ref {
    @required
    a: String
    n: Integer
}
@references([{ resource: Single }])
string Good
@references([{ resource: Thing }])
string TooMany`;
    expect(events(model(body))).toEqual([
      ["ReferencesTrait", "ERROR", "ex#Ref"],
      ["ReferencesTrait", "ERROR", "ex#Ref"],
      ["ReferencesTrait", "ERROR", "ex#Ref"],
      ["ReferencesTrait", "ERROR", "ex#TooMany"],
    ]);
  });

  it("holds @http codes to 2xx without a body for 204, and error codes to their fault", () => {
    const body = `
@http(method: "GET", uri: "/a", code: 404)
@readonly
operation A {}
@http(method: "GET", uri: "/b", code: 204)
@readonly
operation B {
    output := {
        body: String
    }
}
@error("client")
@httpError(500)
structure Wrong {}`;
    expect(events(model(body))).toEqual([
      ["HttpResponseCodeSemantics", "DANGER", "ex#A"],
      ["HttpResponseCodeSemantics", "WARNING", "ex#B"],
      ["HttpResponseCodeSemantics", "DANGER", "ex#Wrong"],
    ]);
  });

  it("refuses headers bound twice, reserved headers and names that are not tokens", () => {
    const body = `
structure H {
    @httpHeader("X-Id") a: String
    @httpHeader("x-id") b: String
    @httpHeader("Host") c: String
    @httpHeader("Not valid") d: String
}`;
    expect(events(model(body))).toEqual([
      ["HttpHeaderTrait", "ERROR", "ex#H"],
      ["HttpHeaderTrait", "DANGER", "ex#H$c"],
      ["HttpHeaderTrait", "DANGER", "ex#H$d"],
    ]);
  });

  it("keeps @input and @output structures to one operation and one role", () => {
    const body = `
operation One {
    input: Shared
    output: Shared
}
operation Two {
    input: Shared
}
@input
structure Shared {}
structure Holder {
    s: Shared
}`;
    expect(events(model(body))).toEqual([
      ["OperationInputOutputMisuse", "ERROR", "ex#One"],
      ["OperationInputOutputMisuse", "ERROR", "ex#Shared"],
      ["OperationInputOutputMisuse", "ERROR", "ex#Holder$s"],
    ]);
  });
});
