// The process around `rtca`: real streams and environment, Ctrl-C as an abort (a second one exits at once), and
// a quiet exit when the reader of a pipe goes away (`rtca segments ... | head`).
import { ExitCode } from "./exit-codes.js";
import { main } from "./main.js";

const interrupt = new AbortController();
process.on("SIGINT", () => {
  if (interrupt.signal.aborted) process.exit(ExitCode.Interrupted);
  interrupt.abort(new Error("interrupted"));
});
process.on("SIGTERM", () => interrupt.abort(new Error("terminated")));
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(ExitCode.Ok);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: interrupt.signal,
});
