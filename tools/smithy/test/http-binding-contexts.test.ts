// HTTP bindings where they have no effect, and payload structures whose other members are unbound.
import { describe, expect, it } from "vitest";
import type { Severity } from "../src/errors.js";
import { findingsOf } from "./helpers.js";

function graded(body: string, prefix: string): [string, Severity, string | undefined][] {
  return findingsOf(body)
    .filter((e) => e.id.startsWith(prefix))
    .map((e) => [e.id, e.severity, e.shapeId]);
}

describe("HTTP binding contexts", () => {
  it("warns on bindings where their structure is a member's target or on the wrong side", () => {
    const body =
      '@http(method: "POST", uri: "/x")\noperation Op {\n    input: In\n    output: Out\n}\nstructure In {\n    @httpResponseCode\n    code: Integer\n    nested: Nested\n}\nstructure Out {\n    @httpQuery("q")\n    q: String\n}\nstructure Nested {\n    @httpHeader("X-A")\n    a: String\n}';
    expect(graded(body, "HttpBindingTraitIgnored")).toEqual([
      ["HttpBindingTraitIgnored.Output", "WARNING", "ex#In$code"],
      ["HttpBindingTraitIgnored.Input", "WARNING", "ex#Out$q"],
      ["HttpBindingTraitIgnored.TopLevel", "WARNING", "ex#Nested$a"],
    ]);
  });

  it("refuses a payload structure with other members bound to nothing, once per side it is used on", () => {
    const body =
      '@http(method: "POST", uri: "/x")\noperation Op {\n    input: Both\n    output: Both\n}\nstructure Both {\n    @httpPayload\n    body: Blob\n    @httpHeader("X-A")\n    a: String\n    @httpQuery("q")\n    q: String\n}';
    expect(graded(body, "HttpPayload")).toEqual([["HttpPayload", "ERROR", "ex#Both"]]);
  });
});
