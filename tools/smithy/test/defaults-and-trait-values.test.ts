// Defaults and trait values graded as Smithy grades them: where a default may stand and what it may be, the event
// ids of range problems, and prelude trait values Smithy cannot build.
import { describe, expect, it } from "vitest";
import { graded } from "./helpers.js";

describe("defaults", () => {
  it("reads `= value` on list, map and union members, and reports the @default there as misplaced", () => {
    expect(
      graded(
        'list L {\n    member: String = "a"\n}\nmap M {\n    key: String = "k"\n    value: String\n}\nunion U {\n    a: String = "x"\n}',
      ),
    ).toEqual([
      ["TraitTarget", "ERROR", "ex#L$member"],
      ["TraitTarget", "ERROR", "ex#M$key"],
      ["TraitTarget", "ERROR", "ex#U$a"],
    ]);
  });

  it("refuses a structure member without the default of the shape it targets, unless it sets null", () => {
    expect(graded("structure S {\n    a: PrimitiveInteger\n    b: PrimitiveInteger = null\n}")).toEqual([
      ["DefaultTrait", "ERROR", "ex#S$a"],
    ]);
  });

  it("notes a union member that targets a shape with a default", () => {
    expect(graded("union U {\n    a: PrimitiveBoolean\n    b: Boolean\n}")).toEqual([["Union", "NOTE", "ex#U$a"]]);
  });

  it("refuses a non-empty array or object as the default of a document, and warns on a blob default not in base64", () => {
    expect(
      graded(
        'structure S {\n    a: Document = [1]\n    b: Document = {x: 1}\n    c: Document = []\n    d: Blob = "{}"\n    e: Blob = "aGk="\n}',
      ),
    ).toEqual([
      ["DefaultTrait", "ERROR", "ex#S$a"],
      ["DefaultTrait", "ERROR", "ex#S$b"],
      ["DefaultTrait", "WARNING", "ex#S$d"],
    ]);
  });

  it("checks a default against the @range of the member and of its target, each on its own", () => {
    expect(
      graded("structure S {\n    @range(min: 1)\n    a: One = 0\n}\n@range(min: 1)\n@default(1)\ninteger One"),
    ).toEqual([
      ["DefaultTrait", "ERROR", "ex#S$a"],
      ["DefaultTrait.Member.InvalidRange", "WARNING", "ex#S$a"],
      ["DefaultTrait.Target.InvalidRange", "WARNING", "ex#S$a"],
    ]);
  });
});

describe("trait values", () => {
  it("names the side of a @range that a trait value breaks", () => {
    expect(graded("@longPoll(timeoutMillis: 0)\noperation Op {}")).toEqual([
      ["TraitValue.Member.InvalidRange", "ERROR", "ex#Op"],
      ["UnstableTrait.smithy.api#longPoll", "WARNING", "ex#Op"],
    ]);
  });

  it("makes a value of the wrong kind for a prelude trait a Model error, and for a custom trait a TraitValue one", () => {
    expect(graded('@deprecated("soon")\nstring A\n@trait\nstructure custom {}\n@custom("x")\nstring B')).toEqual([
      ["Model", "ERROR", "ex#A"],
      ["TraitValue", "ERROR", "ex#B"],
    ]);
  });

  it("refuses an @idRef value that is not an absolute shape id", () => {
    expect(
      graded('@trait\n@idRef\nstring ref\n@ref("NotAbsolute")\nstring A\n@ref("ex#Fine")\nstring B\nstring Fine'),
    ).toEqual([["TraitValue", "ERROR", "ex#A"]]);
  });

  it("refuses a mixin applied as a trait", () => {
    expect(
      graded("@mixin\n@trait\nstructure mixed {}\nstructure fine with [mixed] {}\n@mixed\nstring A\n@fine\nstring B"),
    ).toEqual([["TraitTarget", "ERROR", "ex#A"]]);
  });
});
