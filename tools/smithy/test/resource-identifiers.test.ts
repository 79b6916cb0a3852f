// ResourceIdentifierBinding: instance operations bind every identifier of their resource, collection operations
// not all of them but those of the parents; explicit bindings override implicit ones and must not collide.
import { describe, expect, it } from "vitest";
import type { Severity } from "../src/errors.js";
import { findingsOf } from "./helpers.js";

function bindingEvents(body: string): [Severity, string | undefined][] {
  return findingsOf(body)
    .filter((e) => e.id === "ResourceIdentifierBinding")
    .map((e) => [e.severity, e.shapeId]);
}

const THING = `resource Thing {
    identifiers: { id: String }
    read: GetThing
    list: ListThings
}
@readonly
operation ListThings {
    input := {}
}
`;

describe("resource identifier bindings", () => {
  it("accepts an instance operation whose input binds the identifier implicitly", () => {
    expect(
      bindingEvents(
        `${THING}@readonly\noperation GetThing {\n    input := {\n        @required\n        id: String\n    }\n}`,
      ),
    ).toEqual([]);
  });

  it("refuses an instance operation that does not bind every identifier (an optional member does not)", () => {
    expect(
      bindingEvents(`${THING}@readonly\noperation GetThing {\n    input := {\n        id: String\n    }\n}`),
    ).toEqual([["ERROR", "ex#GetThing"]]);
  });

  it("refuses a collection operation that binds every identifier", () => {
    const body = THING.replace("input := {}", "input := {\n        @required\n        id: String\n    }");
    expect(
      bindingEvents(
        `${body}@readonly\noperation GetThing {\n    input := {\n        @required\n        id: String\n    }\n}`,
      ),
    ).toEqual([["ERROR", "ex#ListThings"]]);
  });

  it("refuses a collection operation of a child resource that leaves out its parent's identifiers", () => {
    const body = `resource Parent {\n    identifiers: { p: String }\n    resources: [Child]\n}\nresource Child {\n    identifiers: { p: String, c: String }\n    collectionOperations: [Make]\n}\noperation Make {\n    input := {}\n}`;
    expect(bindingEvents(body)).toEqual([["ERROR", "ex#Make"]]);
  });

  it("warns when @resourceIdentifier overrides an implicit binding, and refuses two explicit ones", () => {
    const body = `${THING}@readonly\noperation GetThing {\n    input := {\n        @required\n        id: String\n        @required\n        @resourceIdentifier("id")\n        a: String\n        @required\n        @resourceIdentifier("id")\n        b: String\n    }\n}`;
    expect(bindingEvents(body)).toEqual([
      ["ERROR", "ex#GetThingInput"],
      ["WARNING", "ex#GetThingInput"],
    ]);
  });
});
