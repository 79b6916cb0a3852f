// ResourceOperationInputOutput: the members of create and instance operations of a resource with properties are
// identifiers, properties (with the property's target) or @notProperty, name each property once, and use them all.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers.js";

function propertyErrors(body: string): (string | undefined)[] {
  return findingsOf(body)
    .filter((e) => e.id === "ResourceOperationInputOutput")
    .map((e) => e.shapeId);
}

const resource = (read: string) => `resource Forecast {
    identifiers: { city: String }
    properties: { rain: Float, wind: Float }
    read: GetForecast
}
@readonly
operation GetForecast {
    input := {
        @required
        city: String
    }
    output := {
${read}
    }
}
`;

describe("resource properties", () => {
  it("accepts members that are properties by name or by @property, and ones marked @notProperty", () => {
    expect(
      propertyErrors(
        resource(
          '        rain: Float\n        @property(name: "wind")\n        gusts: Float\n        @notProperty\n        note: String',
        ),
      ),
    ).toEqual([]);
  });

  it("refuses a member that is no property, one with the wrong target, and reports a property no operation uses", () => {
    expect(propertyErrors(resource("        rain: Integer\n        other: String"))).toEqual([
      "ex#Forecast",
      "ex#GetForecastOutput$rain",
      "ex#GetForecastOutput$other",
    ]);
  });

  it("refuses two members that stand for one property", () => {
    expect(
      propertyErrors(
        resource('        rain: Float\n        wind: Float\n        @property(name: "rain")\n        drops: Float'),
      ),
    ).toEqual(["ex#GetForecastOutput"]);
  });

  it("reads the members of a @nestedProperties structure instead of the others", () => {
    expect(
      propertyErrors(
        `${resource("        @nestedProperties\n        details: Details\n        @idempotencyToken\n        token: String")}structure Details {\n    rain: Float\n    wind: Float\n}`,
      ),
    ).toEqual([]);
  });
});
