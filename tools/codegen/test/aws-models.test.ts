// AWS's published models, from the conformance folder: each generates every module from the documented CLI, the
// whole output typechecks under the repository's strict settings, and every generated module loads.
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describeConformance } from "@rtca/conformance/vitest";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/cli.js";
import { awsModels, generateArgs } from "./support/aws-models.js";
import { viaAwsSdk, viaGenerated } from "./support/connect-wire.js";
import { CONNECT_ERROR_CASES, CONNECT_WIRE_CASES } from "./support/connect-wire-cases.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const codegenModules = fileURLToPath(new URL("../node_modules", import.meta.url));

/** The repository's compiler options, made cheap where that changes no verdict: no emit, no declarations. */
function strictOptions(): ts.CompilerOptions {
  const file = join(root, "tsconfig.base.json");
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, file);
  return { ...options, noEmit: true, declaration: false, sourceMap: false, incremental: false, skipLibCheck: true };
}

function formatDiagnostic(d: ts.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
  if (!d.file || d.start === undefined) return text;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return `${d.file.fileName}:${line + 1}:${character + 1}: TS${d.code} ${text}`;
}

describeConformance("AWS's published models", (conformance) => {
  const models = awsModels(conformance);
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), "rtca-aws-models-"));
    // The generated files import fast-check and are ES modules, as in a package of this workspace.
    await symlink(codegenModules, join(scratch, "node_modules"), "dir");
    await writeFile(join(scratch, "package.json"), '{ "type": "module" }\n');
  });
  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  const outOf = (name: string) => join(scratch, name);

  for (const model of models) {
    it(`generates every module of ${model.name} from the CLI`, async () => {
      let stderr = "";
      const io = { cwd: root, stdout: () => {}, stderr: (t: string) => (stderr += t) };
      await mkdir(outOf(model.name), { recursive: true });
      expect(await runCli(generateArgs(model, outOf(model.name)), io), stderr).toBe(0);
    }, 300_000);
  }

  it("typechecks the generated code of every model with no error, in one program", async () => {
    const files: string[] = [];
    for (const model of models) {
      const dir = outOf(model.name);
      for (const f of await readdir(dir)) if (f.endsWith(".ts")) files.push(join(dir, f));
    }
    expect(files.length).toBeGreaterThanOrEqual(models.length * 9);
    const program = ts.createProgram(files, strictOptions());
    expect(ts.getPreEmitDiagnostics(program).map(formatDiagnostic)).toEqual([]);
  }, 600_000);

  for (const model of models) {
    it(`loads every generated module of ${model.name}`, async () => {
      const dir = outOf(model.name);
      for (const f of (await readdir(dir)).filter((f) => f.endsWith(".ts")).sort()) {
        const module = (await import(pathToFileURL(join(dir, f)).href)) as Record<string, unknown>;
        expect(Object.keys(module).length, f).toBeGreaterThan(0);
      }
    }, 120_000);
  }

  const connect = models.find((m) => m.service === "com.amazonaws.connect#AmazonConnectService");
  describe.runIf(connect !== undefined)("the generated Connect bindings and AWS's SDK on the same wire", () => {
    const generated = () => viaGenerated(join(outOf(connect!.name), "protocol.ts"));

    for (const c of CONNECT_WIRE_CASES) {
      it(`${c.operation}: the same request, and the same output from the same response`, async () => {
        const sdk = await viaAwsSdk(c);
        const ours = await generated();
        expect(sdk.error).toBeUndefined();
        expect(ours.request(c)).toEqual(sdk.request);
        expect(ours.output(c)).toEqual(sdk.output);
      }, 60_000);
    }

    for (const c of CONNECT_ERROR_CASES) {
      it(`${c.operation}: the same error from a ${c.response.status} answer`, async () => {
        const sdk = await viaAwsSdk(c);
        const ours = (await generated()).error(c);
        expect(sdk.error?.name).toBe(ours.name);
        // AWS's SDK keeps an error's Message member as the Error's message.
        for (const [member, value] of Object.entries(ours.members)) {
          expect(sdk.error?.[member === "Message" ? "message" : member], member).toEqual(value);
        }
        expect(Object.keys(ours.members).length).toBeGreaterThan(0);
      }, 60_000);
    }
  });
});
