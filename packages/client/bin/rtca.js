#!/usr/bin/env node
// Runs the built CLI when the package is installed from the registry, and the TypeScript source (through tsx)
// inside this workspace, where nothing is built.
import { existsSync } from "node:fs";

const built = new URL("../dist/cli/rtca.js", import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("../src/cli/rtca.ts", import.meta.url).href);
}
