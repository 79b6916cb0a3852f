// Smithy's restJson1 event-stream suite (event-stream.smithy of the conformance folder) generated for some of its
// operations, as a service of its own, into a scratch directory: their `@eventStreamTests` cases, the shape index
// (for turning the cases' params into typed values) and the generated modules.
import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadModel, type NodeValue, ShapeIndex } from "@rtca/smithy";
import { type ModuleName, renderTarget, writeTarget } from "../../src/generate.js";
import { valueExpression } from "../../src/protocol-tests/values.js";

export const SUITE_NAMESPACE = "aws.protocoltests.restjson";
const root = fileURLToPath(new URL("../../../../", import.meta.url));
const codegenModules = fileURLToPath(new URL("../../node_modules", import.meta.url));

export interface SuiteEvent {
  type: "request" | "response";
  params?: Record<string, NodeValue>;
  headers?: Record<string, Record<string, NodeValue>>;
  bytes?: string;
}

export interface SuiteCase {
  id: string;
  /** The operation the case belongs to, by its name. */
  operation: string;
  events?: SuiteEvent[];
  initialRequestParams?: Record<string, NodeValue>;
  initialRequest?: { method: string; uri: string; headers?: Record<string, string> };
  initialResponseParams?: Record<string, NodeValue>;
  initialResponse?: { code: number; headers?: Record<string, string>; body?: string };
  expectation?: { failure?: { errorId?: string } };
  appliesTo?: "client" | "server";
}

export interface GeneratedSuite {
  index: ShapeIndex;
  cases: SuiteCase[];
  /** A generated module of the suite's service (`protocol.ts`, `client.ts`...). */
  load(file: string): Promise<Record<string, unknown>>;
  /** The suite's params as the typed value of the shape the generated code takes. */
  value(shape: string, params: Record<string, NodeValue>): unknown;
  remove(): Promise<void>;
}

export async function generateSuite(
  conformance: string,
  service: string,
  operations: readonly string[],
  modules: ModuleName[],
): Promise<GeneratedSuite> {
  const suite = join(conformance, "smithy/protocol-tests");
  const model = await loadModel([join(suite, "restJson1/event-stream.smithy"), join(suite, "shared-types.smithy")]);
  const ast = structuredClone(model.ast) as { shapes: Record<string, unknown> };
  const ids = operations.map((name) => `${SUITE_NAMESPACE}#${name}`);
  ast.shapes[`${SUITE_NAMESPACE}#${service}`] = {
    type: "service",
    version: "1",
    operations: ids.map((target) => ({ target })),
    traits: { "aws.protocols#restJson1": {}, "aws.auth#sigv4": { name: "suite" } },
  };
  const index = new ShapeIndex(ast as never);
  const cases = ids.flatMap((id, i) =>
    ((index.expect(id).traits?.["smithy.test#eventStreamTests"] ?? []) as unknown as SuiteCase[]).map((c) => ({
      ...c,
      operation: operations[i]!,
    })),
  );
  const scratch = await mkdtemp(join(tmpdir(), "rtca-event-stream-suite-"));
  await symlink(codegenModules, join(scratch, "node_modules"), "dir");
  await writeFile(join(scratch, "package.json"), '{ "type": "module" }\n');
  const files = await renderTarget(index, {
    service: `${SUITE_NAMESPACE}#${service}`,
    out: scratch,
    modules,
    imports: {
      types: "./index.js",
      clientRuntime: join(root, "packages/client/src/runtime/index.js"),
      serverRuntime: join(root, "packages/fake-server/src/runtime/index.js"),
    },
  });
  await writeTarget(join(scratch, "out"), files);
  return {
    index,
    cases,
    load: async (file) => (await import(pathToFileURL(join(scratch, "out", file)).href)) as Record<string, unknown>,
    value: (shape, params) => {
      const expression = valueExpression(index, shape, params);
      return new Function("bytes", `return ${expression};`)((text: string) => new TextEncoder().encode(text));
    },
    remove: () => rm(scratch, { recursive: true, force: true }),
  };
}
