// semver-gate check: fails when the pending changesets release a model change with too small a bump.
// semver-gate snapshot [--from <git-revision>]: records the model as released (run at release time, after
// `changeset version`), from the working copy or from a revision.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadModelVersion } from "@rtca/codegen";
import { pendingBumps } from "./changesets.js";
import { checkGate, formatGate, GENERATED_PACKAGES } from "./gate.js";
import { readSnapshot, writeSnapshot } from "./snapshot.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

function versionOf(name: string, revision?: string): string {
  const path = `packages/${name.replace("@rtca/", "")}/package.json`;
  const text = revision
    ? execFileSync("git", ["show", `${revision}:${path}`], { cwd: ROOT, encoding: "utf8" })
    : readFileSync(join(ROOT, path), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { from: { type: "string" } },
  });
  const command = positionals[0] ?? "check";
  if (command === "snapshot") {
    const revision = values.from;
    const model = await loadModelVersion(revision ?? "model", { cwd: ROOT });
    const commit = execFileSync("git", ["rev-parse", revision ?? "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    writeSnapshot({ version: versionOf("@rtca/types", revision), commit, ast: model.ast });
    console.log(`recorded the model of ${commit.slice(0, 7)} as released`);
    return 0;
  }
  if (command !== "check") {
    console.error(`semver-gate: unknown command "${command}" (check, snapshot [--from <revision>])`);
    return 2;
  }
  const released = readSnapshot();
  const current = await loadModelVersion("model", { cwd: ROOT });
  const versions = Object.fromEntries(GENERATED_PACKAGES.map((name) => [name, versionOf(name)]));
  const result = checkGate({
    released,
    current: current.ast,
    versions,
    pending: pendingBumps(join(ROOT, ".changeset")),
  });
  process.stdout.write(formatGate(result, released));
  return result.ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
