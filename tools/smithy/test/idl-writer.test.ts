import { describe, expect, it } from "vitest";
import type { SmithyAst } from "../src/ast.js";
import { SmithySerializeError, serializeIdl, serializeModel } from "../src/idl-writer/serialize.js";
import { parseIdl } from "../src/parse-idl.js";

const SOURCE = `$version: "2.0"

namespace example.weather

use aws.protocols#restJson1

/// Forecasts.
///
///   Indented line.
@restJson1
service Weather {
    version: "1"
    operations: [
        GetForecast
    ]
}

@http(method: "GET", uri: "/forecast/{city}")
operation GetForecast {
    input: GetForecastInput
    output: GetForecastOutput
}

@input
structure GetForecastInput {
    @required
    @httpLabel
    city: String
}

@output
structure GetForecastOutput {
    chance: smithy.api#Integer = 0
    kind: Kind
    @documentation("trailing blank ")
    note: String
}

enum Kind {
    RAIN = "rain"
    SUN
}

/// A shape named like a prelude shape: references to the prelude's must stay absolute.
string Integer
`;

describe("serializeIdl", () => {
  const ast = parseIdl(SOURCE, "weather.smithy");

  it("writes IDL that reads back as the same AST", () => {
    expect(parseIdl(serializeIdl(ast), "again.smithy")).toEqual(ast);
  });

  it("writes ids relative where that resolves to the same shape, with use statements for other namespaces", () => {
    const text = serializeIdl(ast);
    expect(text).toContain("use aws.protocols#restJson1\n");
    expect(text).toContain("@restJson1\nservice Weather");
    expect(text).toContain("    city: String\n");
    expect(text).toContain("    chance: smithy.api#Integer = 0\n");
    expect(text).toContain("    output: GetForecastOutput\n}");
    expect(text).toContain('    RAIN = "rain"\n');
  });

  it("keeps documentation as comments unless a comment would change it", () => {
    const text = serializeIdl(ast);
    expect(text).toContain("/// Forecasts.\n///\n///   Indented line.\n");
    expect(text).toContain('@documentation("trailing blank ")');
  });

  it("refuses a model of several namespaces, naming them, and writes each with serializeModel", () => {
    const two: SmithyAst = {
      smithy: "2.0",
      shapes: { "a.b#X": { type: "string" }, "c.d#Y": { type: "structure", members: { x: { target: "a.b#X" } } } },
    };
    expect(() => serializeIdl(two)).toThrow(SmithySerializeError);
    expect(() => serializeIdl(two)).toThrow(/a\.b, c\.d/);
    const files = serializeModel(two);
    expect(files.map((f) => f.namespace)).toEqual(["a.b", "c.d"]);
    expect(files[1]!.text).toContain("use a.b#X\n");
  });

  it("refuses a model without shapes", () => {
    expect(() => serializeIdl({ smithy: "2.0", shapes: {} })).toThrow(/defines no shape/);
  });
});
