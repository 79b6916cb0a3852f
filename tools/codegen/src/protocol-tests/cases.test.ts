import { loadModelFromSources, ShapeIndex } from "@rtca/smithy";
import { describe, expect, it } from "vitest";
import { casesOf } from "./cases.js";

const MODEL = `$version: "2.0"
namespace example.tests

use smithy.test#httpMalformedRequestTests
use smithy.test#httpRequestTests
use smithy.test#httpResponseTests

service Service { operations: [PutThing] }

@http(uri: "/things/{id}", method: "POST")
@httpRequestTests([{ id: "Both", protocol: "p", method: "POST", uri: "/things/a", params: { id: "a" } },
                   { id: "ServerOnly", protocol: "p", method: "POST", uri: "/things/b", appliesTo: "server" }])
@httpMalformedRequestTests([{
    id: "Bad", protocol: "p",
    request: { method: "POST", uri: "/things/$value:L", body: "{ \\"n\\": $value:S }" },
    response: { code: 400 },
    testParameters: { value: ["x", "y\\"z"] }
}])
operation PutThing {
    input := { @required @httpLabel id: String }
    errors: [Oops]
}

@error("client")
@httpResponseTests([{ id: "OopsCase", protocol: "p", code: 400, appliesTo: "client" }])
structure Oops {}
`;

function cases() {
  const model = loadModelFromSources([{ file: "tests.smithy", content: MODEL }]);
  return casesOf(new ShapeIndex(model.ast), "example.tests#Service", ["example.tests#PutThing"]);
}

describe("casesOf", () => {
  it("gives a request test to both sides unless it says which", () => {
    const requests = cases().filter((c) => c.kind === "request");
    expect(requests.map((c) => `${c.id}:${c.side}`)).toEqual(["Both:client", "Both:server", "ServerOnly:server"]);
  });

  it("expands a parameterized malformed test, as is for :L and as a JSON string for :S", () => {
    const malformed = cases().filter((c) => c.kind === "malformed");
    expect(malformed.map((c) => c.id)).toEqual(["Bad_0", "Bad_1"]);
    expect(malformed.map((c) => (c.kind === "malformed" ? [c.request.uri, c.request.body] : []))).toEqual([
      ["/things/x", '{ "n": "x" }'],
      ['/things/y"z', '{ "n": "y\\"z" }'],
    ]);
  });

  it("finds the response tests of an operation's errors", () => {
    const errors = cases().filter((c) => c.kind === "response");
    expect(errors).toMatchObject([
      { id: "OopsCase", side: "client", error: "example.tests#Oops", operation: "PutThing" },
    ]);
  });
});
