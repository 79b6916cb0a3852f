// Runs a command to completion and hands back what it printed; a command that fails, or outlives its time limit,
// becomes an error that names it and shows its output.
import { spawn } from "node:child_process";

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** How long the command may take before it is killed and reported (generous: the machines are shared). */
  timeoutMs?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

const DEFAULT_TIMEOUT_MS = 300_000;

export class CommandError extends Error {
  override readonly name = "CommandError";
}

export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const shown = [command, ...args].join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new CommandError(`${shown}: ${error.message}`));
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else {
        const why = signal
          ? `killed by ${signal} (time limit ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms)`
          : `exit code ${code}`;
        reject(new CommandError(`${shown} (in ${options.cwd}): ${why}\n${stdout}${stderr}`.trimEnd()));
      }
    });
  });
}
