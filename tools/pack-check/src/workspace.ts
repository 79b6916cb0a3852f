// The workspace's public packages: every package under packages/ and tools/ that is not private.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const PACKAGE_FOLDERS = ["packages", "tools"];

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  bin?: Record<string, string>;
  exports?: Record<string, unknown>;
  scripts?: Record<string, string>;
  [field: string]: unknown;
}

export interface WorkspacePackage {
  dir: string;
  manifest: Manifest;
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
}

export function publicPackages(root = ROOT): WorkspacePackage[] {
  const found: WorkspacePackage[] = [];
  for (const folder of PACKAGE_FOLDERS) {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const dir = join(root, folder, entry.name);
      if (!entry.isDirectory() || !existsSync(join(dir, "package.json"))) continue;
      const manifest = readManifest(dir);
      if (!manifest.private) found.push({ dir, manifest });
    }
  }
  return found.sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}
