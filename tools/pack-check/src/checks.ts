// The checks of one packed package that need no install: its manifest, dependency ranges, files and source maps.
import { dependencyProblems, manifestProblems, sourceMapProblems } from "./manifest-checks.js";
import type { Packed } from "./pack.js";
import type { WorkspacePackage } from "./workspace.js";

export function workspaceVersions(packages: readonly WorkspacePackage[]): Map<string, string> {
  return new Map(packages.map((p) => [p.manifest.name, p.manifest.version]));
}

/** pnpm pack and pnpm publish build through prepack; without it a fresh clone would ship no dist/. */
export function buildsOnPack(pkg: WorkspacePackage): string[] {
  const prepack = pkg.manifest.scripts?.prepack ?? "";
  return /\bbuild\b/.test(prepack) ? [] : ["no prepack script that builds: pnpm pack of a fresh clone ships no dist/"];
}

export function packedProblems(packed: Packed, versions: ReadonlyMap<string, string>): string[] {
  return [...manifestProblems(packed), ...dependencyProblems(packed, versions), ...sourceMapProblems(packed)];
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}
