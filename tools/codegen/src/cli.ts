// rtca-codegen: prints a model's JSON AST, or generates (and checks) code from it.
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { formatEvent, loadModel, ShapeIndex, validateModel } from "@rtca/smithy";
import { type ConfiguredTarget, findConfig, readConfig } from "./config.js";
import { checkTarget, renderTarget, writeTarget } from "./generate.js";

const USAGE = `Usage:
  rtca-codegen ast <file-or-dir>...          print the merged, validated JSON AST of a Smithy model
  rtca-codegen generate [--check] [--config <file>]
                                             generate what the checked-in config asks for
  rtca-codegen generate --model <path> --service <shape-id> --out <dir> [--check]
                                             generate types and codecs of any model into a directory

  --check   compare instead of write; exit 1 when the files differ from what the model gives`;

/** Thrown for a problem the user can fix: printed without a stack trace, exit code 1. */
class UsageError extends Error {}

async function load(paths: string[]) {
  const model = await loadModel(paths);
  const events = validateModel(model);
  for (const event of events) console.error(formatEvent(event));
  if (events.some((e) => e.severity === "ERROR")) throw new UsageError("the model is not valid");
  return model;
}

async function ast(paths: string[]): Promise<void> {
  if (paths.length === 0) throw new UsageError("ast needs at least one model file or directory");
  const model = await load(paths);
  process.stdout.write(`${JSON.stringify(model.ast, null, 2)}\n`);
}

async function generate(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      check: { type: "boolean", default: false },
      config: { type: "string" },
      model: { type: "string", multiple: true },
      service: { type: "string" },
      out: { type: "string" },
    },
  });
  let targets: ConfiguredTarget[];
  if (values.model || values.service || values.out) {
    if (!values.model || !values.service || !values.out) {
      throw new UsageError("--model, --service and --out go together");
    }
    targets = [{ model: values.model, service: values.service, out: values.out }];
  } else {
    targets = (await readConfig(values.config ?? (await findConfig(process.cwd())))).targets;
  }
  const indexes = new Map<string, ShapeIndex>();
  const problems: string[] = [];
  for (const target of targets) {
    const key = JSON.stringify(target.model);
    let index = indexes.get(key);
    if (!index) {
      index = new ShapeIndex((await load(target.model)).ast);
      indexes.set(key, index);
    }
    const files = await renderTarget(index, target);
    if (values.check) problems.push(...(await checkTarget(target.out, files)));
    else await writeTarget(target.out, files);
  }
  if (problems.length > 0) {
    for (const p of problems) console.error(`  ${relative(process.cwd(), p) || p}`);
    throw new UsageError("generated code is out of date: run `pnpm codegen` and commit the result");
  }
  if (!values.check) {
    for (const t of targets) console.error(`generated ${relative(process.cwd(), t.out)} from ${t.service}`);
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case "ast":
      return ast(rest);
    case "generate":
      return generate(rest);
    case "--help":
    case "-h":
    case "help":
      console.log(USAGE);
      return;
    default:
      throw new UsageError(command ? `unknown command "${command}"\n\n${USAGE}` : USAGE);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Problems with the input (usage, config, model) read best as one line; a stack helps only with a bug here.
  const detail = error instanceof Error ? (process.env.RTCA_DEBUG ? error.stack : error.message) : String(error);
  console.error(`rtca-codegen: ${detail}`);
  process.exitCode = 1;
});
