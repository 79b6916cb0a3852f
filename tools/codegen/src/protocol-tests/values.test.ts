import { loadModelFromSources, ShapeIndex } from "@rtca/smithy";
import { describe, expect, it } from "vitest";
import { minimalExpression, valueExpression } from "./values.js";

const MODEL = `$version: "2.0"
namespace example.values

structure Input {
    @required name: String
    @required when: Timestamp
    ratio: Double
    data: Blob
    tags: Tags
    @required nested: Nested
    optional: Nested
}
structure Nested { @required count: Integer }
list Tags { member: Timestamp }
`;

const index = new ShapeIndex(loadModelFromSources([{ file: "values.smithy", content: MODEL }]).ast);
const bytes = (text: string) => new TextEncoder().encode(text);
const evaluate = (expression: string) => new Function("bytes", `return (${expression});`)(bytes);

describe("valueExpression", () => {
  it("writes timestamps as dates, blobs as bytes and special doubles as numbers", () => {
    const value = evaluate(
      valueExpression(index, "example.values#Input", {
        name: "n",
        when: 1.5,
        ratio: "-Infinity",
        data: "hi",
        tags: [0, 2],
      }),
    );
    expect(value).toEqual({
      name: "n",
      when: new Date(1500),
      ratio: Number.NEGATIVE_INFINITY,
      data: bytes("hi"),
      tags: [new Date(0), new Date(2000)],
    });
  });
});

describe("minimalExpression", () => {
  it("fills the required members only, nested ones included", () => {
    expect(evaluate(minimalExpression(index, "example.values#Input"))).toEqual({
      name: "a",
      when: new Date(0),
      nested: { count: 1 },
    });
  });
});
