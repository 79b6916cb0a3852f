#!/usr/bin/env node
// Builds the package in the current directory into a fresh dist/: the folder is emptied first, so a module that
// was renamed or removed in src/ can never be shipped from an older build.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const packageDir = process.cwd();
rmSync(join(packageDir, "dist"), { recursive: true, force: true });
const tsc = createRequire(join(packageDir, "package.json")).resolve("typescript/bin/tsc");
const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: packageDir, stdio: "inherit" });
process.exit(result.status ?? 1);
