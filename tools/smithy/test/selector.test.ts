// The selector subset used to check where traits may be applied.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadModelSync } from "../src/loader.js";
import { ModelView } from "../src/validate/model-view.js";
import { SelectorEvaluator, selectorSyntaxError } from "../src/validate/selector.js";
import { idl, modelOf } from "./helpers.js";

const model = modelOf({
  "m.smithy": idl(`
@input
structure In {
    @required
    name: String
    mode: Mode
    count: Integer
    tags: Tags
}
structure Out { items: Tags }
enum Mode { A }
list Tags { member: Float }
map Labels { key: String, value: String }
operation Op {
    input: In
    output: Out
}`),
});
const selectors = new SelectorEvaluator(new ModelView(model.ast, model.locations));
const own = (selector: string) => [...(selectors.select(selector) ?? [])].filter((id) => id.startsWith("ex#")).sort();

describe("selectors", () => {
  it("selects by shape type, with enum as a string and set as a list", () => {
    expect(own("enum")).toEqual(["ex#Mode"]);
    expect(own("list")).toEqual(["ex#Tags"]);
    expect(own("string")).toEqual(["ex#Mode"]);
    expect(own("simpleType")).toEqual(["ex#Mode"]);
  });

  it("walks to children with >", () => {
    expect(own("structure > member")).toEqual([
      "ex#In$count",
      "ex#In$mode",
      "ex#In$name",
      "ex#In$tags",
      "ex#Out$items",
    ]);
    expect(own("structure > member > string")).toEqual(["ex#Mode"]);
  });

  it("filters with :test, :is and :not", () => {
    expect(own(":test(string, member > string)")).toEqual([
      "ex#In$mode",
      "ex#In$name",
      "ex#Labels$key",
      "ex#Labels$value",
      "ex#Mode",
    ]);
    expect(own("structure > member :test(> :is(list, map))")).toEqual(["ex#In$tags", "ex#Out$items"]);
    expect(own("structure > member :not([trait|required])")).toEqual([
      "ex#In$count",
      "ex#In$mode",
      "ex#In$tags",
      "ex#Out$items",
    ]);
  });

  it("matches attributes and comparators", () => {
    expect(own("[trait|required]")).toEqual(["ex#In$name"]);
    expect(own("[trait|smithy.api#input]")).toEqual(["ex#In"]);
    expect(own("map > member[id|member=value]")).toEqual(["ex#Labels$value"]);
    expect(own("[id|name^=La]")).toEqual(["ex#Labels", "ex#Labels$key", "ex#Labels$value"]);
    expect(own("[id|name$=out i]")).toEqual(["ex#Out", "ex#Out$items"]);
    expect([...(selectors.select("[id=smithy.api#Unit]") ?? [])]).toEqual(["smithy.api#Unit"]);
  });

  it("follows named and recursive relationships", () => {
    expect(own("operation -[input]-> structure")).toEqual(["ex#In"]);
    expect(own("operation -[input, output]-> structure > member")).toEqual([
      "ex#In$count",
      "ex#In$mode",
      "ex#In$name",
      "ex#In$tags",
      "ex#Out$items",
    ]);
    expect(own("list :not(> member ~> :is(float, double, document))")).toEqual([]);
    expect(own("member < map")).toEqual(["ex#Labels"]);
  });

  it("matches a shape, working backwards from it, exactly when the selection of the whole model holds it", () => {
    const fixture = loadModelSync([fileURLToPath(new URL("./fixtures/connect.ast.json", import.meta.url))]);
    for (const [view, extra] of [
      [new ModelView(model.ast, model.locations), ["member < map", "operation -[input, output]-> structure > member"]],
      [new ModelView(fixture.ast, fixture.locations, fixture.traitLocations, fixture.library), []],
    ] as const) {
      const evaluator = new SelectorEvaluator(view);
      const traitSelectors = [...view.all()].flatMap((v) => {
        const def = v.traits["smithy.api#trait"];
        return def && typeof def === "object" && "selector" in def && typeof def.selector === "string"
          ? [def.selector]
          : [];
      });
      const texts = [...new Set([...traitSelectors, ...extra])];
      expect(texts.length).toBeGreaterThan(1);
      for (const text of texts) {
        const selected = evaluator.select(text);
        const differ = [...view.all()].filter((v) => evaluator.matches(text, v.id) !== (selected?.has(v.id) ?? true));
        expect(
          differ.map((v) => v.id),
          text,
        ).toEqual([]);
      }
    }
  });

  it("reads a service's version with service|version, which other shapes do not have", () => {
    const services = modelOf({
      "m.smithy": idl(
        'service Old {\n    version: "2017-01-01"\n}\nservice New {\n    version: "2024-01-01"\n}\nstring S',
      ),
    });
    const evaluator = new SelectorEvaluator(new ModelView(services.ast, services.locations));
    expect([...(evaluator.select("[service|version^=2017]") ?? [])]).toEqual(["ex#Old"]);
    expect([...(evaluator.select("[service]") ?? [])].filter((id) => id.startsWith("ex#")).sort()).toEqual([
      "ex#New",
      "ex#Old",
    ]);
  });

  it("tells text that is no selector from selectors that use what is not evaluated here", () => {
    for (const bad of [
      "",
      "!",
      "'x'",
      "nope",
      "[]",
      "[a=]",
      "[a=b",
      "string=b",
      "[a^b]",
      ":not",
      ":not()",
      ":nay()",
      ":is(string, ",
    ]) {
      expect(selectorSyntaxError(bad), bad).toBeDefined();
    }
    for (const fine of [
      "string",
      ":root(structure)",
      "[@trait|enum: @{value} = a]",
      "[trait|range|min > 1]",
      "$x(*)",
    ]) {
      expect(selectorSyntaxError(fine), fine).toBeUndefined();
    }
  });

  it("treats unsupported selectors as matching everything", () => {
    expect(selectors.select(":root(structure)")).toBeNull();
    expect(selectors.matches(":root(structure)", "ex#Mode")).toBe(true);
    expect(selectors.matches("structure", "ex#Mode")).toBe(false);
  });
});
