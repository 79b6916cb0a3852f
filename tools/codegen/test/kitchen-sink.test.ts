// The kitchen-sink model uses what the Connect model does not. Its generated code is committed under
// test/generated/kitchen-sink (and drift-checked with the rest); here it is exercised.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraries, type ShapeValues } from "./generated/kitchen-sink/arbitraries.js";
import * as codecs from "./generated/kitchen-sink/codecs.js";
import { DecodeError } from "./generated/kitchen-sink/runtime.js";
import { Expression, Priority, Rounding } from "./generated/kitchen-sink/shapes.js";
import * as validators from "./generated/kitchen-sink/validators.js";

const wire = (value: unknown) => JSON.parse(JSON.stringify(value));

type Codec = { decode: (v: unknown, mode?: "client" | "server") => unknown; encode: (v: never) => unknown };
const codecOf = (name: string): Codec | undefined => {
  const all = codecs as unknown as Record<string, Codec["decode"] | Codec["encode"]>;
  const decode = all[`decode${name}`];
  const encode = all[`encode${name}`];
  return decode && encode ? { decode: decode as Codec["decode"], encode: encode as Codec["encode"] } : undefined;
};

describe("kitchen-sink codecs", () => {
  const names = Object.keys(arbitraries) as (keyof ShapeValues)[];
  const withCodecs = names.filter((n) => codecOf(n));

  it("has codecs for every aggregate shape", () => {
    expect(withCodecs).toEqual(
      expect.arrayContaining(["Expression", "Value", "TaggedValues", "Environment", "Options", "Steps", "SparseFlags"]),
    );
  });

  for (const name of withCodecs) {
    it(`round-trips ${name} through JSON, in both modes`, () => {
      const { decode, encode } = codecOf(name)!;
      fc.assert(
        fc.property(arbitraries[name] as fc.Arbitrary<never>, (value) => {
          const onWire = wire(encode(value));
          expect(decode(onWire, "client")).toEqual(value);
          expect(decode(onWire, "server")).toEqual(value);
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe("kitchen-sink wire format", () => {
  const options = {
    maxDepth: 3,
    rounding: Rounding.HALF_UP,
    priority: Priority.HIGH,
    strict: true,
    ratio: Number.NaN,
    label: "x",
    deadline: new Date("2024-02-03T04:05:06.789Z"),
    notAfter: new Date("2024-02-03T04:05:06.000Z"),
    createdAt: new Date(0),
    seed: new Uint8Array([0, 1, 254, 255]),
    metadata: { any: ["json", 1, null] },
    flags: [true, null, false],
    tags: ["a-b"],
    precision: { digits: -3, budget: 2 ** 40, scale: 7, tolerance: 0.25 },
  };

  it("uses @jsonName, every timestamp format, base64 blobs and restJson1's spelling of NaN", () => {
    expect(wire(codecs.encodeOptions(options))).toEqual({
      max_depth: 3,
      rounding: "half-up",
      priority: 3,
      strict: true,
      ratio: "NaN",
      label: "x",
      deadline: 1706933106.789,
      notAfter: "Sat, 03 Feb 2024 04:05:06 GMT",
      createdAt: 0,
      seed: "AAH+/w==",
      metadata: { any: ["json", 1, null] },
      flags: [true, null, false],
      tags: ["a-b"],
      precision: { digits: -3, budget: 2 ** 40, scale: 7, tolerance: 0.25 },
    });
  });

  it("fills @default values that the wire leaves out", () => {
    expect(codecs.decodeOptions({})).toEqual({
      maxDepth: 16,
      rounding: "HALF_EVEN",
      priority: 2,
      strict: false,
      ratio: 0.5,
      label: "default",
    });
  });

  it("keeps nulls in sparse collections and drops them from dense ones on the client", () => {
    expect(codecs.decodeSparseFlags([true, null])).toEqual([true, null]);
    expect(codecs.decodeEnvironment({ x: null, y: { integer: 1 } })).toEqual({ x: null, y: { integer: 1 } });
    expect(codecs.decodeWarnings(["a", null, "b"])).toEqual(["a", "b"]);
    expect(() => codecs.decodeWarnings(["a", null], "server")).toThrow(/\[1\]: null is not allowed/);
  });

  it("keeps a map key named __proto__ as data", () => {
    const decoded = codecs.decodeTaggedValues(JSON.parse('{"__proto__": {"integer": 1}}'));
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(Object.keys(decoded)).toEqual(["__proto__"]);
    expect(wire(codecs.encodeTaggedValues(decoded))).toEqual(JSON.parse('{"__proto__": {"integer": 1}}'));
  });

  it("names the path of a bad value deep inside nested unions, lists and maps", () => {
    const bad = { sum: { operands: [{ literal: { integer: 1 } }, { literal: { tagged: { t: { instant: 12 } } } }] } };
    const error = captureError(() => codecs.decodeExpression(bad));
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).path).toEqual(["sum", "operands", 1, "literal", "tagged", "t", "instant"]);
    expect((error as DecodeError).message).toBe(
      "sum.operands[1].literal.tagged.t.instant: expected an RFC 3339 date-time string, got a number (12)",
    );
  });

  it("rejects integers that do not fit their type", () => {
    expect(() => codecs.decodeValue({ byte: 128 })).toThrow("byte: 128 does not fit a byte (-128..127)");
    expect(() => codecs.decodeValue({ integer: 1.5 })).toThrow(
      "integer: expected an integer (integer), got a number (1.5)",
    );
  });

  it("visits every member of a union, and unknown ones", () => {
    const describe = (e: Expression) =>
      Expression.visit(e, {
        literal: () => "literal",
        variable: (name) => `variable ${name}`,
        sum: (o) => `sum of ${o.operands.length}`,
        product: (o) => `product of ${o.operands.length}`,
        conditional: () => "conditional",
        $unknown: (name) => `unknown ${name}`,
      });
    expect(describe(codecs.decodeExpression({ variable: "x" }))).toBe("variable x");
    expect(describe(codecs.decodeExpression({ lambda: {} }))).toBe("unknown lambda");
    expect(Expression.memberName(codecs.decodeExpression({ sum: { operands: [] } }))).toBe("sum");
  });
});

describe("kitchen-sink validators", () => {
  it("reports @length, @range, @pattern, enum and @required violations with their paths", () => {
    const violations = validators.validateOptions(
      {
        maxDepth: 65,
        rounding: "SIDEWAYS",
        priority: 9,
        tags: ["ok", "Bad", "x", "y"],
        precision: { digits: -11, tolerance: 2 },
      } as never,
      "options",
      [],
    );
    expect(violations.map((v) => `${v.path}: ${v.constraint}`)).toEqual([
      "options.maxDepth: Member must have value less than or equal to 64",
      "options.rounding: Member must satisfy enum value set: [HALF_EVEN, half-up, down]",
      "options.priority: Member must satisfy enum value set: [1, 2, 3]",
      "options.tags: Member must have length less than or equal to 3",
      "options.tags[1]: Member must satisfy regular expression pattern: ^[a-z][a-z0-9-]*$",
      "options.precision.digits: Member must have value greater than or equal to -10",
      "options.precision.tolerance: Member must have value less than or equal to 1",
    ]);
    expect(validators.validateConditional({} as never, "", []).map((v) => v.path)).toEqual(["test", "then"]);
  });
});

function captureError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}
