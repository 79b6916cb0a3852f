// References Smithy refuses (mixins as targets, map keys that are not strings, @error structures as input or
// output, JSON AST references that are not objects) and the finer grades of `@paginated`.
import { describe, expect, it } from "vitest";
import type { Severity } from "../src/errors.js";
import { loadModelFromSources } from "../src/loader.js";
import { validateModel } from "../src/validate/validate.js";
import { findingsOf } from "./helpers.js";

type Graded = [string, Severity, string | undefined];

function graded(body: string): Graded[] {
  return findingsOf(body).map((e) => [e.id, e.severity, e.shapeId]);
}

describe("targets", () => {
  it("refuses a member that targets a mixin", () => {
    expect(graded("@mixin\nstructure M {}\nstructure S {\n    a: M\n}\nstructure T with [M] {}")).toEqual([
      ["Target", "ERROR", "ex#S$a"],
    ]);
  });

  it("refuses a map whose key is not a string, on the map", () => {
    expect(
      graded(
        "map Bad {\n    key: Integer\n    value: String\n}\nenum E {\n    A\n}\nmap Fine {\n    key: E\n    value: String\n}",
      ),
    ).toEqual([["Target", "ERROR", "ex#Bad"]]);
  });

  it("refuses an @error structure as the input or output of an operation", () => {
    expect(graded('operation Op {\n    input: Oops\n    output: Oops\n}\n@error("client")\nstructure Oops {}')).toEqual(
      [
        ["Target", "ERROR", "ex#Op"],
        ["Target", "ERROR", "ex#Op"],
      ],
    );
  });

  it('refuses JSON AST references that are not {"target": ...} objects, as Smithy\'s loader does', () => {
    const json = JSON.stringify({
      smithy: "2.0",
      shapes: {
        "ex#Op": { type: "operation", input: "ex#In", errors: ["ex#Oops"] },
        "ex#In": { type: "structure", members: {} },
        "ex#Oops": { type: "structure", members: {}, traits: { "smithy.api#error": "client" } },
      },
    });
    const events = validateModel(loadModelFromSources([{ file: "m.json", content: json }]));
    expect(events.map((e): Graded => [e.id, e.severity, e.shapeId])).toEqual([
      ["Model", "ERROR", "ex#Op"],
      ["Model", "ERROR", "ex#Op"],
    ]);
  });
});

describe("@paginated", () => {
  const io = (pageSize: string, output: string) =>
    `structure In {\n    next: String\n    size: ${pageSize}\n}\nstructure Out {\n${output}\n}\n` +
    "structure Page {\n    inner: Inner\n}\nstructure Inner {\n    token: String\n    items: Items\n}\nlist Items {\n    member: String\n}";

  it("warns on output paths of more than two parts", () => {
    const body = `@readonly\n@paginated(inputToken: "next", outputToken: "page.inner.token", items: "page.inner.items", pageSize: "size")\noperation Op {\n    input: In\n    output: Out\n}\n${io("Integer", "    page: Page")}`;
    expect(graded(body)).toEqual([
      ["PaginatedTrait.DeeplyNested.items", "WARNING", "ex#Op"],
      ["PaginatedTrait.DeeplyNested.outputToken", "WARNING", "ex#Op"],
    ]);
  });

  it("gives a page size that is a long, short or byte a DANGER, and reports each token left unset", () => {
    const body = `@readonly\n@paginated(inputToken: "next", outputToken: "token", items: "items", pageSize: "size")\noperation Op {\n    input: In\n    output: Out\n}\n@paginated\noperation Bare {\n    input: In\n    output: Out\n}\n${io("Long", "    token: String\n    items: Items")}`;
    expect(graded(body)).toEqual([
      ["PaginatedTrait", "DANGER", "ex#Op"],
      ["PaginatedTrait", "ERROR", "ex#Bare"],
      ["PaginatedTrait", "ERROR", "ex#Bare"],
    ]);
  });
});
