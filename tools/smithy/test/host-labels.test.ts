// HostLabelTrait: the host prefix of @endpoint, its labels and the host it gives.
import { describe, expect, it } from "vitest";
import type { Severity } from "../src/errors.js";
import { findingsOf } from "./helpers.js";

function hostEvents(
  prefix: string,
  input = "{\n        @required\n        @hostLabel\n        id: String\n    }",
): Severity[] {
  const body = `@endpoint(hostPrefix: "${prefix}")\noperation Op {\n    input := ${input}\n}`;
  return findingsOf(body)
    .filter((e) => e.id === "HostLabelTrait")
    .map((e) => e.severity);
}

describe("host labels", () => {
  it("accepts labels bound by @hostLabel members in a prefix that ends with a dot", () => {
    expect(hostEvents("data-{id}.")).toEqual([]);
  });

  it("refuses labels without a @hostLabel member, and prefixes that give no valid host", () => {
    expect(hostEvents("{other}.")).toEqual(["ERROR"]);
    expect(hostEvents("a||b.")).toEqual(["ERROR"]);
    expect(hostEvents(`${"x".repeat(64)}.`)).toEqual(["ERROR"]);
  });

  it("gives labels in a prefix that does not end with a dot a DANGER", () => {
    expect(hostEvents("{id}")).toEqual(["DANGER"]);
  });
});
