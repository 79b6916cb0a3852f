// Advice Smithy gives as WARNINGs: unanchored patterns, and uses of deprecated shapes.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers.js";

function warnings(body: string): [string, string | undefined][] {
  return findingsOf(body)
    .filter((e) => e.severity === "WARNING")
    .map((e) => [e.id, e.shapeId]);
}

describe("advice", () => {
  it("warns on a @pattern without ^ or $", () => {
    expect(warnings('@pattern("^a$")\nstring A\n@pattern("a$")\nstring B\n@pattern("^a")\nstring C')).toEqual([
      ["PatternTrait", "ex#B"],
      ["PatternTrait", "ex#C"],
    ]);
  });

  it("warns on members that target deprecated shapes and on deprecated mixins, naming the shape in the id", () => {
    const body =
      '@deprecated(since: "2")\nstring Old\n@mixin\n@deprecated\nstructure OldMixin {}\nstructure S with [OldMixin] {\n    a: Old\n}';
    expect(warnings(body)).toEqual([
      ["DeprecatedShape.ex#OldMixin", "ex#S"],
      ["DeprecatedShape.ex#Old", "ex#S$a"],
    ]);
  });
});
