// The shape index flattens mixins: members, list and map members, and traits (minus the mixin's local traits).
import { describe, expect, it } from "vitest";
import type { SmithyAst } from "../src/ast.js";
import { ShapeIndex } from "../src/index-shapes.js";
import { idl, modelOf } from "./helpers.js";

describe("ShapeIndex", () => {
  it("gives lists and maps the members of their mixins, with added traits merged", () => {
    const model = modelOf({
      "m.smithy": idl(`
@mixin
list BaseList {
    @length(min: 1)
    member: String
}
list Names with [BaseList] {
    @pattern("^a")
    $member
}
@mixin
map BaseMap { key: String, value: Integer }
map Counts with [BaseMap] {}`),
    });
    const index = new ShapeIndex(model.ast);
    expect(index.members("ex#Names")).toEqual([
      {
        name: "member",
        container: "ex#Names",
        target: "smithy.api#String",
        traits: { "smithy.api#length": { min: 1 }, "smithy.api#pattern": "^a" },
      },
    ]);
    expect(index.members("ex#Counts").map((m) => [m.name, m.target])).toEqual([
      ["key", "smithy.api#String"],
      ["value", "smithy.api#Integer"],
    ]);
  });

  it("inherits members into a structure whose JSON AST leaves out `members`", () => {
    const ast: SmithyAst = {
      smithy: "2.0",
      shapes: {
        "ex#Base": {
          type: "structure",
          members: { id: { target: "smithy.api#String" } },
          traits: { "smithy.api#mixin": {} },
        },
        "ex#S": { type: "structure", mixins: [{ target: "ex#Base" }] },
      },
    };
    expect(new ShapeIndex(ast).members("ex#S").map((m) => m.name)).toEqual(["id"]);
  });

  it("keeps the mixin trait and the mixin's local traits on the mixin", () => {
    const model = modelOf({
      "m.smithy": idl(`
@mixin(localTraits: [internal])
@internal
@sensitive
string Base
string Secret with [Base]`),
    });
    const index = new ShapeIndex(model.ast);
    expect(index.expect("ex#Secret").traits).toEqual({ "smithy.api#sensitive": {} });
    expect(index.expect("ex#Base").traits).toEqual({
      "smithy.api#internal": {},
      "smithy.api#mixin": { localTraits: ["smithy.api#internal"] },
      "smithy.api#sensitive": {},
    });
  });

  it("knows the prelude's trait definitions and their selectors", () => {
    const index = new ShapeIndex({ smithy: "2.0", shapes: {} });
    expect(index.expect("smithy.api#httpLabel").traits?.["smithy.api#trait"]).toMatchObject({
      selector: "structure > member[trait|required] :test(> :test(string, number, boolean, timestamp))",
    });
    expect(index.expect("smithy.api#required").traits?.["smithy.api#trait"]).toEqual({
      selector: "structure > member",
    });
    expect(index.expect("smithy.api#documentation").traits?.["smithy.api#trait"]).toEqual({});
    expect(index.expect("smithy.api#error").type).toBe("enum");
  });
});
