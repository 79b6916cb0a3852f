// What an install weighs: the packages under node_modules (nested ones included) and the bytes of their files.
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface InstallFootprint {
  packages: number;
  bytes: number;
}

function isPackage(dir: string): boolean {
  return existsSync(join(dir, "package.json"));
}

function bytesUnder(dir: string, skip: ReadonlySet<string> = new Set()): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip.has(entry.name)) continue;
    if (entry.isDirectory()) total += bytesUnder(path);
    else if (entry.isFile()) total += lstatSync(path).size;
  }
  return total;
}

function packagesUnder(nodeModules: string): number {
  let count = 0;
  for (const entry of readdirSync(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const dirs = entry.name.startsWith("@")
      ? readdirSync(join(nodeModules, entry.name), { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => join(nodeModules, entry.name, e.name))
      : [join(nodeModules, entry.name)];
    for (const dir of dirs.filter(isPackage)) {
      count += 1;
      const nested = join(dir, "node_modules");
      if (existsSync(nested)) count += packagesUnder(nested);
    }
  }
  return count;
}

export function measureInstall(nodeModules: string): InstallFootprint {
  return { packages: packagesUnder(nodeModules), bytes: bytesUnder(nodeModules) };
}

function findInstalled(name: string, from: string, nodeModules: string): string | undefined {
  for (let dir = from; dir.startsWith(nodeModules); dir = join(dir, "..")) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
  }
  const top = join(nodeModules, name);
  return existsSync(join(top, "package.json")) ? top : undefined;
}

/** The footprint of one installed package and everything it depends on at run time (optional peers left out). */
export function dependencyFootprint(nodeModules: string, name: string): InstallFootprint {
  const seen = new Set<string>();
  const pending = [findInstalled(name, nodeModules, nodeModules)];
  let bytes = 0;
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    if (seen.has(dir)) continue;
    seen.add(dir);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      const found = findInstalled(dep, dir, nodeModules);
      if (found) pending.push(found);
    }
    bytes += bytesUnder(dir, new Set(["node_modules"]));
  }
  return { packages: seen.size, bytes };
}
