// Lists and maps with members they cannot have or without the ones they need: Smithy's loader reads on past them,
// reporting each on its shape, and a list or map mixin that lacks members fails every shape that uses it.
import { describe, expect, it } from "vitest";
import { validateModel } from "../src/validate/validate.js";
import { type Graded, idl, modelOf } from "./helpers.js";

function graded(body: string): Graded[] {
  return validateModel(modelOf({ "m.smithy": idl(body) })).map((e) => [e.id, e.severity, e.shapeId]);
}

describe("list and map members", () => {
  it("leaves out a member a list or map cannot have, reports it on the shape and reads the rest of the file", () => {
    const model = modelOf({
      "m.smithy": idl(
        "list L {\n    member: String\n    foo: String\n}\nmap M {\n    key: String\n    bar: String\n}\n",
      ),
    });
    expect(model.ast.shapes["ex#L"]).toEqual({ type: "list", member: { target: "smithy.api#String" } });
    expect(validateModel(model).map((e) => [e.id, e.severity, e.shapeId, e.location?.line])).toEqual([
      ["Model", "ERROR", "ex#L", 5],
      ["Model", "ERROR", "ex#M", 7],
      ["Model", "ERROR", "ex#M", 9],
    ]);
  });

  it("reads map members in either order", () => {
    expect(graded("map M {\n    value: Integer\n    key: String\n}\n")).toEqual([]);
  });

  it("reports the members a list or map lacks, once each shape", () => {
    expect(graded("list L {}\nmap M {\n    key: String\n}\n")).toEqual([
      ["Model", "ERROR", "ex#L"],
      ["Model", "ERROR", "ex#M"],
    ]);
  });

  it("fails the shapes that use a list mixin without its member with the mixin, and not on their own members", () => {
    expect(
      graded(
        "@mixin\nlist Empty {}\nlist Full with [Empty] {\n    member: String\n}\nlist Bare with [Empty] {}\n" +
          "list Elided with [Empty] {\n    $member\n}\n",
      ),
    ).toEqual([
      ["Model", "ERROR", "ex#Empty"],
      ["Model", "ERROR", "ex#Full"],
      ["Model", "ERROR", "ex#Bare"],
      ["Model", "ERROR", "ex#Elided"],
    ]);
  });

  it("does not run the other checks on a model the loader refuses, as Smithy does not", () => {
    const mapWithIntegerKey = "map M {\n    key: Integer\n    value: String\n}\n";
    expect(graded(mapWithIntegerKey)).toEqual([["Target", "ERROR", "ex#M"]]);
    expect(graded(`${mapWithIntegerKey}list L {\n    foo: String\n}\n`)).toEqual([
      ["Model", "ERROR", "ex#L"],
      ["Model", "ERROR", "ex#L"],
    ]);
  });
});

describe("validator definitions", () => {
  it("reports two definitions that lack a selector alike once", () => {
    const model = modelOf({
      "m.json": JSON.stringify({
        smithy: "2.0",
        metadata: {
          validators: [
            { id: "a", name: "EmitEachSelector" },
            { id: "a", name: "EmitEachSelector" },
          ],
        },
      }),
    });
    expect(validateModel(model).map((e) => [e.id, e.severity, e.shapeId])).toEqual([["Model", "ERROR", undefined]]);
  });
});
