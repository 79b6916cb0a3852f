// What Smithy's loader reports beyond syntax: unknown JSON AST properties (WARNING), shapes defined with a member
// id, `use` of a shape nobody defines (WARNING), and a malformed `severityOverrides` metadata.
import { describe, expect, it } from "vitest";
import type { Severity } from "../src/errors.js";
import { loadModelFromSources } from "../src/loader.js";
import { validateModel } from "../src/validate/validate.js";
import { idl, modelOf } from "./helpers.js";

type Graded = [string, Severity, string | undefined];

function gradedJson(model: object): Graded[] {
  const loaded = loadModelFromSources([{ file: "m.json", content: JSON.stringify(model) }]);
  return validateModel(loaded).map((e) => [e.id, e.severity, e.shapeId]);
}

describe("JSON AST", () => {
  it("warns on properties it does not know, at the top, on shapes and on members", () => {
    expect(
      gradedJson({
        smithy: "2.0",
        extra: 1,
        shapes: {
          "ex#L": { type: "list", member: { target: "smithy.api#String", foo: true }, bar: 1 },
          "ex#S": { type: "structure", members: {}, mixins: [], traits: {} },
        },
      }),
    ).toEqual([
      ["Model", "WARNING", undefined],
      ["Model", "WARNING", "ex#L"],
      ["Model", "WARNING", "ex#L$member"],
    ]);
  });

  it("refuses a shape defined with a member id, and names no shape for a key that is no shape id", () => {
    expect(gradedJson({ smithy: "2.0", shapes: { "ex#A$b": { type: "string" }, Hi: { type: "string" } } })).toEqual([
      ["Model", "ERROR", "ex#A$b"],
      ["Model", "ERROR", undefined],
    ]);
  });
});

describe("mixins", () => {
  it("refuses each shape whose mixin could not be built, down the chain", () => {
    expect(
      gradedJson({
        smithy: "2.0",
        shapes: {
          "ex#A": { type: "structure", mixins: [{ target: "ex#Missing" }], traits: { "smithy.api#mixin": {} } },
          "ex#B": { type: "structure", mixins: [{ target: "ex#A" }], traits: { "smithy.api#mixin": {} } },
          "ex#C": { type: "structure", mixins: [{ target: "ex#B" }] },
        },
      })
        .map(([id, severity, shapeId]) => `${severity} ${id} ${shapeId}`)
        .sort(),
    ).toEqual(["ERROR Model ex#A", "ERROR Model ex#B", "ERROR Model ex#C"]);
  });
});

describe("duplicate definitions", () => {
  it("notes a shape defined twice word for word, and keeps one", () => {
    const model = modelOf({
      "a.smithy": idl("@length(min: 1)\nstring S\n"),
      "b.smithy": idl("@length(min: 1)\nstring S\n"),
    });
    expect(validateModel(model).map((e): Graded => [e.id, e.severity, e.shapeId])).toEqual([
      ["Model.IgnoredDuplicateDefinition", "NOTE", "ex#S"],
    ]);
    expect(model.ast.shapes["ex#S"]).toEqual({ type: "string", traits: { "smithy.api#length": { min: 1 } } });
  });
});

describe("IDL", () => {
  it("warns on a `use` of a shape that no file defines", () => {
    const events = validateModel(modelOf({ "m.smithy": idl("use other.ns#Nope\nuse smithy.api#String\nstring A") }));
    expect(events.map((e): Graded => [e.id, e.severity, e.shapeId])).toEqual([["Model", "WARNING", undefined]]);
  });
});

describe("validators metadata", () => {
  it("refuses a validator whose selector is no selector at all, and runs one whose selector is not evaluated here", () => {
    const validators = (selector: string) =>
      `$version: "2"\nmetadata validators = [{ name: "EmitEachSelector", id: "v", configuration: { selector: "${selector}" } }]\nnamespace ex\nstring S\n`;
    const graded = (selector: string) =>
      validateModel(modelOf({ "m.smithy": validators(selector) })).map((e) => [e.id, e.severity]);
    expect(graded("][")).toEqual([["Model", "ERROR"]]);
    expect(graded(":root(string)")).toEqual([]);
  });
});

describe("severityOverrides metadata", () => {
  const graded = (value: string): Graded[] =>
    validateModel(modelOf({ "m.smithy": `$version: "2"\nmetadata severityOverrides = ${value}\n` })).map((e) => [
      e.id,
      e.severity,
      e.shapeId,
    ]);

  it("must be an array of objects with an id, a namespace and a severity of WARNING or DANGER", () => {
    expect(graded("{}")).toEqual([["Model", "ERROR", undefined]]);
    expect(graded("[true]")).toEqual([["Model", "ERROR", undefined]]);
    expect(graded('[{ namespace: "*" }]')).toEqual([["Model", "ERROR", undefined]]);
    expect(graded('[{ id: "X", namespace: "*", severity: "ERROR" }]')).toEqual([["Model", "ERROR", undefined]]);
    expect(graded('[{ id: "X", namespace: "*", severity: "DANGER" }]')).toEqual([]);
  });
});
