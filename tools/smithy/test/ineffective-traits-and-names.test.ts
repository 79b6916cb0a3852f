// Bindings and names that do not do what they seem to: headers under an @httpPrefixHeaders prefix, idempotency
// tokens outside an input, flattened lists that lose their member's XML name, and structures named like an
// operation's input or output that the operation does not use.
import { describe, expect, it } from "vitest";
import type { Severity } from "../src/errors.js";
import { findingsOf } from "./helpers.js";

function graded(body: string, ids: string[]): [string, Severity, string | undefined][] {
  return findingsOf(body)
    .filter((e) => ids.includes(e.id))
    .map((e) => [e.id, e.severity, e.shapeId]);
}

const MAP = "map Headers {\n    key: String\n    value: String\n}\n";

describe("bindings and names", () => {
  it("refuses a header under an @httpPrefixHeaders prefix, and notes one beside the empty prefix", () => {
    const body = `structure A {\n    @httpHeader("X-Foo-Bar")\n    a: String\n    @httpPrefixHeaders("x-foo-")\n    all: Headers\n}\nstructure B {\n    @httpHeader("X-Any")\n    b: String\n    @httpPrefixHeaders("")\n    all: Headers\n}\n${MAP}`;
    expect(graded(body, ["HttpPrefixHeadersTrait"])).toEqual([
      ["HttpPrefixHeadersTrait", "ERROR", "ex#A$a"],
      ["HttpPrefixHeadersTrait", "NOTE", "ex#B$b"],
    ]);
  });

  it("warns on an @idempotencyToken whose structure is also an output or a member's target", () => {
    const body =
      "operation Op {\n    input: Token\n    output: Token\n}\nstructure Token {\n    @idempotencyToken\n    t: String\n}\noperation Fine {\n    input := {\n        @idempotencyToken\n        t: String\n    }\n}";
    expect(graded(body, ["IdempotencyTokenIgnored"])).toEqual([["IdempotencyTokenIgnored", "WARNING", "ex#Token$t"]]);
  });

  it("warns on a flattened list member that loses its list member's @xmlName", () => {
    const body =
      'structure S {\n    @xmlFlattened\n    items: L\n    @xmlFlattened\n    item: L\n}\nlist L {\n    @xmlName("item")\n    member: String\n}';
    expect(graded(body, ["XmlFlattenedTrait"])).toEqual([["XmlFlattenedTrait", "WARNING", "ex#S$items"]]);
  });

  it("warns on an operation whose name does not start a shared @input or @output structure's name", () => {
    const body =
      "operation GetFoo {\n    input: GetFooInput\n}\noperation GetFoo2 {\n    input: GetFooInput\n}\n@input\nstructure GetFooInput {}";
    expect(graded(body, ["OperationInputOutputName.input"])).toEqual([
      ["OperationInputOutputName.input", "WARNING", "ex#GetFoo2"],
    ]);
  });

  it("warns on structures named like an operation's input or output that it does not use", () => {
    const body =
      "operation GetFoo {\n    input: GetFooRequest\n}\nstructure GetFooRequest {}\nstructure GetFooInput {}";
    expect(graded(body, ["OperationNameAmbiguity"])).toEqual([["OperationNameAmbiguity", "WARNING", "ex#GetFooInput"]]);
  });
});
