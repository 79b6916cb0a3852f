#!/usr/bin/env node
// Runs the TypeScript source (through tsx) inside this workspace, and the built CLI when the package is installed
// from the registry (which ships dist/ but not src/). The source wins when both exist: in the workspace, the
// packages this one imports resolve to their TypeScript source too, which a built dist/ could not load.
import { existsSync } from "node:fs";

const source = new URL("../src/main.ts", import.meta.url);
if (existsSync(source)) {
  const { register } = await import("tsx/esm/api");
  register();
  await import(source.href);
} else {
  await import(new URL("../dist/main.js", import.meta.url).href);
}
