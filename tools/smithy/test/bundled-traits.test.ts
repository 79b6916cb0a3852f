// The bundled trait definitions: every model can use them without defining them, they are not part of the model's
// AST, a model may not redefine them unless it is loaded without them, and they are themselves a valid model.
import { describe, expect, it } from "vitest";
import { BUNDLED_TRAITS_DIR, bundledTraitShapes } from "../src/bundled-traits.js";
import { isBlocking } from "../src/errors.js";
import { ShapeIndex } from "../src/index-shapes.js";
import { loadModelFromSources, loadModelSync } from "../src/loader.js";
import { validateModel } from "../src/validate/validate.js";

const SERVICE = `$version: "2"
namespace ex
use aws.api#service
use aws.auth#sigv4
use aws.protocols#restJson1
use smithy.rules#endpointRuleSet
use smithy.waiters#waitable

@service(sdkId: "Example")
@sigv4(name: "example")
@restJson1
@endpointRuleSet({ version: "1.0", parameters: {}, rules: [] })
service Example {
    version: "2024-01-01"
    operations: [GetThing]
    errors: [smithy.framework#ValidationException]
}

@readonly
@http(method: "GET", uri: "/thing")
@waitable(ThingExists: { acceptors: [{ state: "success", matcher: { success: true } }] })
operation GetThing {
    output := {}
}
`;

const load = (content: string, bundledTraits?: boolean) =>
  loadModelFromSources([{ file: "m.smithy", content }], bundledTraits === undefined ? {} : { bundledTraits });

describe("bundled trait definitions", () => {
  it("are available to a model without being defined or copied into its AST", () => {
    const model = load(SERVICE);
    expect(validateModel(model).map((e) => [e.id, e.severity])).toEqual([
      ["UnstableTrait.smithy.rules#endpointRuleSet", "WARNING"],
    ]);
    expect(Object.keys(model.ast.shapes).filter((id) => !id.startsWith("ex#"))).toEqual([]);
    const index = new ShapeIndex(model.ast, model.library);
    expect(index.get("aws.protocols#restJson1")?.type).toBe("structure");
    expect(index.ids().every((id) => id.startsWith("ex#"))).toBe(true);
  });

  it("check trait values against their definitions", () => {
    const bad = SERVICE.replace('@sigv4(name: "example")', "@sigv4(name: 5)");
    const errors = validateModel(load(bad)).filter((e) => e.severity === "ERROR");
    expect(errors.map((e) => [e.id, e.shapeId])).toEqual([["TraitValue", "ex#Example"]]);
  });

  it("cannot be redefined, unless the model is loaded without them", () => {
    const own = '$version: "2"\nnamespace aws.protocols\n@trait(selector: "service")\nstructure restJson1 {}\n';
    expect(load(own).events.map((e) => [e.id, e.shapeId])).toEqual([["Model", "aws.protocols#restJson1"]]);
    const alone = load(own, false);
    expect(validateModel(alone)).toEqual([]);
    expect(
      validateModel(load(SERVICE, false))
        .filter(isBlocking)
        .map((e) => e.id),
    ).toContain("UnknownTrait");
  });

  it("form a valid model of their own, covering the namespaces AWS's models and Smithy's protocol tests use", () => {
    const model = loadModelSync([BUNDLED_TRAITS_DIR], { bundledTraits: false });
    expect(validateModel(model).filter(isBlocking)).toEqual([]);
    const namespaces = new Set(Object.keys(bundledTraitShapes()).map((id) => id.slice(0, id.indexOf("#"))));
    expect([...namespaces].sort()).toEqual([
      "aws.api",
      "aws.apigateway",
      "aws.auth",
      "aws.cloudformation",
      "aws.customizations",
      "aws.endpoints",
      "aws.iam",
      "aws.protocols",
      "smithy.framework",
      "smithy.protocols",
      "smithy.rules",
      "smithy.test",
      "smithy.waiters",
    ]);
  });
});
