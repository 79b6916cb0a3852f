// Loading models from files, directories and JSON AST, and merging them.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SmithyParseError } from "../src/errors.js";
import { ShapeIndex } from "../src/index-shapes.js";
import { loadModel, loadModelSync } from "../src/loader.js";
import { parseIdl } from "../src/parse-idl.js";
import { validateModel } from "../src/validate/validate.js";
import { idl, modelOf } from "./helpers.js";

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "smithy-loader-"));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

describe("loadModel", () => {
  it("reads a directory recursively, in sorted order, .smithy and .json files only", async () => {
    const dir = tempDir({
      "b.smithy": idl("structure B { a: A }"),
      "nested/a.smithy": idl("string A"),
      "c.json": JSON.stringify({ smithy: "2.0", shapes: { "ex#C": { type: "integer" } } }),
      "notes.txt": "not a model",
    });
    const model = await loadModel([dir]);
    expect(model.files).toEqual([join(dir, "b.smithy"), join(dir, "c.json"), join(dir, "nested/a.smithy")]);
    expect(model.ast).toEqual({
      smithy: "2.0",
      shapes: {
        "ex#A": { type: "string" },
        "ex#B": { type: "structure", members: { a: { target: "ex#A" } } },
        "ex#C": { type: "integer" },
      },
    });
    expect(loadModelSync([dir])).toEqual(model);
  });

  it("resolves relative names against shapes defined in other files", () => {
    const model = modelOf({
      "a.smithy": idl("structure S { s: String }"),
      "b.smithy": idl("string String"),
    });
    expect(model.ast.shapes["ex#S"]).toEqual({ type: "structure", members: { s: { target: "ex#String" } } });
    // The same file on its own resolves String to the prelude.
    expect(parseIdl(idl("structure S { s: String }")).shapes["ex#S"]).toEqual({
      type: "structure",
      members: { s: { target: "smithy.api#String" } },
    });
  });

  it("gives annotation traits defined in another file the value their shape needs", () => {
    const model = modelOf({
      "traits.smithy": idl("@trait\nlist marks { member: String }"),
      "use.smithy": idl("@marks\nstring A"),
    });
    expect(model.ast.shapes["ex#A"]).toEqual({ type: "string", traits: { "ex#marks": [] } });
  });

  it("applies traits across files, to shapes, members and members inherited from mixins", () => {
    const model = modelOf({
      "shapes.smithy": idl("@mixin\nstructure Base { id: String }\nstructure S with [Base] { own: String }"),
      "applies.smithy": idl('apply S @documentation("S")\napply S$own @required\napply S$id @required'),
    });
    expect(validateModel(model)).toEqual([]);
    expect(model.ast.shapes["ex#S"]).toEqual({
      type: "structure",
      mixins: [{ target: "ex#Base" }],
      members: {
        own: { target: "smithy.api#String", traits: { "smithy.api#required": {} } },
        id: { target: "smithy.api#String", traits: { "smithy.api#required": {} } },
      },
      traits: { "smithy.api#documentation": "S" },
    });
    // The shape index puts inherited members first and merges the applied traits.
    const members = new ShapeIndex(model.ast).members("ex#S");
    expect(members.map((m) => [m.name, m.traits])).toEqual([
      ["id", { "smithy.api#required": {} }],
      ["own", { "smithy.api#required": {} }],
    ]);
  });

  it("merges identical definitions and their traits", () => {
    const model = modelOf({
      "a.smithy": idl('@documentation("x")\nstring A'),
      "b.smithy": idl('@tags(["t"])\nstring A'),
    });
    expect(validateModel(model)).toEqual([]);
    expect(model.ast.shapes["ex#A"]).toEqual({
      type: "string",
      traits: { "smithy.api#documentation": "x", "smithy.api#tags": ["t"] },
    });
  });

  it("concatenates metadata arrays and accepts equal values", () => {
    const model = modelOf({
      "a.smithy": '$version: "2"\nmetadata list = [1]\nmetadata same = "x"\n',
      "b.smithy": '$version: "2"\nmetadata list = [2]\nmetadata same = "x"\n',
    });
    expect(model.ast.metadata).toEqual({ list: [1, 2], same: "x" });
    expect(model.events).toEqual([]);
  });

  it("merges JSON AST files, their apply entries included", () => {
    const model = modelOf({
      "a.smithy": idl("structure S { a: String }"),
      "b.json": JSON.stringify({
        smithy: "2.0",
        shapes: {
          "ex#S$a": { type: "apply", traits: { "smithy.api#required": {} } },
          "ex#T": { type: "list", member: { target: "ex#S" } },
        },
      }),
    });
    expect(model.ast.shapes).toEqual({
      "ex#S": {
        type: "structure",
        members: { a: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } },
      },
      "ex#T": { type: "list", member: { target: "ex#S" } },
    });
  });

  it("round-trips its own output as a JSON AST file", () => {
    const first = modelOf({
      "a.smithy": idl(
        "@mixin\nstructure B { x: String }\nstructure S with [B] {\n    @required\n    $x\n    y: Integer = 1\n}",
      ),
    });
    const again = modelOf({ "a.json": JSON.stringify(first.ast) });
    expect(again.ast).toEqual(first.ast);
  });

  it("records where shapes and members are defined", () => {
    const model = modelOf({ "m.smithy": idl("structure S {\n    a: String\n}\n\nstring T") });
    expect(model.locations.get("ex#S")).toEqual({ file: "m.smithy", line: 3, column: 1 });
    expect(model.locations.get("ex#S$a")).toEqual({ file: "m.smithy", line: 4, column: 5 });
    expect(model.locations.get("ex#T")).toEqual({ file: "m.smithy", line: 7, column: 1 });
  });

  it("throws the syntax error of a bad file", () => {
    expect(() => modelOf({ "bad.smithy": idl("structure {") })).toThrow(SmithyParseError);
    expect(() => modelOf({ "bad.smithy": idl("structure {") })).toThrow(
      "bad.smithy:3:11: expected a shape name after 'structure', found '{'",
    );
    expect(() => modelOf({ "bad.json": "{ nope" })).toThrow(/^bad\.json:1:\d+: invalid JSON/);
  });
});
