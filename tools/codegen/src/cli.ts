// rtca-codegen: prints a model's JSON AST, or generates (and checks) code from it. `runCli` does the work and
// returns an exit code, so that tests can run it in-process; main.ts connects it to the process.
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatEvent, isBlocking, loadModel, ShapeIndex, validateModel } from "@rtca/smithy";
import { DIFF_USAGE, diffCommand } from "./commands/diff-command.js";
import { IMPORT_USAGE, importCommand } from "./commands/import-command.js";
import { type ConfiguredTarget, findConfig, readConfig } from "./config.js";
import { checkTarget, MODULES, type ModuleName, renderTarget, type TargetImports, writeTarget } from "./generate.js";

export const USAGE = `Usage:
  rtca-codegen ast <file-or-dir>... [--allow-unknown-traits]
                                             print the merged, validated JSON AST of a Smithy model
  rtca-codegen generate [--check] [--config <file>] [--allow-unknown-traits]
                                             generate what the checked-in config asks for
  rtca-codegen generate --model <path> --service <shape-id> --out <dir> [--check]
                       [--modules <m,...>] [--import <name>=<specifier>]... [--skip-event-streams]
                       [--allow-unknown-traits]
                                             generate the code of any model into a directory
${DIFF_USAGE}
${IMPORT_USAGE}

  --check                 compare instead of write; exit 1 when the files differ from what the model gives
  --modules               which modules to write (${MODULES.join(", ")});
                          by default the types modules (all but client and server)
  --import                where generated files import from: runtime, types (for client and server), clientRuntime,
                          serverRuntime
  --skip-event-streams    leave out every operation with an event stream, in its input or its output (otherwise
                          they are generated)
  --allow-unknown-traits  report traits that no definition declares as warnings instead of errors

Findings are printed with Smithy's severities; NOTE and WARNING findings do not stop the command, ERROR and
(unless suppressed in the model) DANGER ones do.`;

/** Where the CLI writes and what it takes paths relative to. */
export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A problem the user can fix: printed as one line, exit code 1. */
class UsageError extends Error {}

async function load(paths: string[], io: CliIo, allowUnknownTraits: boolean) {
  const model = await loadModel(paths.map((p) => resolve(io.cwd, p)));
  const events = validateModel(model, { allowUnknownTraits });
  for (const event of events) io.stderr(`${formatEvent(event)}\n`);
  if (events.some(isBlocking)) throw new UsageError("the model is not valid");
  return model;
}

async function ast(args: string[], io: CliIo): Promise<void> {
  const { values, positionals: paths } = parseArgs({
    args,
    allowPositionals: true,
    options: { "allow-unknown-traits": { type: "boolean", default: false } },
  });
  if (paths.length === 0) throw new UsageError("ast needs at least one model file or directory");
  const model = await load(paths, io, values["allow-unknown-traits"]);
  io.stdout(`${JSON.stringify(model.ast, null, 2)}\n`);
}

async function generate(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      check: { type: "boolean", default: false },
      config: { type: "string" },
      model: { type: "string", multiple: true },
      service: { type: "string" },
      out: { type: "string" },
      modules: { type: "string" },
      import: { type: "string", multiple: true },
      "skip-event-streams": { type: "boolean", default: false },
      "allow-unknown-traits": { type: "boolean", default: false },
    },
  });
  let targets: ConfiguredTarget[];
  if (values.model || values.service || values.out) {
    if (!values.model || !values.service || !values.out) {
      throw new UsageError("--model, --service and --out go together");
    }
    targets = [
      {
        model: values.model,
        service: values.service,
        out: resolve(io.cwd, values.out),
        ...(values.modules ? { modules: parseModules(values.modules) } : {}),
        ...(values.import ? { imports: parseImports(values.import) } : {}),
        ...(values["skip-event-streams"] ? { skipEventStreams: true } : {}),
      },
    ];
  } else {
    const configFile = values.config ? resolve(io.cwd, values.config) : await findConfig(io.cwd);
    targets = (await readConfig(configFile)).targets;
  }
  const indexes = new Map<string, ShapeIndex>();
  const problems: string[] = [];
  for (const target of targets) {
    const key = JSON.stringify(target.model);
    let index = indexes.get(key);
    if (!index) {
      const model = await load(target.model, io, values["allow-unknown-traits"]);
      index = new ShapeIndex(model.ast, model.library);
      indexes.set(key, index);
    }
    const files = await renderTarget(index, target);
    if (values.check) problems.push(...(await checkTarget(target.out, files)));
    else await writeTarget(target.out, files);
  }
  const shown = (path: string) => relative(io.cwd, path) || path;
  if (problems.length > 0) {
    for (const p of problems) io.stderr(`  ${shown(p)}\n`);
    throw new UsageError("generated code is out of date: run `pnpm codegen` and commit the result");
  }
  if (!values.check) for (const t of targets) io.stderr(`generated ${shown(t.out)} from ${t.service}\n`);
}

function parseModules(list: string): ModuleName[] {
  const modules = list.split(",").map((m) => m.trim());
  const unknown = modules.filter((m) => !(MODULES as readonly string[]).includes(m));
  if (unknown.length > 0)
    throw new UsageError(`--modules: unknown ${unknown.join(", ")}; known: ${MODULES.join(", ")}`);
  return modules as ModuleName[];
}

const IMPORT_NAMES = ["runtime", "types", "clientRuntime", "serverRuntime"] as const;

function parseImports(pairs: string[]): TargetImports {
  const imports: TargetImports = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    const name = pair.slice(0, at) as (typeof IMPORT_NAMES)[number];
    if (at <= 0 || at === pair.length - 1 || !IMPORT_NAMES.includes(name)) {
      throw new UsageError(
        `--import ${pair}: expected <name>=<specifier> with a name among ${IMPORT_NAMES.join(", ")}`,
      );
    }
    imports[name] = pair.slice(at + 1);
  }
  return imports;
}

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "ast":
        await ast(rest, io);
        return 0;
      case "generate":
        await generate(rest, io);
        return 0;
      case "import":
        return await importCommand(rest, io);
      case "diff":
        return await diffCommand(rest, io);
      case "--help":
      case "-h":
      case "help":
        io.stdout(`${USAGE}\n`);
        return 0;
      default:
        throw new UsageError(command ? `unknown command "${command}"\n\n${USAGE}` : USAGE);
    }
  } catch (error) {
    // Problems with the input (usage, config, model) read best as one line; a stack helps only with a bug here.
    const detail = error instanceof Error ? (process.env.RTCA_DEBUG ? error.stack : error.message) : String(error);
    io.stderr(`rtca-codegen: ${detail}\n`);
    return 1;
  }
}
