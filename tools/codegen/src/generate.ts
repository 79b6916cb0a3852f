// Turns a model and a service into the files of one output directory, and writes or checks them.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ShapeIndex } from "@rtca/smithy";
import { emitArbitraries } from "./emit/arbitraries.js";
import { emitClient } from "./emit/client.js";
import { emitCodecs } from "./emit/codecs.js";
import { emitIndex } from "./emit/index-module.js";
import { emitProtocol } from "./emit/protocol.js";
import { emitServer } from "./emit/server.js";
import { emitTypes } from "./emit/types.js";
import { emitValidators } from "./emit/validators.js";
import { operationsOf } from "./http-bindings.js";
import { ModelView } from "./model-view.js";
import { checkProtocol } from "./service-checks.js";
import { generatedHeader } from "./writer.js";

/** The modules a target can ask for; `index` re-exports the others but arbitraries. */
export const MODULES = [
  "runtime",
  "shapes",
  "codecs",
  "validators",
  "protocol",
  "arbitraries",
  "index",
  "client",
  "server",
] as const;
export type ModuleName = (typeof MODULES)[number];

/** What a types package gets when a target does not say: everything but the client and the server. */
export const TYPE_MODULES: readonly ModuleName[] = [
  "runtime",
  "shapes",
  "codecs",
  "validators",
  "protocol",
  "arbitraries",
  "index",
];

/** Module specifiers the generated files import from. */
export interface TargetImports {
  /** The codec runtime, for the types modules; `./runtime.js` by default. */
  runtime?: string;
  /** The service's generated types, for the client and server modules. */
  types?: string;
  /** The hand-written client runtime, for the client module. */
  clientRuntime?: string;
  /** The hand-written server runtime, for the server module. */
  serverRuntime?: string;
}

export interface Target {
  /** The absolute shape id of the service whose closure is generated. */
  service: string;
  /** The directory the files go to. */
  out: string;
  /** Which modules to emit; the types modules by default. */
  modules?: readonly ModuleName[];
  imports?: TargetImports;
  /** Leave out every operation with an event stream, in its input or its output (otherwise they are generated). */
  skipEventStreams?: boolean;
}

const RUNTIME_TEMPLATE = new URL("../templates/runtime.ts", import.meta.url);

/** The generated files of a target, by file name, with their contents. */
export async function renderTarget(index: ShapeIndex, target: Target): Promise<Map<string, string>> {
  const view = new ModelView(index, target.service, { skipEventStreams: target.skipEventStreams ?? false });
  checkProtocol(view);
  operationsOf(view);
  const header = generatedHeader(target.service);
  const modules = target.modules ?? TYPE_MODULES;
  const runtime = target.imports?.runtime ?? "./runtime.js";
  const needs = (what: keyof TargetImports, module: ModuleName): string => {
    const specifier = target.imports?.[what];
    if (!specifier) throw new Error(`${target.out}: the ${module} module needs imports.${what} in the target`);
    return specifier;
  };
  const files = new Map<string, string>();
  for (const module of modules) {
    switch (module) {
      case "runtime":
        files.set("runtime.ts", header + (await readFile(RUNTIME_TEMPLATE, "utf8")));
        break;
      case "shapes":
        files.set("shapes.ts", emitTypes(view, header, runtime));
        break;
      case "codecs":
        files.set("codecs.ts", emitCodecs(view, header, runtime));
        break;
      case "validators":
        files.set("validators.ts", emitValidators(view, header, runtime));
        break;
      case "protocol":
        files.set("protocol.ts", emitProtocol(view, header, runtime));
        break;
      case "arbitraries":
        files.set("arbitraries.ts", emitArbitraries(view, header, runtime));
        break;
      case "index":
        files.set("index.ts", emitIndex(header, modules));
        break;
      case "client":
        files.set(
          "client.ts",
          emitClient(view, header, { types: needs("types", module), runtime: needs("clientRuntime", module) }),
        );
        break;
      case "server":
        files.set(
          "server.ts",
          emitServer(view, header, { types: needs("types", module), runtime: needs("serverRuntime", module) }),
        );
        break;
    }
  }
  return files;
}

/** Writes the files into the directory, removing generated files that are no longer produced. */
export async function writeTarget(dir: string, files: Map<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const stale of await listFiles(dir)) if (!files.has(stale)) await rm(join(dir, stale));
  for (const [name, content] of files) await writeFile(join(dir, name), content);
}

/** The differences between what the directory holds and what it should hold: empty when they agree. */
export async function checkTarget(dir: string, files: Map<string, string>): Promise<string[]> {
  const problems: string[] = [];
  const present = new Set(await listFiles(dir));
  for (const [name, content] of files) {
    if (!present.has(name)) problems.push(`${join(dir, name)} is missing`);
    else if ((await readFile(join(dir, name), "utf8")) !== content) problems.push(`${join(dir, name)} differs`);
  }
  for (const name of present) if (!files.has(name)) problems.push(`${join(dir, name)} is not generated any more`);
  return problems;
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}
