// ExamplesTrait: the examples of an operation fit its input, output and errors.
import { describe, expect, it } from "vitest";
import type { Severity } from "../src/errors.js";
import { findingsOf } from "./helpers.js";

function exampleEvents(examples: string): [string, Severity][] {
  const body = `@examples(${examples})\noperation Op {\n    input := {\n        @required\n        name: String\n        @length(max: 3)\n        code: String\n    }\n    output := {\n        size: Integer\n    }\n    errors: [Oops]\n}\n@error("client")\nstructure Oops {\n    reason: String\n}\n@error("client")\nstructure Other {}`;
  return findingsOf(body)
    .filter((e) => e.id.startsWith("ExamplesTrait"))
    .map((e) => [e.id, e.severity]);
}

describe("@examples", () => {
  it("accepts examples that fit the operation", () => {
    expect(exampleEvents('[{ title: "ok", input: { name: "a" }, output: { size: 1 } }]')).toEqual([]);
  });

  it("refuses missing required members and values of the wrong kind, and warns on unknown members", () => {
    expect(exampleEvents('[{ title: "bad", input: { code: 1 }, output: { size: 1, extra: true } }]')).toEqual([
      ["ExamplesTrait", "ERROR"],
      ["ExamplesTrait", "ERROR"],
      ["ExamplesTrait.UnknownMember", "WARNING"],
    ]);
  });

  it("lowers constraint errors to WARNINGs when the example allows them and shows an error", () => {
    expect(
      exampleEvents(
        '[{ title: "lenient", input: { code: "abcd" }, error: { shapeId: "ex#Oops", content: {} }, allowConstraintErrors: true }]',
      ),
    ).toEqual([
      ["ExamplesTrait", "WARNING"],
      ["ExamplesTrait", "WARNING"],
    ]);
  });

  it("refuses an error the operation does not declare, an output beside an error, and lenience without an error", () => {
    expect(
      exampleEvents(
        '[{ title: "a", input: { name: "n" }, error: { shapeId: "ex#Other", content: {} } }, { title: "b", input: { name: "n" }, output: {}, error: { shapeId: "ex#Oops", content: {} } }, { title: "c", input: { name: "n" }, allowConstraintErrors: true }]',
      ),
    ).toEqual([
      ["ExamplesTrait", "ERROR"],
      ["ExamplesTrait", "ERROR"],
      ["ExamplesTrait", "ERROR"],
    ]);
  });
});
