// Invalid models: each case names the validation event (id and shape) it must raise, and valid models raise none.
import { describe, expect, it } from "vitest";
import type { SmithyAst } from "../src/ast.js";
import { formatEvent, type ValidationEvent } from "../src/errors.js";
import { validateModel } from "../src/validate/validate.js";
import { idl, modelOf } from "./helpers.js";

function eventsOf(body: string, severity: "ERROR" | "DANGER" | "WARNING" = "ERROR"): ValidationEvent[] {
  return validateModel(modelOf({ "m.smithy": idl(body) })).filter((e) => e.severity === severity);
}

function idsOf(body: string, severity: "ERROR" | "WARNING" = "ERROR"): [string, string | undefined][] {
  return eventsOf(body, severity).map((e) => [e.id, e.shapeId]);
}

describe("targets", () => {
  it("reports members, mixins and operation parts that name no shape", () => {
    expect(
      idsOf(`
structure S { a: Missing }
structure T with [NoMixin] {}
operation Op {
    input: NoInput
    errors: [NoError]
}`),
    ).toEqual([
      ["Target", "ex#S$a"],
      ["Model", "ex#T"],
      ["Target", "ex#Op"],
      ["Target", "ex#Op"],
    ]);
  });

  it("reports service bindings of the wrong kind and errors without @error", () => {
    expect(
      idsOf(`
service Svc {
    version: "1"
    operations: [NotAnOperation]
    errors: [Plain]
}
structure NotAnOperation {}
structure Plain {}`),
    ).toEqual([
      ["Target", "ex#Svc"],
      ["Target", "ex#Svc"],
    ]);
  });

  it("reports members that target operations or Unit outside unions", () => {
    expect(idsOf("operation Op {}\nstructure S {\n    a: Op\n    b: Unit\n}\nunion U { ok: Unit }")).toEqual([
      ["Target", "ex#S$a"],
      ["UnitType", "ex#S$b"],
    ]);
  });

  it("reports a mixin without @mixin, and mixin cycles", () => {
    expect(idsOf("structure NotMixin {}\nstructure S with [NotMixin] {}")).toEqual([["Target", "ex#S"]]);
    expect(idsOf("@mixin\nstructure A with [B] {}\n@mixin\nstructure B with [A] {}").map(([id]) => id)).toContain(
      "Model",
    );
  });
});

describe("traits", () => {
  it("reports traits that are not defined, or not traits", () => {
    expect(idsOf("@notDefined\nstring A\nstructure plain {}\n@plain\nstring B")).toEqual([
      ["UnknownTrait", "ex#A"],
      ["UnknownTrait", "ex#B"],
    ]);
  });

  it("reports traits applied where their selector does not allow them", () => {
    expect(
      idsOf(`
@length(min: 1)
boolean Flag
@range(min: 1)
string Name
structure S {
    @httpHeader("x")
    nested: S
}
@trait(selector: "structure > member")
structure memberOnly {}
@memberOnly
string NotAMember`),
    ).toEqual([
      ["TraitTarget", "ex#Flag"],
      ["TraitTarget", "ex#Name"],
      ["TraitTarget", "ex#S$nested"],
      ["TraitTarget", "ex#NotAMember"],
    ]);
  });

  it("accepts traits where their selectors allow them", () => {
    expect(
      idsOf(`
@length(min: 1)
@pattern("^a")
string Name
enum E { A }
@length(max: 2)
list L { member: E }
@range(max: 3)
intEnum I {
    ONE = 1
}
structure S {
    @required
    @length(min: 1)
    n: Name
    @timestampFormat("date-time")
    t: Timestamp
}
@error("server")
@httpError(500)
@retryable
structure Oops {}`),
    ).toEqual([]);
  });

  it("reports @required on a union member", () => {
    expect(idsOf("union U {\n    @required\n    a: String\n}")).toEqual([["RequiredUnionMember", "ex#U$a"]]);
  });

  it("reports trait values that do not fit the trait's shape; prelude traits Smithy cannot build are Model errors", () => {
    const events = eventsOf(
      '@length(min: "one")\nstring A\n@error("oops")\nstructure E {}\n@http(method: "GET")\noperation Op {}',
    );
    expect(events.map((e) => [e.id, e.shapeId])).toEqual([
      ["TraitValue", "ex#A"],
      ["Model", "ex#E"],
      ["Model", "ex#Op"],
    ]);
    expect(events[0]!.message).toBe(
      "invalid value for trait `smithy.api#length` at .min: expected an integer, found string",
    );
    expect(events[2]!.message).toBe("invalid value for trait `smithy.api#http`: missing required member `uri`");
  });

  it("reports traits that conflict with each other", () => {
    expect(idsOf("@readonly\n@idempotent\noperation Op {}")).toEqual([["TraitConflict", "ex#Op"]]);
  });

  it("reports conflicting values of a trait applied twice", () => {
    const events = eventsOf('@documentation("a")\nstring A\napply A @documentation("b")');
    expect(events.map((e) => [e.id, e.shapeId])).toEqual([["Model", "ex#A"]]);
    expect(events[0]!.location).toEqual({ file: "m.smithy", line: 5, column: 9 });
  });

  it("merges list traits and equal values applied twice without conflict", () => {
    const model = modelOf({
      "m.smithy": idl(
        '@tags(["a"])\n@documentation("same")\nstring A\napply A @tags(["b"])\napply A @documentation("same")',
      ),
    });
    expect(validateModel(model)).toEqual([]);
    expect(model.ast.shapes["ex#A"]).toEqual({
      type: "string",
      traits: { "smithy.api#documentation": "same", "smithy.api#tags": ["a", "b"] },
    });
  });

  it("reports more than one member with a structurally exclusive trait", () => {
    expect(idsOf("structure S {\n    @httpPayload\n    a: String\n    @httpPayload\n    b: String\n}")).toEqual([
      ["ExclusiveStructureMemberTrait", "ex#S"],
    ]);
  });
});

describe("http bindings", () => {
  const op = (uri: string, input: string) =>
    `@http(method: "POST", uri: "${uri}")\noperation Op {\n    input := {\n${input}\n    }\n}`;

  it("accepts labels bound to required @httpLabel members", () => {
    expect(
      idsOf(op("/a/{Id}/b/{Key+}", "@required\n@httpLabel\nId: String\n@required\n@httpLabel\nKey: String")),
    ).toEqual([]);
  });

  it("reports an @httpLabel member that is not @required (the trait's selector asks for @required)", () => {
    const ids = idsOf(op("/a/{Id}", "@httpLabel\nId: String"));
    expect(ids).toEqual([["TraitTarget", "ex#OpInput$Id"]]);
  });

  it("reports an @httpLabel member with no label in the uri", () => {
    expect(idsOf(op("/a", "@required\n@httpLabel\nId: String"))).toEqual([["HttpLabelTrait", "ex#OpInput$Id"]]);
  });

  it("reports a uri label with no input member", () => {
    const events = eventsOf(op("/a/{Missing}", "Other: String"));
    expect(events.map((e) => [e.id, e.shapeId])).toEqual([["HttpLabelTrait", "ex#Op"]]);
    expect(events[0]!.message).toBe(
      'the uri "/a/{Missing}" of `ex#Op` has labels that no @httpLabel member of input `ex#OpInput` fills: Missing',
    );
  });

  it("reports a uri label whose member lacks @httpLabel", () => {
    expect(idsOf(op("/a/{Id}", "@required\nId: String"))).toEqual([["HttpLabelTrait", "ex#Op"]]);
  });

  it("reports malformed uris", () => {
    expect(idsOf(op("a/{Id}", "Id: String"))).toEqual([["Model", "ex#Op"]]);
    expect(idsOf(op("/a/x{Id}", "Id: String"))).toEqual([["Model", "ex#Op"]]);
  });

  it("reports a greedy label that is not alone or not last as a DANGER", () => {
    const labels = "@required\n@httpLabel\nA: String\n@required\n@httpLabel\nB: String";
    expect(eventsOf(op("/x/{A+}/{B+}", labels), "DANGER").map((e) => [e.id, e.severity])).toEqual([
      ["HttpUriGreedyLabel.GreedyLabelIsNotLastLabel", "DANGER"],
      ["HttpUriGreedyLabel.MultipleGreedyLabels", "DANGER"],
    ]);
    expect(eventsOf(op("/x/{A+}/{B}", labels), "DANGER").map((e) => e.id)).toEqual([
      "HttpUriGreedyLabel.GreedyLabelIsNotLastLabel",
    ]);
  });
});

describe("pagination", () => {
  const paginated = (trait: string) => `
${trait}
operation List {
    input := {
        Token: String
        Size: Integer
    }
    output := {
        Next: String
        Items: Names
    }
}
list Names { member: String }`;

  it("accepts members that exist with the right types", () => {
    expect(
      idsOf(paginated('@paginated(inputToken: "Token", outputToken: "Next", pageSize: "Size", items: "Items")')),
    ).toEqual([]);
  });

  it("reports members that do not exist or have the wrong type", () => {
    const events = eventsOf(
      paginated('@paginated(inputToken: "Nope", outputToken: "Items", pageSize: "Token", items: "Next")'),
    );
    expect(events.map((e) => [e.id, e.shapeId])).toEqual([
      ["PaginatedTrait", "ex#List"],
      ["PaginatedTrait", "ex#List"],
      ["PaginatedTrait", "ex#List"],
      ["PaginatedTrait", "ex#List"],
    ]);
    expect(events.map((e) => e.message)).toEqual([
      '@paginated on `ex#List`: inputToken "Nope" does not exist: `ex#ListInput` has no member `Nope`',
      '@paginated on `ex#List`: pageSize "Token" must target an integer, `ex#ListInput$Token` targets a string',
      '@paginated on `ex#List`: outputToken "Items" must target a string, `ex#ListOutput$Items` targets a list',
      '@paginated on `ex#List`: items "Next" must target a list or map, `ex#ListOutput$Next` targets a string',
    ]);
  });

  it("takes the tokens from the service's @paginated", () => {
    const body = paginated('@paginated(items: "Items")');
    const service =
      '@paginated(inputToken: "Token", outputToken: "Next")\nservice S {\n    version: "1"\n    operations: [List]\n}\n';
    expect(idsOf(service + body)).toEqual([]);
    expect(idsOf(body)).toEqual([
      ["PaginatedTrait", "ex#List"],
      ["PaginatedTrait", "ex#List"],
    ]);
  });
});

describe("shapes", () => {
  it("reports a union without members", () => {
    expect(idsOf("union Empty {}")).toEqual([["Union", "ex#Empty"]]);
  });

  it("reports enum values that are not unique or of the wrong type", () => {
    expect(
      idsOf('enum E {\n    A = "x"\n    B = "x"\n}\nintEnum I {\n    ONE = 1\n    TWO\n}\nenum N {\n    A = 1\n}'),
    ).toEqual([
      ["EnumShape", "ex#E$B"],
      ["EnumShape", "ex#I$TWO"],
      ["EnumShape", "ex#N$A"],
    ]);
  });

  it("reports default values that do not fit their target", () => {
    const events = eventsOf(
      'structure S {\n    a: Integer = "zero"\n    b: Boolean = 1\n    c: Small = 300\n    d: Names = ["x"]\n    e: String = "ok"\n}\n@range(max: 10)\ninteger Small\nlist Names { member: String }\n@default("x")\nstring WithDefault\n@default(1)\nstring BadDefault',
    );
    expect(events.map((e) => [e.id, e.shapeId])).toEqual([
      ["DefaultTrait", "ex#S$a"],
      ["DefaultTrait", "ex#S$b"],
      ["DefaultTrait.Target.InvalidRange", "ex#S$c"],
      ["DefaultTrait", "ex#S$d"],
      ["DefaultTrait", "ex#BadDefault"],
    ]);
    expect(events[2]!.message).toBe("the default of `ex#S$c` does not fit: 300 is above the maximum 10");
  });

  it("reports a member default that differs from its target's default", () => {
    expect(idsOf("structure S {\n    a: Count = 1\n}\n@default(0)\ninteger Count")).toEqual([
      ["DefaultTrait", "ex#S$a"],
    ]);
    expect(idsOf("structure S {\n    a: Count = 0\n    b: Count = null\n}\n@default(0)\ninteger Count")).toEqual([]);
  });

  it("reports member names that differ only in case", () => {
    const ast: SmithyAst = {
      smithy: "2.0",
      shapes: {
        "ex#S": {
          type: "structure",
          members: { name: { target: "smithy.api#String" }, Name: { target: "smithy.api#String" } },
        },
      },
    };
    expect(validateModel(ast).map((e) => [e.id, e.shapeId])).toEqual([
      ["ShapeIdConflict", "ex#S$name"],
      ["ShapeIdConflict", "ex#S$Name"],
    ]);
  });
});

describe("loader findings", () => {
  it("reports a shape defined differently in two files", () => {
    const model = modelOf({ "a.smithy": idl("string A"), "b.smithy": idl("integer A") });
    const events = validateModel(model);
    expect(events.map((e) => [e.id, e.shapeId])).toEqual([["Model", "ex#A"]]);
    expect(formatEvent(events[0]!)).toBe(
      "b.smithy:3:1: [ERROR] Model: shape `ex#A` is defined differently here and at a.smithy:3:1",
    );
  });

  it("reports traits applied to shapes that do not exist, naming no shape", () => {
    const events = validateModel(modelOf({ "a.smithy": idl('apply Nope @documentation("x")') }));
    expect(events.map((e) => [e.id, e.shapeId])).toEqual([["Model", undefined]]);
    expect(events[0]!.message).toContain("`ex#Nope`");
  });

  it("reports metadata that conflicts between files", () => {
    const model = modelOf({
      "a.smithy": '$version: "2"\nmetadata m = 1\n',
      "b.smithy": '$version: "2"\nmetadata m = 2\n',
    });
    expect(validateModel(model).map((e) => [e.id, e.location?.file])).toEqual([["Model", "b.smithy"]]);
  });

  it("reports unquoted values that name no shape as a DANGER", () => {
    const events = validateModel(modelOf({ "m.smithy": idl("@documentation(NotAShape)\nstring A") }));
    expect(events.map((e) => [e.id, e.severity, e.shapeId])).toEqual([["SyntacticShapeIdTarget", "DANGER", undefined]]);
  });
});

describe("suppressions", () => {
  it("drops warnings named by @suppress and by the suppressions metadata, never errors", () => {
    const warn = "@default(0)\n@range(min: 1)\ninteger Count";
    expect(idsOf(warn, "WARNING")).toEqual([["DefaultTrait.Target.InvalidRange", "ex#Count"]]);
    expect(idsOf(`@suppress(["DefaultTrait"])\n${warn}`, "WARNING")).toEqual([]);
    const viaMetadata = modelOf({
      "m.smithy": `$version: "2"\nmetadata suppressions = [{ id: "DefaultTrait", namespace: "ex" }]\nnamespace ex\n${warn}`,
    });
    expect(validateModel(viaMetadata)).toEqual([]);
  });
});

describe("events", () => {
  it("formats events as file:line:col: [SEVERITY] Id: message", () => {
    const [event] = eventsOf("structure S { a: Missing }");
    expect(formatEvent(event!)).toBe(
      "m.smithy:3:15: [ERROR] Target: member `ex#S$a` targets `ex#Missing`, which is not defined",
    );
    expect(formatEvent({ id: "X", severity: "WARNING", shapeId: "ex#A", message: "m" })).toBe("ex#A: [WARNING] X: m");
  });

  it("validates a bare JSON AST without locations", () => {
    const ast: SmithyAst = {
      smithy: "2.0",
      shapes: { "ex#S": { type: "structure", members: { a: { target: "ex#Missing" } } } },
    };
    expect(validateModel(ast)).toEqual([
      {
        id: "Target",
        severity: "ERROR",
        shapeId: "ex#S$a",
        message: "member `ex#S$a` targets `ex#Missing`, which is not defined",
      },
    ]);
  });
});
