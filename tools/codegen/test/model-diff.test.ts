import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseIdl } from "@rtca/smithy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/cli.js";
import { type DiffEvent, requiredBump } from "../src/model-diff/diff-event.js";
import { diffModels } from "../src/model-diff/diff-models.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

const BASE = `$version: "2.0"
namespace example.shop

use aws.protocols#restJson1

@restJson1
service Shop {
    version: "1"
    operations: [GetItem]
}

@http(method: "GET", uri: "/items/{id}")
operation GetItem {
    input: GetItemInput
    output: GetItemOutput
    errors: [NotFound]
}

@input
structure GetItemInput {
    @required
    @httpLabel
    id: ItemId
}

@output
structure GetItemOutput {
    name: Name
    kind: Kind
    detail: Detail
    @default(1)
    count: Integer
}

@error("client")
@httpError(404)
structure NotFound {}

@length(min: 1, max: 10)
string ItemId

string Name

enum Kind {
    BOOK
    PEN
}

union Detail {
    pages: Integer
}
`;

/** The events of changing BASE by replacing `from` with `to` (each must occur). */
function change(...edits: [from: string, to: string][]): DiffEvent[] {
  let after = BASE;
  for (const [from, to] of edits) {
    expect(after, `"${from}" is in the model`).toContain(from);
    after = after.replace(from, to);
  }
  return diffModels(parseIdl(BASE), parseIdl(after));
}

const graded = (events: DiffEvent[]) => events.map((e) => `${e.severity} ${e.id} ${e.shapeId}`);

describe("diffModels grades changes as Smithy's diff tool does", () => {
  it("finds nothing between a model and itself", () => {
    expect(change()).toEqual([]);
  });

  it.each([
    ["a removed shape", ["string Name\n", ""], "ERROR RemovedShape example.shop#Name"],
    ["a removed member", ["    name: Name\n", ""], "ERROR RemovedMember example.shop#GetItemOutput$name"],
    ["a retyped shape", ["string Name", "integer Name"], "ERROR ChangedShapeType example.shop#Name"],
    ["a changed target", ["name: Name", "name: Integer"], "ERROR ChangedMemberTarget example.shop#GetItemOutput$name"],
    ["a removed enum value", ["    PEN\n", ""], "ERROR RemovedEnumValue example.shop#Kind$PEN"],
    ["a tighter length", ["max: 10", "max: 5"], "ERROR ChangedLengthTrait example.shop#ItemId"],
    [
      "a changed HTTP binding",
      ['uri: "/items/{id}"', 'uri: "/item/{id}"'],
      "ERROR TraitBreakingChange example.shop#GetItem",
    ],
    ["a removed error", ["errors: [NotFound]", "errors: []"], "ERROR RemovedOperationError example.shop#GetItem"],
    [
      "an added union member",
      ["pages: Integer\n", "pages: Integer\n    ink: String\n"],
      "DANGER AddedUnionMember example.shop#Detail$ink",
    ],
    ["a changed default", ["@default(1)", "@default(2)"], "DANGER ChangedDefault example.shop#GetItemOutput$count"],
    ["an added enum value", ["    PEN\n", "    PEN\n    INK\n"], "NOTE AddedEnumValue example.shop#Kind$INK"],
    [
      "an added optional member",
      ["    name: Name\n", "    name: Name\n    note: String\n"],
      "NOTE AddedMember example.shop#GetItemOutput$note",
    ],
    ["an added shape", ["string Name\n", "string Name\nstring Note\n"], "NOTE AddedShape example.shop#Note"],
    ["a looser length", ["max: 10", "max: 20"], "NOTE ChangedLengthTrait example.shop#ItemId"],
    [
      "new documentation",
      ["string Name", "/// What the item is called.\nstring Name"],
      "NOTE ModifiedTrait example.shop#Name",
    ],
  ] as [string, [string, string], string][])("%s", (_, edit, expected) => {
    expect(graded(change(edit))).toEqual([expected]);
  });

  it("grades a required member added without a default as ERROR, with one as a NOTE", () => {
    const member = "    name: Name\n";
    expect(graded(change([member, `${member}    @required\n    size: Integer\n`]))).toEqual([
      "ERROR AddedRequiredMember example.shop#GetItemOutput$size",
    ]);
    expect(graded(change([member, `${member}    @required\n    size: Integer = 0\n`]))).toEqual([
      "NOTE AddedMember example.shop#GetItemOutput$size",
    ]);
  });

  it("sees no change when members move into a mixin", () => {
    const mixed = BASE.replace(
      "structure GetItemOutput {\n    name: Name\n",
      "@mixin\nstructure Named {\n    name: Name\n}\n\nstructure GetItemOutput with [Named] {\n",
    );
    expect(graded(diffModels(parseIdl(BASE), parseIdl(mixed)))).toEqual(["NOTE AddedShape example.shop#Named"]);
  });
});

describe("requiredBump", () => {
  const event = (severity: DiffEvent["severity"], addition = false): DiffEvent => ({
    id: "X",
    severity,
    shapeId: "a#B",
    message: "",
    addition,
  });
  it("asks major for ERROR, minor for DANGER before 1.0 and major after, minor for additions, patch otherwise", () => {
    expect(requiredBump([], "0.1.0")).toBe("none");
    expect(requiredBump([event("NOTE")], "0.1.0")).toBe("patch");
    expect(requiredBump([event("NOTE", true)], "0.1.0")).toBe("minor");
    expect(requiredBump([event("DANGER", true)], "0.1.0")).toBe("minor");
    expect(requiredBump([event("DANGER", true)], "1.2.0")).toBe("major");
    expect(requiredBump([event("NOTE"), event("ERROR")], "0.1.0")).toBe("major");
  });
});

describe("rtca-codegen diff", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "rtca-diff-"));
    await writeFile(join(dir, "old.smithy"), BASE);
    await writeFile(join(dir, "breaking.smithy"), BASE.replace("    PEN\n", ""));
    await writeFile(join(dir, "additive.smithy"), BASE.replace("    PEN\n", "    PEN\n    INK\n"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function run(...argv: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await runCli(["diff", ...argv], {
      cwd: dir,
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    return { code, stdout, stderr };
  }

  it("prints a readable report and exits 1 on a breaking change", async () => {
    const { code, stdout, stderr } = await run("old.smithy", "breaking.smithy");
    expect(code).toBe(1);
    expect(stdout).toMatch(/^ERROR +RemovedEnumValue +example\.shop#Kind\$PEN: enum value removed$/m);
    expect(stdout).toContain("1 ERROR, 0 DANGER, 0 WARNING, 0 NOTE");
    expect(stderr).toContain("--allow-breaking");
  });

  it("accepts breaking changes with --allow-breaking, and prints JSON with --json", async () => {
    const { code, stdout } = await run("old.smithy", "breaking.smithy", "--allow-breaking", "--json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.counts).toEqual({ ERROR: 1, DANGER: 0, WARNING: 0, NOTE: 0 });
    expect(report.events[0]).toMatchObject({ id: "RemovedEnumValue", shapeId: "example.shop#Kind$PEN" });
  });

  it("exits 0 on additions", async () => {
    const { code, stdout } = await run("old.smithy", "additive.smithy");
    expect(code).toBe(0);
    expect(stdout).toContain("NOTE    AddedEnumValue example.shop#Kind$INK: enum value added");
  });

  it("reads git revisions of model/", async () => {
    let out = "";
    const code = await runCli(["diff", "HEAD", "model"], { cwd: root, stdout: (t) => (out += t), stderr: () => {} });
    expect(code).toBe(0);
    expect(out).not.toContain("ERROR");
  });

  it("names an argument that is neither a path nor a revision", async () => {
    const { code, stderr } = await run("old.smithy", "no-such-thing");
    expect(code).toBe(1);
    expect(stderr).toContain('"no-such-thing" is neither a model file or directory nor a git revision');
  });
});
