// The scenario schema (scenario.schema.json, published with the package for editors) is what the loader checks
// documents with. Every scenario there is passes it; and over many broken copies of them, the schema refuses
// exactly what the compiler refuses, apart from what a schema cannot see (ids that refer to other entries, text
// that must contain words, time order, overlapping ranges), so the two cannot drift apart.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileScenario, demoScenario, ScenarioError } from "../../src/index.js";
import { scenarioSchema, scenarioSchemaChecker } from "../../src/scenario/schema.js";

const readme = readFileSync(fileURLToPath(new URL("../../README.md", import.meta.url)), "utf8");
const readmeScenarios = [...readme.matchAll(/```json scenario\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!));
const SCENARIOS: Record<string, unknown> = {
  demo: demoScenario,
  ...Object.fromEntries(readmeScenarios.map((s, i) => [`README example ${i + 1}`, s])),
};

/** Failures only the compiler can find: they depend on other parts of the document or on the text. */
const BEYOND_A_SCHEMA = [
  /unknown participant/,
  /no earlier message of this contact/,
  /does not contain/,
  /the text does not contain/,
  /entries must be in time order/,
  /is used twice in this contact/,
  /before its last entry/,
  /appears twice/,
  /must be a non-empty range inside message/,
  /is outside the text|is empty or reversed|overlaps the span before it/,
];

function compileVerdict(document: unknown): string | undefined {
  try {
    compileScenario(document, 0);
    return undefined;
  } catch (error) {
    if (error instanceof ScenarioError) return error.message;
    throw error;
  }
}

function schemaVerdict(document: unknown): string | undefined {
  try {
    scenarioSchemaChecker().check(document);
    return undefined;
  } catch (error) {
    if (error instanceof ScenarioError) return error.message;
    throw error;
  }
}

type Path = readonly (string | number)[];

function* paths(value: unknown, path: Path = []): Generator<Path> {
  if (path.length > 0) yield path;
  if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* paths(item, [...path, i]);
  else if (typeof value === "object" && value !== null)
    for (const [key, item] of Object.entries(value)) yield* paths(item, [...path, key]);
}

/** A copy of `document` with the value at `path` replaced (or deleted, with `undefined`). */
function replaced(document: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined && Array.isArray(parent)) parent.splice(last as number, 1);
  else if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

function* brokenCopies(document: unknown): Generator<{ what: string; document: unknown }> {
  for (const path of paths(document)) {
    if (path[0] === "$schema") continue;
    const where = path.join(".");
    for (const value of [undefined, 5, -1, 1.5, "", "BOGUS", true, null, {}, []]) {
      yield { what: `${where} = ${JSON.stringify(value) ?? "(removed)"}`, document: replaced(document, path, value) };
    }
  }
  for (const path of [[], ...paths(document)]) {
    yield { what: `${path.join(".")}.typo added`, document: addedTypo(document, path) };
  }
}

function addedTypo(document: unknown, path: Path): unknown {
  const copy = structuredClone(document) as Record<string, unknown>;
  let node: unknown = copy;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  if (typeof node === "object" && node !== null && !Array.isArray(node)) (node as Record<string, unknown>)["typo"] = 1;
  return copy;
}

describe("the scenario schema", () => {
  it("is published as the package's scenario.schema.json, and uses only keywords the loader checks", () => {
    const published = JSON.parse(
      readFileSync(fileURLToPath(new URL("../../scenario.schema.json", import.meta.url)), "utf8"),
    );
    expect(published).toEqual(scenarioSchema);
    expect(() => scenarioSchemaChecker()).not.toThrow();
  });

  it.each(Object.entries(SCENARIOS))("accepts the %s scenario, which compiles", (_name, document) => {
    expect(schemaVerdict(document)).toBeUndefined();
    expect(compileVerdict(document)).toBeUndefined();
  });

  it("refuses what the compiler refuses, and only that", () => {
    const disagreements: string[] = [];
    let broken = 0;
    for (const [name, scenario] of Object.entries(SCENARIOS)) {
      for (const { what, document } of brokenCopies(scenario)) {
        const bySchema = schemaVerdict(document);
        const byCompiler = compileVerdict(document);
        if (bySchema !== undefined) broken++;
        const agree =
          (bySchema === undefined) === (byCompiler === undefined) ||
          (bySchema === undefined && BEYOND_A_SCHEMA.some((pattern) => pattern.test(byCompiler!)));
        if (!agree)
          disagreements.push(`${name}: ${what}: schema ${bySchema ?? "accepts"}; compiler ${byCompiler ?? "accepts"}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(broken).toBeGreaterThan(500);
  }, 60_000);

  it("names the place and what is wrong", () => {
    const document = { contacts: [{ timeline: [{ at: 0, message: { participant: "a", text: 3 } }] }] };
    expect(schemaVerdict(document)).toBe("contacts[0].timeline[0].message.text: expected a string, got a number (3)");
    expect(schemaVerdict({ contacts: [{ timeline: [{ at: 0 }] }] })).toMatch(
      /^contacts\[0\]\.timeline\[0\]: needs exactly one of message, event, attachments, categories, issues, extracted, segment; found none$/,
    );
  });
});
