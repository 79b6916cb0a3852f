// Documentation comments that document nothing: Smithy warns about each run of them (Model.BadDocumentationComment)
// and reads the model as if they were plain comments.
import { expect, it } from "vitest";
import { validateModel } from "../src/validate/validate.js";
import { modelOf } from "./helpers.js";

function dangling(source: string): [string, string, number | undefined][] {
  return validateModel(modelOf({ "m.smithy": source }))
    .filter((e) => e.id === "Model.BadDocumentationComment")
    .map((e) => [e.severity, e.message.slice(e.message.lastIndexOf(": ") + 2), e.location?.line]);
}

it("warns once for each run of documentation comments that precedes no shape or member", () => {
  const source = [
    '/// a\n$version: "2"',
    "/// b\nnamespace ex",
    '@tags([\n    /// c\n    "x"\n])\n/// d\nstring S /// end of a line: ignored',
    "structure T {\n    @required\n    /// e\n    m: String\n    /// f\n}",
    "/// g",
  ].join("\n");
  expect(dangling(source)).toEqual([
    ["WARNING", '"a"', 1],
    ["WARNING", '"b"', 3],
    ["WARNING", '"c\\nd"', 6],
    ["WARNING", '"e"', 13],
    ["WARNING", '"f"', 15],
    ["WARNING", '"g"', 17],
  ]);
});

it("keeps documentation comments before a shape, a member and their traits as their documentation", () => {
  const model = modelOf({
    "m.smithy":
      '$version: "2"\nnamespace ex\n/// A shape\n@sensitive\nstructure T {\n    /// A member\n    m: String\n}\n',
  });
  expect(validateModel(model).filter((e) => e.id.startsWith("Model"))).toEqual([]);
  expect(model.ast.shapes["ex#T"]).toMatchObject({
    traits: { "smithy.api#documentation": "A shape" },
    members: { m: { traits: { "smithy.api#documentation": "A member" } } },
  });
});
