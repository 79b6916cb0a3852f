// Runs one `rtca-codegen generate` in this process and prints, as JSON, how long it took (wall clock, and CPU time,
// which other work on a shared machine does not inflate) and the process's peak resident memory. bench/aws-models.ts
// starts one process per model, so each peak is that model's alone.
import { runCli } from "../src/cli.js";

const args = process.argv.slice(2);
let stderr = "";
const started = performance.now();
const cpuBefore = process.cpuUsage();
const code = await runCli(args, { cwd: process.cwd(), stdout: () => {}, stderr: (t) => (stderr += t) });
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
const peakMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${JSON.stringify({ code, ms, cpuMs, peakMb, error: code === 0 ? undefined : stderr.trim().split("\n").at(-1) })}\n`,
);
