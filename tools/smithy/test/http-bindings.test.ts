// Operations without @http in a service that binds others over HTTP, and @httpQueryParams beside @httpQuery.
import { describe, expect, it } from "vitest";
import type { Severity } from "../src/errors.js";
import { findingsOf } from "./helpers.js";

function graded(body: string, ids: string[]): [string, Severity, string | undefined][] {
  return findingsOf(body)
    .filter((e) => ids.includes(e.id))
    .map((e) => [e.id, e.severity, e.shapeId]);
}

const OPERATIONS = '@readonly\n@http(method: "GET", uri: "/a")\noperation A {}\n@readonly\noperation B {}\n';

describe("HTTP bindings", () => {
  it("warns on operations without @http when others of the service have one", () => {
    expect(
      graded(`service S {\n    version: "1"\n    operations: [A, B]\n}\n${OPERATIONS}`, ["HttpBindingsMissing"]),
    ).toEqual([["HttpBindingsMissing", "WARNING", "ex#B"]]);
  });

  it("refuses them when the service's protocol lists @http among its traits", () => {
    const protocol = '@trait(selector: "service")\n@protocolDefinition(traits: [http])\nstructure rest {}\n';
    expect(
      graded(`@rest\nservice S {\n    version: "1"\n    operations: [A, B]\n}\n${protocol}${OPERATIONS}`, [
        "HttpBindingsMissing",
      ]),
    ).toEqual([["HttpBindingsMissing", "ERROR", "ex#B"]]);
  });

  it("notes @httpQueryParams beside @httpQuery members", () => {
    const body =
      'structure In {\n    @httpQueryParams\n    all: Params\n    @httpQuery("a")\n    a: String\n}\nmap Params {\n    key: String\n    value: String\n}';
    expect(graded(body, ["HttpQueryParamsTrait"])).toEqual([["HttpQueryParamsTrait", "NOTE", "ex#In"]]);
  });
});
