import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { loadModel } from "@rtca/smithy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/cli.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const committedKitchenSink = join(root, "tools/codegen/test/generated/kitchen-sink");
const kitchenSinkModel = ["tools/codegen/test/fixtures/kitchen-sink.smithy"];

async function run(argv: string[], cwd = root) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "rtca-codegen-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("rtca-codegen ast", () => {
  it("prints the merged JSON AST of the model directory", async () => {
    const { code, stdout } = await run(["ast", "model/"]);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed).toEqual((await loadModel([join(root, "model")])).ast);
    expect(
      printed.shapes["com.amazonaws.connect#ListRealtimeContactAnalysisSegmentsV2"].traits["smithy.api#http"],
    ).toEqual({
      method: "POST",
      uri: "/contact/list-real-time-analysis-segments-v2/{InstanceId}/{ContactId}",
      code: 200,
    });
  });

  it("exits 1 and names the place of each problem when the model is not valid", async () => {
    const file = join(scratch, "broken.smithy");
    await writeFile(file, '$version: "2.0"\nnamespace example\n\nstructure Thing {\n    name: Missing\n}\n');
    const { code, stdout, stderr } = await run(["ast", file]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/broken\.smithy:5:\d+: \[ERROR\]/);
    expect(stderr).toContain("example#Missing");
    expect(stderr).toContain("rtca-codegen: the model is not valid");
  });

  it("reports a syntax error with its line and column", async () => {
    const file = join(scratch, "syntax.smithy");
    await writeFile(file, '$version: "2.0"\nnamespace example\nstructure {\n}\n');
    const { code, stderr } = await run(["ast", file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/syntax\.smithy:3:\d+/);
  });

  it("asks for a path", async () => {
    expect((await run(["ast"])).stderr).toContain("ast needs at least one model file or directory");
  });
});

describe("rtca-codegen generate", () => {
  it("generates any model into a directory, identical to the committed kitchen-sink output", async () => {
    const out = join(scratch, "kitchen-sink");
    const { code, stderr } = await run([
      "generate",
      ...kitchenSinkModel.flatMap((m) => ["--model", m]),
      "--service",
      "example.kitchen#KitchenSink",
      "--out",
      out,
    ]);
    expect(code, stderr).toBe(0);
    for (const file of [
      "runtime.ts",
      "shapes.ts",
      "codecs.ts",
      "validators.ts",
      "protocol.ts",
      "arbitraries.ts",
      "index.ts",
    ]) {
      expect(await readFile(join(out, file), "utf8")).toBe(await readFile(join(committedKitchenSink, file), "utf8"));
    }
  });

  it("--check passes on matching output and names each file that drifted", async () => {
    const out = join(scratch, "drift");
    await cp(committedKitchenSink, out, { recursive: true });
    const args = [
      "generate",
      ...kitchenSinkModel.flatMap((m) => ["--model", m]),
      "--service",
      "example.kitchen#KitchenSink",
    ];
    expect((await run([...args, "--out", out, "--check"])).code).toBe(0);

    await writeFile(join(out, "codecs.ts"), "// edited by hand\n");
    await writeFile(join(out, "stale.ts"), "export {};\n");
    await rm(join(out, "shapes.ts"));
    const { code, stderr } = await run([...args, "--out", out, "--check"]);
    expect(code).toBe(1);
    expect(stderr).toContain("codecs.ts differs");
    expect(stderr).toContain("shapes.ts is missing");
    expect(stderr).toContain("stale.ts is not generated any more");
    expect(stderr).toContain("run `pnpm codegen`");

    expect((await run([...args, "--out", out])).code).toBe(0);
    expect((await run([...args, "--out", out, "--check"])).code).toBe(0);
  });

  it("--check of the checked-in config passes on the committed tree", async () => {
    const { code, stderr } = await run(["generate", "--check"]);
    expect(code, stderr).toBe(0);
  });

  it("rejects a service that is not in the model, and half-given ad hoc options", async () => {
    const missing = await run(["generate", "--model", "model", "--service", "example#Nope", "--out", scratch]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("example#Nope");
    const partial = await run(["generate", "--model", "model"]);
    expect(partial.stderr).toContain("--model, --service and --out go together");
  });
});

describe("rtca-codegen", () => {
  it("prints usage for --help and fails on an unknown command", async () => {
    expect((await run(["--help"])).stdout).toContain("rtca-codegen ast <file-or-dir>");
    const unknown = await run(["frobnicate"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });

  it("runs as a command through its bin", async () => {
    const bin = join(root, "tools/codegen/bin/rtca-codegen.js");
    const { stdout } = await promisify(execFile)(process.execPath, [bin, "--help"], { cwd: root });
    expect(stdout).toContain("Usage:");
  }, 30_000);
});
