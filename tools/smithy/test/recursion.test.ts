// ShapeRecursion: recursion that leaves no finite value is refused; recursion a value can end is not.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers.js";

function recursionErrors(body: string): (string | undefined)[] {
  return findingsOf(body)
    .filter((e) => e.id === "ShapeRecursion")
    .map((e) => e.shapeId);
}

describe("shape recursion", () => {
  it("refuses lists and maps that contain themselves without a structure or union between", () => {
    expect(
      recursionErrors(
        "list L {\n    member: M\n}\nmap M {\n    key: String\n    value: L\n}\nlist Fine {\n    member: Holder\n}\nstructure Holder {\n    items: Fine\n}",
      ),
    ).toEqual(["ex#L", "ex#M"]);
  });

  it("refuses structures that contain themselves through @required members alone", () => {
    expect(
      recursionErrors(
        "structure A {\n    @required\n    b: B\n}\nstructure B {\n    @required\n    a: A\n    optional: A\n}\nstructure C {\n    c: C\n}",
      ),
    ).toEqual(["ex#A", "ex#B"]);
  });

  it("refuses recursive unions every member of which leads back, and accepts those a value can end", () => {
    expect(
      recursionErrors(
        "union Loop {\n    a: Loop\n}\nunion Ends {\n    again: Ends\n    stop: String\n}\nunion ViaList {\n    more: Many\n}\nlist Many {\n    member: ViaList\n}",
      ),
    ).toEqual(["ex#Loop"]);
  });
});
