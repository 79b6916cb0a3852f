// Entry point of the rtca-fake bin: wires the command to the process.
import { runCli } from "./main.js";

const code = await runCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  onShutdownSignal: (listener) => {
    const onSignal = (signal: NodeJS.Signals) => listener(signal);
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    return () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    };
  },
});
process.exitCode = code;
