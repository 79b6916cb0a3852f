#!/usr/bin/env node
// Packs the generated packages of a released version from its git tag, as they were published, into
// compat/<version>/: the compatibility tests install these tarballs, and CI checkouts may lack the tags.
// Usage: node scripts/pack-release.mjs <version>
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGES = ["types", "client", "fake-server"];
const root = fileURLToPath(new URL("..", import.meta.url));
const version = process.argv[2];
if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
  console.error("usage: node scripts/pack-release.mjs <version>, such as 0.1.0");
  process.exit(2);
}
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "inherit", "inherit"] });
const checkout = mkdtempSync(join(tmpdir(), `rtca-${version}-`));
const out = join(root, "compat", version);
mkdirSync(out, { recursive: true });
try {
  // The tagged tree, without registering a worktree.
  execFileSync("sh", ["-c", `git archive "@rtca/types@${version}" | tar -x -C "${checkout}"`], { cwd: root });
  run("pnpm", ["install", "--frozen-lockfile"], checkout);
  for (const name of PACKAGES) {
    const dir = join(checkout, "packages", name);
    run("pnpm", ["pack", "--pack-destination", out], dir);
  }
  for (const file of readdirSync(out).filter((f) => f.endsWith(".tgz"))) {
    // rtca-types-0.1.0.tgz: the name says what it is, whatever pnpm calls it.
    renameSync(join(out, file), join(out, file.replace(/^rtca-/, "")));
  }
  console.log(`packed ${PACKAGES.join(", ")} ${version} into ${out}`);
} finally {
  rmSync(checkout, { recursive: true, force: true });
}
