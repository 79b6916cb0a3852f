// The bin shim, as a user runs it: a child process that prints its URL first and ends cleanly on SIGTERM.
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const execFileAsync = promisify(execFile);
const bin = fileURLToPath(new URL("../../bin/rtca-fake.js", import.meta.url));

describe("bin/rtca-fake.js", () => {
  it("prints the URL as its first line, logs requests, and exits 0 on SIGTERM", async () => {
    const child = spawn(process.execPath, [bin, "serve"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const lines = createInterface({ input: child.stdout });
      const iterator = lines[Symbol.asyncIterator]();
      const first = await iterator.next();
      expect(first.value).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${first.value}/_fake/clock`)).status).toBe(200);
      const logLine = await iterator.next();
      expect(logLine.value).toMatch(/ GET \/_fake\/clock 200 /);
      child.kill("SIGTERM");
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 30_000);

  it("prints help", async () => {
    const child = spawn(process.execPath, [bin, "--help"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
    });
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    expect(out).toContain("--exit-when-done");
  }, 30_000);

  it("prints its version with --version and -v, and exits 2 naming a mistyped option", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    for (const flag of ["--version", "-v"]) {
      const run = await runBin([flag]);
      expect(run).toEqual({ code: 0, stdout: `rtca-fake ${version}\n`, stderr: "" });
    }
    const mistyped = await runBin(["serve", "--prot", "80"]);
    expect(mistyped.code).toBe(2);
    expect(mistyped.stderr).toContain("rtca-fake: unknown option --prot (did you mean --port?)");
  }, 30_000);
});

/** Runs the bin to its end and collects what it printed. */
async function runBin(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number | null; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
