// Generates, for each service of a protocol test suite, the code our generator makes for it (types, client and
// server) and the vitest suite of its cases, into one directory per service.
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { loadModel, ShapeIndex, SmithyParseError } from "@rtca/smithy";
import { renderTarget, TYPE_MODULES } from "../generate.js";
import { operationsOf } from "../http-bindings.js";
import { ModelView } from "../model-view.js";
import { generatedHeader } from "../writer.js";
import { casesOf, type ProtocolCase } from "./cases.js";
import { emitFailedSuite, emitSuite, type Skip } from "./emit-suite.js";

export interface ProtocolTestOptions {
  /** Model files or directories of the suite. */
  model: readonly string[];
  /** The services whose cases run. */
  services: readonly string[];
  /** The directory that receives one folder per service. */
  out: string;
  skips: readonly Skip[];
  /** Absolute paths (without extension changes) of the modules the generated code imports. */
  modules: { harness: string; clientRuntime: string; serverRuntime: string };
}

export interface GeneratedSuite {
  service: string;
  /** The files of the service's folder, by path relative to `out`. */
  files: Map<string, string>;
  cases: ProtocolCase[];
  /** Why the service's code could not be generated, when it could not: its cases then fail. */
  problem?: string;
}

export interface GeneratedSuites {
  suites: GeneratedSuite[];
  /** Model files that could not be read, and why: their cases are not counted. */
  unreadable: { file: string; reason: string }[];
}

/** Loads the suite (leaving out files that do not parse) and renders every service's code and suite. */
export async function generateProtocolTests(options: ProtocolTestOptions): Promise<GeneratedSuites> {
  const { index, unreadable } = await loadSuite(options.model);
  const suites: GeneratedSuite[] = [];
  for (const service of options.services) suites.push(await renderService(index, service, options));
  return { suites, unreadable };
}

async function loadSuite(paths: readonly string[]) {
  let files = paths.flatMap(smithyFiles);
  const unreadable: { file: string; reason: string }[] = [];
  for (;;) {
    try {
      const model = await loadModel(files);
      return { index: new ShapeIndex(model.ast), unreadable };
    } catch (error) {
      if (!(error instanceof SmithyParseError) || !files.includes(error.file)) throw error;
      unreadable.push({ file: error.file, reason: error.message });
      files = files.filter((f) => f !== error.file);
    }
  }
}

function smithyFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const child = join(path, name);
      return statSync(child).isDirectory()
        ? smithyFiles(child)
        : name.endsWith(".smithy") || name.endsWith(".json")
          ? [child]
          : [];
    });
}

async function renderService(
  index: ShapeIndex,
  service: string,
  options: ProtocolTestOptions,
): Promise<GeneratedSuite> {
  const name = service.split("#")[1]!;
  const header = generatedHeader(`${service} (protocol tests)`);
  const operationIds = [...index.closure([service])].filter((id) => index.get(id)?.type === "operation").sort();
  const cases = casesOf(index, service, operationIds);
  const files = new Map<string, string>();
  const dir = join(options.out, name);
  const importPath = (from: string, module: string) => {
    const path = relative(from, module).split(sep).join("/");
    const specifier = path.replace(/\.ts$/, ".js");
    return specifier.startsWith(".") ? specifier : `./${specifier}`;
  };
  try {
    // Event streams are not generated (their cases are eventStreamTests, which this run does not cover).
    const view = new ModelView(index, service, { skipEventStreams: true });
    const operations = operationsOf(view).map((o) => o.id);
    const add = (folder: string, rendered: Map<string, string>) => {
      for (const [file, content] of rendered) files.set(join(name, folder, file), content);
    };
    add(
      "types",
      await renderTarget(index, {
        service,
        out: "",
        skipEventStreams: true,
        modules: TYPE_MODULES.filter((m) => m !== "arbitraries"),
      }),
    );
    add(
      "client",
      await renderTarget(index, {
        service,
        out: "",
        skipEventStreams: true,
        modules: ["client"],
        imports: {
          types: "../types/index.js",
          clientRuntime: importPath(join(dir, "client"), options.modules.clientRuntime),
        },
      }),
    );
    add(
      "server",
      await renderTarget(index, {
        service,
        out: "",
        skipEventStreams: true,
        modules: ["server"],
        imports: {
          types: "../types/index.js",
          serverRuntime: importPath(join(dir, "server"), options.modules.serverRuntime),
        },
      }),
    );
    const suite = emitSuite(view, header, operations, cases, options.skips, {
      harness: importPath(dir, options.modules.harness),
      serverRuntime: importPath(dir, options.modules.serverRuntime),
    });
    files.set(join(name, `${name}.test.ts`), suite);
    return { service, files, cases };
  } catch (error) {
    const problem = `the code for ${service} could not be generated: ${error instanceof Error ? error.message : String(error)}`;
    files.clear();
    files.set(
      join(name, `${name}.test.ts`),
      emitFailedSuite(header, name, cases, options.skips, problem, importPath(dir, options.modules.harness)),
    );
    return { service, files, cases, problem };
  }
}
