// Packs workspace packages with pnpm, as `pnpm publish` would (publishConfig applied, workspace: and catalog:
// ranges replaced), and reads back what a tarball holds.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./run.js";
import { type Manifest, readManifest, type WorkspacePackage } from "./workspace.js";

export interface Packed {
  name: string;
  dir: string;
  tarball: string;
  /** The package.json inside the tarball. */
  manifest: Manifest;
  /** Paths inside the tarball, without the leading `package/`. */
  files: string[];
  /** Where the tarball was unpacked: the folder that holds its package.json. */
  unpacked: string;
}

export interface PackOptions {
  /**
   * Whether pnpm runs the lifecycle scripts (prepack builds dist/). The pack check leaves them out because turbo
   * has just built dist/ with the same build script; the release rehearsal runs them.
   */
  lifecycleScripts: boolean;
}

export async function pack(pkg: WorkspacePackage, outDir: string, options: PackOptions): Promise<Packed> {
  const scripts = options.lifecycleScripts ? [] : ["--config.ignore-scripts=true"];
  const { stdout } = await run("pnpm", ["pack", ...scripts, "--json", "--pack-destination", outDir], {
    cwd: pkg.dir,
  });
  const report = JSON.parse(stdout.slice(stdout.indexOf("{"))) as { filename: string; files: { path: string }[] };
  const unpackTo = join(outDir, "unpacked", pkg.manifest.name.replace("/", "+"));
  mkdirSync(unpackTo, { recursive: true });
  await run("tar", ["-xzf", report.filename, "-C", unpackTo], { cwd: outDir });
  const unpacked = join(unpackTo, "package");
  return {
    name: pkg.manifest.name,
    dir: pkg.dir,
    tarball: report.filename,
    manifest: readManifest(unpacked),
    files: report.files.map((f) => f.path).sort(),
    unpacked,
  };
}

export function tarballBytes(packed: Packed): Uint8Array {
  return new Uint8Array(readFileSync(packed.tarball));
}

/** The module specifiers of a packed package's entry points (`@rtca/types`, `@rtca/types/arbitraries`, ...). */
export function entryPoints(manifest: Manifest): string[] {
  return Object.keys(manifest.exports ?? {})
    .filter((subpath) => !subpath.endsWith(".json"))
    .map((subpath) => (subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`));
}
