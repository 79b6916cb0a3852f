// HttpMethodSemantics: what an @http method says about an operation's traits and payload.
import { describe, expect, it } from "vitest";
import type { Severity } from "../src/errors.js";
import { findingsOf } from "./helpers.js";

function semantics(body: string): [string, Severity, string | undefined][] {
  return findingsOf(body)
    .filter((e) => e.id.startsWith("HttpMethodSemantics"))
    .map((e) => [e.id, e.severity, e.shapeId]);
}

const op = (name: string, method: string, traits = "", input = "") =>
  `${traits}@http(method: "${method}", uri: "/${name}")\noperation ${name} {${input}}\n`;

describe("HTTP method semantics", () => {
  it("warns when the traits do not fit the method, and on lower-case methods", () => {
    expect(
      semantics(
        op("A", "GET") +
          op("B", "DELETE") +
          op("C", "POST", "@readonly\n") +
          op("D", "Get", "@readonly\n") +
          op("E", "PUT", "@idempotent\n"),
      ),
    ).toEqual([
      ["HttpMethodSemantics.MissingReadonlyTrait", "WARNING", "ex#A"],
      ["HttpMethodSemantics.MissingIdempotentTrait", "WARNING", "ex#B"],
      ["HttpMethodSemantics.UnnecessaryReadonlyTrait", "WARNING", "ex#C"],
      ["HttpMethodSemantics", "WARNING", "ex#D"],
    ]);
  });

  it("gives a GET whose input has body members a DANGER, but not one whose members are all bound elsewhere", () => {
    const body = "\n    input := {\n        inBody: String\n    }\n";
    const bound = '\n    input := {\n        @httpHeader("X-A")\n        a: String\n    }\n';
    expect(semantics(op("A", "GET", "@readonly\n", body) + op("B", "GET", "@readonly\n", bound))).toEqual([
      ["HttpMethodSemantics.UnexpectedPayload", "DANGER", "ex#A"],
    ]);
  });
});
