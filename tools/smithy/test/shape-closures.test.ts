// ShapeClosure: the closures of the `shapeClosures` metadata have unique ids that name no shape, roots that
// contribute shapes, and renames of their own shapes that change names without clashes.
import { describe, expect, it } from "vitest";
import type { Severity } from "../src/errors.js";
import { validateModel } from "../src/validate/validate.js";
import { modelOf } from "./helpers.js";

const SHAPES = "namespace ex\nstructure Foo {\n    bar: Bar\n}\nstructure Bar {}\n";

function graded(closures: string, shapes = SHAPES): [string, Severity][] {
  const model = modelOf({ "m.smithy": `$version: "2"\nmetadata shapeClosures = ${closures}\n${shapes}` });
  return validateModel(model).map((e) => [e.id, e.severity]);
}

describe("shape closures", () => {
  it("accepts a closure of a namespace with a rename that changes a name", () => {
    expect(graded('[{ id: "ex#All", includeNamespaces: ["ex"], rename: { "ex#Foo": "Renamed" } }]')).toEqual([]);
  });

  it("refuses ids declared twice or naming a shape, and closures without namespaces or selector", () => {
    expect(
      graded(
        '[{ id: "ex#Foo", includeNamespaces: ["ex"] }, { id: "ex#Twice", includeNamespaces: ["ex"] }, { id: "ex#Twice", includeNamespaces: ["ex"] }, { id: "ex#Nothing" }]',
      ),
    ).toEqual([
      ["ShapeClosure", "ERROR"],
      ["ShapeClosure", "ERROR"],
      ["ShapeClosure", "ERROR"],
    ]);
  });

  it("gives a namespace without shapes and a selector that adds none a DANGER", () => {
    expect(graded('[{ id: "ex#C", includeNamespaces: ["ex", "empty"], includeBySelector: "[id = ex#Foo]" }]')).toEqual([
      ["ShapeClosure.EmptyNamespace.ex#C", "DANGER"],
      ["ShapeClosure.EmptySelector.ex#C", "DANGER"],
    ]);
  });

  it("refuses renames outside the closure, to the same name, or clashing with another name", () => {
    const closures =
      '[{ id: "ex#A", includeBySelector: "[id = ex#Bar]", rename: { "ex#Foo": "X" } }, { id: "ex#B", includeNamespaces: ["ex"], rename: { "ex#Foo": "Foo" } }, { id: "ex#C", includeNamespaces: ["ex"], rename: { "ex#Foo": "BAR" } }]';
    expect(graded(closures)).toEqual([
      ["ShapeClosure", "ERROR"],
      ["ShapeClosure", "ERROR"],
      ["ShapeClosure", "ERROR"],
    ]);
  });

  it("warns on shapes whose names differ only in case", () => {
    const shapes = "namespace a\nstructure Widget {}\n";
    const model = modelOf({
      "a.smithy": `$version: "2"\nmetadata shapeClosures = [{ id: "a#C", includeNamespaces: ["a", "b"] }]\n${shapes}`,
      "b.smithy": '$version: "2"\nnamespace b\nstructure widget {}\n',
    });
    expect(validateModel(model).map((e) => [e.id, e.severity])).toEqual([
      ["ShapeClosure.NameConflicts.a#C", "WARNING"],
    ]);
  });
});
