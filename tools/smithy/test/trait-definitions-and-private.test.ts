// Trait definitions that describe themselves wrongly, and @private shapes used from other namespaces.
import { describe, expect, it } from "vitest";
import type { Severity } from "../src/errors.js";
import { validateModel } from "../src/validate/validate.js";
import { idl, modelOf } from "./helpers.js";

function graded(files: Record<string, string>): [string, Severity, string | undefined][] {
  return validateModel(modelOf(files)).map((e) => [e.id, e.severity, e.shapeId]);
}

describe("trait definitions", () => {
  it("refuses a breakingChanges path that leaves the trait's shape", () => {
    const body =
      '@trait(breakingChanges: [{ path: "/a/member/b", change: "any" }, { path: "", change: "presence" }])\nstructure ok {\n    a: L\n}\nlist L {\n    member: S\n}\nstructure S {\n    b: String\n}\n@trait(breakingChanges: [{ path: "/nope", change: "any" }])\nstructure bad {}';
    expect(graded({ "m.smithy": idl(body) })).toEqual([["TraitBreakingChanges", "ERROR", "ex#bad"]]);
  });

  it("refuses @traitValidators keys that are not event ids", () => {
    const validator = '{ selector: "string", message: "m" }';
    const body = `@trait\n@traitValidators("Ok.fine_1": ${validator}, "a.1": ${validator}, "_": ${validator})\nstructure t {}`;
    expect(graded({ "m.smithy": idl(body) })).toEqual([
      ["TraitValidators", "ERROR", "ex#t"],
      ["TraitValidators", "ERROR", "ex#t"],
    ]);
  });
});

describe("private shapes", () => {
  it("refuses a relationship to a private shape of another namespace, and warns on applying its private trait", () => {
    const other = '$version: "2"\nnamespace other\n@private\nstring Secret\n@private\n@trait\nstructure hidden {}\n';
    const mine = idl("structure S {\n    a: other#Secret\n}\n@other#hidden\nstring T");
    expect(graded({ "a.smithy": other, "b.smithy": mine })).toEqual([
      ["PrivateAccess", "ERROR", "ex#S$a"],
      ["PrivateAccess", "WARNING", "ex#T"],
    ]);
  });

  it("warns on @private on a member of a mixin", () => {
    expect(graded({ "m.smithy": idl("@mixin\nstructure M {\n    @private\n    a: String\n}") })).toEqual([
      ["PrivateMixinMember", "WARNING", "ex#M$a"],
    ]);
  });
});
