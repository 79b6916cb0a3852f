import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeConformance } from "@rtca/conformance/vitest";
import { parseIdl } from "@rtca/smithy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/cli.js";
import { diffModels } from "../src/model-diff/diff-models.js";
import { ImportError, importOperations } from "../src/model-import/import-operations.js";

const MODEL_FILE = fileURLToPath(new URL("../../../model/connect.smithy", import.meta.url));

// The source: a service's model in their words.
const SOURCE = `$version: "2.0"
namespace example.shop

/// THEIR WORDS about getting an item.
@http(method: "GET", uri: "/items/{id}")
@readonly
operation GetItem {
    input := {
        /// THEIR WORDS about the id.
        @required
        @httpLabel
        id: String
    }
    output := {
        /// THEIR WORDS about the detail.
        detail: Detail
    }
}

/// THEIR WORDS about details.
union Detail {
    /// THEIR WORDS about pages.
    pages: Integer
    /// THEIR WORDS about the summary.
    summary: SummaryText
}

/// THEIR WORDS about summary text.
@length(min: 1)
string SummaryText

/// Not in the closure of GetItem.
string Unrelated
`;

// Ours: the same operation, documented by us, one union member behind and one of our own beside.
const OURS = `$version: "2.0"
namespace example.shop

/// Our shop.
service Shop {
    version: "1"
    operations: [GetItem]
}

/// Our words on GetItem.
@http(method: "GET", uri: "/items/{id}")
@readonly
operation GetItem {
    input: GetItemInput
    output: GetItemOutput
}

@input
structure GetItemInput {
    /// Our words on the id.
    @required
    @httpLabel
    id: String
}

@output
structure GetItemOutput {
    detail: Detail
}

/// Our words on details.
union Detail {
    /// Our words on pages.
    pages: Integer
    /// A member the source does not have (yet).
    ours: String
}
`;

const DOC = "smithy.api#documentation";

describe("importOperations", () => {
  const source = parseIdl(SOURCE);

  it("takes the closure of the operations, without the source's words", () => {
    const { ast, imported } = importOperations({ source, operations: ["example.shop#GetItem"] });
    expect(imported).toEqual([
      "example.shop#Detail",
      "example.shop#GetItem",
      "example.shop#GetItemInput",
      "example.shop#GetItemOutput",
      "example.shop#SummaryText",
    ]);
    expect(JSON.stringify(ast)).not.toContain("THEIR WORDS");
    expect(ast.shapes["example.shop#Unrelated"]).toBeUndefined();
    expect(ast.shapes["example.shop#SummaryText"]?.traits).toEqual({
      [DOC]: "Summary text.",
      "smithy.api#length": { min: 1 },
    });
  });

  it("keeps our documentation and our other shapes, writes neutral lines for what is new, keeps our extra members", () => {
    const { ast, kept } = importOperations({ source, operations: ["example.shop#GetItem"], existing: parseIdl(OURS) });
    const detail = ast.shapes["example.shop#Detail"] as {
      traits: object;
      members: Record<string, { traits?: object }>;
    };
    expect(detail.traits).toEqual({ [DOC]: "Our words on details." });
    expect(detail.members.pages?.traits).toEqual({ [DOC]: "Our words on pages." });
    expect(detail.members.summary?.traits).toEqual({ [DOC]: "The summary." });
    expect(detail.members.ours?.traits).toEqual({ [DOC]: "A member the source does not have (yet)." });
    expect(kept).toEqual(["example.shop#Detail$ours"]);
    expect(ast.shapes["example.shop#Shop"]).toEqual(parseIdl(OURS).shapes["example.shop#Shop"]);
    expect(Object.keys(ast.shapes)[0]).toBe("example.shop#Shop");
    expect(JSON.stringify(ast)).not.toContain("THEIR WORDS");
  });

  it("names an operation the source lacks, or a shape that is no operation", () => {
    expect(() => importOperations({ source, operations: ["example.shop#Nope"] })).toThrow(ImportError);
    expect(() => importOperations({ source, operations: ["example.shop#Nope"] })).toThrow(
      "example.shop#Nope is not a shape of the source model",
    );
    expect(() => importOperations({ source, operations: ["example.shop#Detail"] })).toThrow(
      "example.shop#Detail is a union, not an operation",
    );
  });
});

describe("rtca-codegen import", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "rtca-import-"));
    await writeFile(join(dir, "source.smithy"), SOURCE);
    await writeFile(join(dir, "ours.smithy"), OURS);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function run(...argv: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await runCli(["import", ...argv], {
      cwd: dir,
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    return { code, stdout, stderr };
  }

  it("writes IDL into --out that reads back as the import, and says what it did", async () => {
    const { code, stderr } = await run(
      "--model",
      "source.smithy",
      "--operation",
      "example.shop#GetItem",
      "--out",
      "ours.smithy",
    );
    expect(code).toBe(0);
    expect(stderr).toContain("imported 5 shapes (1 new: example.shop#SummaryText)");
    expect(stderr).toContain("kept example.shop#Detail$ours: the source does not have it");
    const text = await readFile(join(dir, "ours.smithy"), "utf8");
    expect(text).toContain("/// Our words on details.\nunion Detail {");
    expect(text).toContain("    /// The summary.\n    summary: SummaryText\n");
    const again = await run("--model", "source.smithy", "--operation", "example.shop#GetItem", "--out", "ours.smithy");
    expect(again.code).toBe(0);
    expect(await readFile(join(dir, "ours.smithy"), "utf8")).toBe(text);
  });

  it("prints to stdout without --out, and refuses a call without operations", async () => {
    const { code, stdout } = await run("--model", "source.smithy", "--operation", "example.shop#GetItem");
    expect(code).toBe(0);
    expect(parseIdl(stdout).shapes["example.shop#GetItem"]?.type).toBe("operation");
    const missing = await run("--model", "source.smithy");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("import needs --operation");
  });
});

describeConformance("model/connect.smithy against AWS's published model", (root) => {
  it("is what importing ListRealtimeContactAnalysisSegmentsV2 into it gives: nothing left to catch up", async () => {
    const dir = await mkdtemp(join(tmpdir(), "rtca-reimport-"));
    try {
      const out = join(dir, "connect.smithy");
      await copyFile(MODEL_FILE, out);
      const source = join(root, "aws-models", "connect-2017-08-08.json");
      const operation = "com.amazonaws.connect#ListRealtimeContactAnalysisSegmentsV2";
      const quiet = { cwd: dir, stdout: () => {}, stderr: () => {} };
      expect(await runCli(["import", "--model", source, "--operation", operation, "--out", out], quiet)).toBe(0);
      const before = await readFile(MODEL_FILE, "utf8");
      const after = await readFile(out, "utf8");
      expect(diffModels(parseIdl(before), parseIdl(after))).toEqual([]);
      expect(after).toBe(before);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
