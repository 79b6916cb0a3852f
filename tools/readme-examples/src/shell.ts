// Runs a README's shell line in bash, bounded in time, from a folder whose node_modules/.bin holds the packages' bins.
import { spawn } from "node:child_process";
import { once } from "node:events";

const TIME_LIMIT_MS = 20_000;

export interface ShellRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(script: string, cwd: string, ownProcessGroup = false) {
  const child = spawn("bash", ["-c", script], {
    cwd,
    detached: ownProcessGroup,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const run: ShellRun = { exitCode: null, signal: null, stdout: "", stderr: "" };
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    run.stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    run.stderr += chunk;
  });
  const timer = setTimeout(
    () => (ownProcessGroup ? process.kill(-child.pid!, "SIGKILL") : child.kill("SIGKILL")),
    TIME_LIMIT_MS,
  );
  const exited = once(child, "exit").then(([code, signal]) => {
    clearTimeout(timer);
    run.exitCode = code as number | null;
    run.signal = signal as NodeJS.Signals | null;
    return run;
  });
  return { child, run, exited };
}

/** Runs one command to its end (killed after the time limit). */
export function runShellLine(line: string, cwd: string): Promise<ShellRun> {
  return start(line, cwd).exited;
}

/**
 * Starts a server, waits for the first line of its stdout and hands it to `whileRunning`, then stops it as Ctrl-C
 * would (SIGINT to its process group, so that a launcher such as npx and the server both get it) and waits for it.
 */
export async function runServingCommand(
  line: string,
  cwd: string,
  whileRunning: (firstLine: string) => Promise<void>,
): Promise<ShellRun & { firstLine: string }> {
  const { child, run, exited } = start(line, cwd, true);
  const firstLine = await new Promise<string>((resolve) => {
    const check = () => {
      if (run.stdout.includes("\n")) resolve(run.stdout.slice(0, run.stdout.indexOf("\n")));
    };
    child.stdout.on("data", check);
    void exited.then(() => resolve(run.stdout));
  });
  try {
    await whileRunning(firstLine);
  } finally {
    if (run.exitCode === null && run.signal === null) process.kill(-child.pid!, "SIGINT");
  }
  return { ...(await exited), firstLine };
}
