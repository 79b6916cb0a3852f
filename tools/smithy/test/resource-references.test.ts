// Members and operations that look as if they belong to a resource they are not bound to.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers.js";

function warnings(body: string): [string, string | undefined][] {
  return findingsOf(body)
    .filter((e) => e.severity === "WARNING")
    .map((e) => [e.id, e.shapeId]);
}

const FOO =
  "resource Foo {\n    identifiers: { fooId: String }\n    read: GetFoo\n}\n@readonly\noperation GetFoo {\n    input := {\n        @required\n        fooId: String\n    }\n}\n";

describe("resource references", () => {
  it("warns on a member named and typed like an identifier, outside the resource and its @references", () => {
    expect(warnings(`${FOO}structure Elsewhere {\n    fooId: String\n}`)).toEqual([
      ["MemberShouldReferenceResource", "ex#Elsewhere$fooId"],
    ]);
    expect(warnings(`${FOO}@references([{ resource: Foo }])\nstructure Elsewhere {\n    fooId: String\n}`)).toEqual([]);
    expect(warnings(`${FOO}structure Elsewhere {\n    fooId: Integer\n}`)).toEqual([]);
  });

  it("warns on an operation bound to the service whose input has every identifier of a resource", () => {
    const body = `service S {\n    version: "1"\n    resources: [Foo]\n    operations: [Touch]\n}\n${FOO}operation Touch {\n    input := {\n        @required\n        @references([{ resource: Foo }])\n        fooId: String\n    }\n}`;
    expect(warnings(body).filter(([id]) => id.startsWith("ServiceBound"))).toEqual([
      ["ServiceBoundResourceOperation.ex#S.Touch", "ex#Touch"],
    ]);
  });
});
