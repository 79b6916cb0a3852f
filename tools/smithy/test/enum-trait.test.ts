// The @enum trait of IDL 1.0 models: unique values and names, names on all values or none, recommended names.
import { describe, expect, it } from "vitest";
import { graded } from "./helpers.js";

describe("@enum", () => {
  it("accepts named values in the recommended form and warns on values without names", () => {
    expect(graded('@enum([{ value: "a", name: "A" }])\nstring Named')).toEqual([]);
    expect(graded('@enum([{ value: "a" }])\nstring Unnamed')).toEqual([["EnumNamesPresent", "WARNING", "ex#Unnamed"]]);
  });

  it("refuses repeated values or names and values missing a name others have; warns on unusual names", () => {
    expect(
      graded('@enum([{ value: "a", name: "low" }, { value: "a", name: "low" }, { value: "b" }])\nstring E'),
    ).toEqual([
      ["EnumTrait", "ERROR", "ex#E"],
      ["EnumTrait", "ERROR", "ex#E"],
      ["EnumTrait", "ERROR", "ex#E"],
      ["EnumTrait.low", "WARNING", "ex#E"],
    ]);
  });

  it("reports @enum on an enum shape as deprecated", () => {
    expect(
      graded('@enum([{ value: "A", name: "A" }])\nenum E {\n    A\n}').map(([id, severity]) => [id, severity]),
    ).toContainEqual(["ModelDeprecation", "WARNING"]);
  });
});
