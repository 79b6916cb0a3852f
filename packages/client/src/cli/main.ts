// The `rtca` command line: dispatches to a command and turns whatever it ends with into output and an exit code.
import { readFileSync } from "node:fs";
import { parseArgs, UsageError } from "./args.js";
import { FOLLOW_HELP, SEGMENTS_HELP, TOP_HELP, TOP_OPTIONS, WATCH_HELP } from "./commands.js";
import { ExitCode } from "./exit-codes.js";
import type { CliIO, CommandScene } from "./io.js";
import { colourWanted, createStyle } from "./render/style.js";
import { reportError } from "./report-error.js";
import { runFollow } from "./run-follow.js";
import { runSegments } from "./run-segments.js";
import { runWatch } from "./run-watch.js";

const COMMANDS = ["segments", "follow", "watch", "help"];

export async function main(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const scene: CommandScene = { command: argv[0] ?? "", endpoint: undefined };
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case "segments":
        return await runSegments(rest, io, scene);
      case "follow":
        return await runFollow(rest, io, scene);
      case "watch":
        return await runWatch(rest, io, scene);
      case "help":
        return help(rest[0], io);
      case undefined:
        io.stderr.write(TOP_HELP);
        return ExitCode.Usage;
      default: {
        if (command.startsWith("-")) return topLevel(argv, io);
        const near = COMMANDS.find((c) => c.startsWith(command.slice(0, 2)));
        throw new UsageError(`unknown command ${JSON.stringify(command)}${near ? ` (did you mean ${near}?)` : ""}`);
      }
    }
  } catch (error) {
    const report = reportError(error, scene);
    const style = createStyle(colourWanted(io.env, io.stderr.isTTY === true, false));
    io.stderr.write(`${style.red("rtca:")} ${report.message}\n${report.hint ? `  ${style.dim(report.hint)}\n` : ""}`);
    return report.exitCode;
  }
}

function topLevel(argv: readonly string[], io: CliIO): ExitCode {
  const args = parseArgs(argv, TOP_OPTIONS);
  if (args.switches.has("version")) {
    io.stdout.write(`${version()}\n`);
    return ExitCode.Ok;
  }
  io.stdout.write(TOP_HELP);
  return ExitCode.Ok;
}

function help(topic: string | undefined, io: CliIO): ExitCode {
  if (topic === "segments") io.stdout.write(SEGMENTS_HELP);
  else if (topic === "follow") io.stdout.write(FOLLOW_HELP);
  else if (topic === "watch") io.stdout.write(WATCH_HELP);
  else if (topic === undefined) io.stdout.write(TOP_HELP);
  else
    throw new UsageError(
      `no help on ${JSON.stringify(topic)}: try rtca help segments, rtca help follow or rtca help watch`,
    );
  return ExitCode.Ok;
}

function version(): string {
  // package.json sits two levels up from both src/cli/ and dist/cli/.
  const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return `rtca ${manifest.version}`;
}
