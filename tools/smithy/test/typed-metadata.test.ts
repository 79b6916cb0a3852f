// Typed metadata: `@metadata(key: ...)` gives a metadata key a type that the model's value must fit; a key has one
// type, and Smithy's own keys cannot be typed. The prelude types `shapeClosures`.
import { describe, expect, it } from "vitest";
import type { Severity } from "../src/errors.js";
import { validateModel } from "../src/validate/validate.js";
import { modelOf } from "./helpers.js";

function graded(text: string): [string, Severity, string | undefined][] {
  return validateModel(modelOf({ "m.smithy": `$version: "2"\n${text}` })).map((e) => [e.id, e.severity, e.shapeId]);
}

const LEVEL = 'namespace ex\n@metadata(key: "level")\nenum Level {\n    LOW\n    HIGH\n}\n';

describe("typed metadata", () => {
  it("checks the value of a typed key against its shape", () => {
    expect(graded(`metadata level = "HIGH"\n${LEVEL}`)).toEqual([]);
    expect(graded(`metadata level = "MEDIUM"\n${LEVEL}`)).toEqual([["TypedMetadata.level", "ERROR", undefined]]);
    expect(graded(LEVEL)).toEqual([]);
  });

  it("refuses a key typed twice, on each shape, and a key Smithy reserves", () => {
    expect(
      graded(
        `${LEVEL}@metadata(key: "level")\nstring Other\n@metadata(key: "validators")\nlist Mine {\n    member: String\n}`,
      ),
    ).toEqual([
      ["MetadataTrait", "ERROR", "ex#Level"],
      ["MetadataTrait", "ERROR", "ex#Other"],
      ["MetadataTrait", "ERROR", "ex#Mine"],
    ]);
  });

  it("types the shapeClosures metadata with the prelude's ShapeClosures", () => {
    expect(
      graded('metadata shapeClosures = [{ id: "ex#All", includeNamespaces: ["ex"] }]\nnamespace ex\nstring S'),
    ).toEqual([]);
    expect(
      graded('metadata shapeClosures = [{ id: "NotAnId", includeBySelector: "" }]\nnamespace ex\nstring S'),
    ).toEqual([
      ["TypedMetadata.shapeClosures", "ERROR", undefined],
      ["TypedMetadata.shapeClosures", "ERROR", undefined],
    ]);
  });
});
