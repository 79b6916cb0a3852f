// pnpm bench:codegen: generates every module of each of AWS's published models in the conformance folder, one
// process per model, and prints the time of the whole CLI run (load, validate, generate, write), wall clock and CPU,
// and the peak memory of the process (node itself included).
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { locateConformance } from "@rtca/conformance";
import { awsModels, generateArgs } from "../test/support/aws-models.js";

const location = locateConformance();
if (!location.found) {
  console.log(`bench:codegen skipped: ${location.why}`);
  process.exit(0);
}
const child = fileURLToPath(new URL("./generate-one.ts", import.meta.url));
const tsx = fileURLToPath(new URL("../node_modules/tsx/dist/cli.mjs", import.meta.url));
const scratch = await mkdtemp(join(tmpdir(), "rtca-bench-codegen-"));
const rows: string[][] = [["model", "shapes", "time (s)", "cpu (s)", "peak memory (MB)"]];
try {
  for (const model of awsModels(location.root)) {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [tsx, child, ...generateArgs(model, join(scratch, model.name))],
      { maxBuffer: 1 << 20 },
    );
    const result = JSON.parse(stdout.trim().split("\n").at(-1)!) as {
      code: number;
      ms: number;
      cpuMs: number;
      peakMb: number;
      error?: string;
    };
    const time = result.code === 0 ? (result.ms / 1000).toFixed(2) : `failed: ${result.error}`;
    rows.push([model.name, String(model.shapes), time, (result.cpuMs / 1000).toFixed(2), result.peakMb.toFixed(0)]);
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows)
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
