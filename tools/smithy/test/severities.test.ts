// Severities as Smithy grades them: what stops a model (ERROR, and DANGER unless suppressed), how `@suppress`, the
// `suppressions` and `severityOverrides` metadata change them, and the findings AWS's models raise on purpose.
import { describe, expect, it } from "vitest";
import { isBlocking, type Severity } from "../src/errors.js";
import { matchesEventId } from "../src/validate/severity-rules.js";
import { validateModel } from "../src/validate/validate.js";
import { modelOf } from "./helpers.js";

/** A paginated operation whose tokens are maps: Smithy's DANGER `PaginatedTrait.WrongShapeType.*`. */
const MAP_TOKENS = `
@paginated(inputToken: "token", outputToken: "token")
operation List {
    input := { token: TokenMap }
    output := { token: TokenMap }
}
map TokenMap {
    key: String
    value: String
}`;

/** A default of 0 below a @range minimum, kept from IDL 1.0 in AWS's models: Smithy's WARNING. */
const ZERO_DEFAULT = `
@default(0)
@range(min: 1)
integer MaxResults
structure S {
    @range(min: 1)
    a: Integer = 0
}`;

function graded(body: string, metadata = "", options = {}): [string, Severity, string | undefined][] {
  const model = modelOf({ "m.smithy": `$version: "2"\n${metadata}\nnamespace ex\n${body}` });
  return validateModel(model, options).map((e) => [e.id, e.severity, e.shapeId]);
}

describe("severities", () => {
  it("gives a default of 0 below a @range minimum a WARNING, on the member or the target, and other misfits an ERROR", () => {
    expect(graded(ZERO_DEFAULT)).toEqual([
      ["DefaultTrait.Target.InvalidRange", "WARNING", "ex#MaxResults"],
      ["DefaultTrait.Member.InvalidRange", "WARNING", "ex#S$a"],
    ]);
    expect(graded("@default(5)\n@range(max: 1)\ninteger Small")).toEqual([
      ["DefaultTrait.Target.InvalidRange", "ERROR", "ex#Small"],
    ]);
  });

  it("gives map pagination tokens a DANGER, which blocks until suppressed", () => {
    const events = graded(MAP_TOKENS);
    expect(events).toEqual([
      ["PaginatedTrait.WrongShapeType.inputToken", "DANGER", "ex#List"],
      ["PaginatedTrait.WrongShapeType.outputToken", "DANGER", "ex#List"],
    ]);
    const model = modelOf({ "m.smithy": `$version: "2"\nnamespace ex\n${MAP_TOKENS}` });
    expect(validateModel(model).some(isBlocking)).toBe(true);
    expect(graded(MAP_TOKENS, 'metadata suppressions = [{ id: "PaginatedTrait", namespace: "ex" }]')).toEqual([]);
  });

  it("blocks on ERROR and DANGER only", () => {
    const event = (severity: Severity) => isBlocking({ id: "X", severity, message: "" });
    expect((["NOTE", "WARNING", "DANGER", "ERROR", "SUPPRESSED"] as const).map(event)).toEqual([
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  it("suppresses by @suppress on the shape or a member's container, by namespace or for all, never an ERROR", () => {
    expect(graded(`@suppress(["DefaultTrait"])\n${ZERO_DEFAULT}`)).toEqual([
      ["DefaultTrait.Member.InvalidRange", "WARNING", "ex#S$a"],
    ]);
    expect(graded(ZERO_DEFAULT.replace("structure S", '@suppress(["DefaultTrait.Member"])\nstructure S'))).toEqual([
      ["DefaultTrait.Target.InvalidRange", "WARNING", "ex#MaxResults"],
    ]);
    expect(graded(ZERO_DEFAULT, 'metadata suppressions = [{ id: "DefaultTrait", namespace: "*" }]')).toEqual([]);
    expect(graded(ZERO_DEFAULT, 'metadata suppressions = [{ id: "DefaultTrait", namespace: "other" }]')).toHaveLength(
      2,
    );
    const error = "structure S { a: Missing }";
    expect(graded(error, 'metadata suppressions = [{ id: "Target", namespace: "*" }]')).toEqual([
      ["Target", "ERROR", "ex#S$a"],
    ]);
    expect(graded(`@suppress(["Target"])\n${error}`)).toEqual([["Target", "ERROR", "ex#S$a"]]);
  });

  it("returns suppressed findings with severity SUPPRESSED when asked", () => {
    expect(
      graded(ZERO_DEFAULT, 'metadata suppressions = [{ id: "DefaultTrait", namespace: "ex" }]', {
        includeSuppressed: true,
      }),
    ).toEqual([
      ["DefaultTrait.Target.InvalidRange", "SUPPRESSED", "ex#MaxResults"],
      ["DefaultTrait.Member.InvalidRange", "SUPPRESSED", "ex#S$a"],
    ]);
  });

  it("raises severities with severityOverrides, never lowers them, and suppression wins", () => {
    const raise = 'metadata severityOverrides = [{ id: "DefaultTrait.Target", namespace: "ex", severity: "DANGER" }]';
    expect(graded(ZERO_DEFAULT, raise)).toEqual([
      ["DefaultTrait.Target.InvalidRange", "DANGER", "ex#MaxResults"],
      ["DefaultTrait.Member.InvalidRange", "WARNING", "ex#S$a"],
    ]);
    const lower = 'metadata severityOverrides = [{ id: "PaginatedTrait", namespace: "*", severity: "WARNING" }]';
    expect(graded(MAP_TOKENS, lower).map((e) => e[1])).toEqual(["DANGER", "DANGER"]);
    const both = `metadata suppressions = [{ id: "DefaultTrait", namespace: "ex" }]\n${raise}`;
    expect(graded(ZERO_DEFAULT, both)).toEqual([]);
  });

  it("matches event ids hierarchically, by whole parts", () => {
    expect(matchesEventId("PaginatedTrait.WrongShapeType.inputToken", "PaginatedTrait")).toBe(true);
    expect(matchesEventId("PaginatedTrait.WrongShapeType.inputToken", "PaginatedTrait.WrongShapeType")).toBe(true);
    expect(matchesEventId("PaginatedTrait", "PaginatedTrait")).toBe(true);
    expect(matchesEventId("PaginatedTraitX", "PaginatedTrait")).toBe(false);
    expect(matchesEventId("PaginatedTrait", "PaginatedTrait.WrongShapeType")).toBe(false);
  });
});

describe("unknown traits", () => {
  const body = "@notDefinedAnywhere\nstring A";

  it("are an ERROR by default", () => {
    expect(graded(body)).toEqual([["UnknownTrait", "ERROR", "ex#A"]]);
  });

  it("are a WARNING when allowed", () => {
    expect(graded(body, "", { allowUnknownTraits: true })).toEqual([["UnknownTrait", "WARNING", "ex#A"]]);
  });
});
