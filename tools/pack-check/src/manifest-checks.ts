// What a packed package.json and its tarball must hold to work from the registry: real version ranges, the
// fields a registry page and a first public publish need, the files its exports and bins name, a README and the
// licence, and source maps that carry their sources.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Packed } from "./pack.js";

const DEPENDENCY_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"] as const;

/**
 * Dependencies allowed an exact version, each because the package uses internals that a test holds in place
 * (packages/client/test/signing.test.ts checks the signer built on SignatureV4Base against SignatureV4).
 */
const EXACT_PINS = new Set(["@smithy/signature-v4"]);
const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[\w.]+)?$/;
const PROTOCOL = /^[a-z]+:/i;

export function dependencyProblems(packed: Packed, workspaceVersions: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const field of DEPENDENCY_FIELDS) {
    const deps = (packed.manifest[field] ?? {}) as Record<string, string>;
    for (const [name, range] of Object.entries(deps)) {
      const where = `${field}.${name} = ${JSON.stringify(range)}`;
      if (PROTOCOL.test(range) || range.trim() === "") {
        problems.push(`${where}: not a version range a registry install understands`);
        continue;
      }
      const sibling = workspaceVersions.get(name);
      if (sibling !== undefined && field !== "devDependencies" && !admits(field, range, sibling)) {
        problems.push(`${where}: the workspace has ${name}@${sibling}`);
      }
      if (
        field === "dependencies" &&
        name.startsWith("@smithy/") &&
        EXACT_VERSION.test(range) !== EXACT_PINS.has(name)
      ) {
        problems.push(
          EXACT_PINS.has(name)
            ? `${where}: expected the exact version its internals are tested against`
            : `${where}: pin exactly only what uses internals; use a ^ or ~ range so users' trees share one copy`,
        );
      }
    }
  }
  return problems;
}

/** Every file path a manifest's exports, imports and bin point at. */
function targets(value: unknown): string[] {
  if (typeof value === "string") return value.startsWith("./") ? [value] : [];
  if (value && typeof value === "object") return Object.values(value).flatMap(targets);
  return [];
}

export function manifestProblems(packed: Packed): string[] {
  const { manifest, files } = packed;
  const problems: string[] = [];
  const repository = manifest.repository as { url?: string } | undefined;
  if (manifest.license !== "Apache-2.0") problems.push(`license is ${JSON.stringify(manifest.license)}`);
  if (!repository?.url) problems.push("no repository.url");
  if (!(manifest.engines as { node?: string } | undefined)?.node) problems.push("no engines.node");
  if ((manifest.publishConfig as { access?: string } | undefined)?.access !== "public") {
    problems.push("publishConfig.access is not public: a first publish of a scoped package would be restricted");
  }
  for (const required of ["README.md", "LICENSE"]) {
    if (!files.includes(required)) problems.push(`the tarball has no ${required}`);
  }
  for (const target of [manifest.exports, manifest.imports, manifest.bin].flatMap(targets)) {
    if (!files.includes(target.slice(2))) problems.push(`${target} is named by the manifest but not in the tarball`);
  }
  for (const target of targets(manifest.exports)) {
    if (target.includes("/src/") || (target.endsWith(".ts") && !target.endsWith(".d.ts"))) {
      problems.push(`export ${target} points at TypeScript source, which users cannot load`);
    }
  }
  return problems;
}

/** Source maps must carry the text of every source they name: the sources themselves are not shipped. */
export function sourceMapProblems(packed: Packed): string[] {
  const problems: string[] = [];
  for (const file of packed.files.filter((f) => f.endsWith(".map"))) {
    const map = JSON.parse(readFileSync(join(packed.unpacked, file), "utf8")) as {
      sources: string[];
      sourcesContent?: (string | null)[];
    };
    map.sources.forEach((source, i) => {
      if (typeof map.sourcesContent?.[i] !== "string" && !existsSync(join(packed.unpacked, file, "..", source))) {
        problems.push(`${file} names ${source}, which is neither shipped nor inlined`);
      }
    });
  }
  return problems;
}

/**
 * Whether a range names the workspace's version of a sibling: as ^, ~ or exactly; a peer may also be open-ended
 * (>=), so that a new minor version of the sibling asks no new major of its peer dependents, as long as it admits
 * the sibling's version.
 */
function admits(field: (typeof DEPENDENCY_FIELDS)[number], range: string, version: string): boolean {
  if (range.replace(/^[\^~]/, "") === version) return true;
  const floor = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range);
  const parts = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (field !== "peerDependencies" || floor === null || parts === null) return false;
  for (let i = 1; i <= 3; i++) {
    const difference = Number(parts[i]) - Number(floor[i]);
    if (difference !== 0) return difference > 0;
  }
  return true;
}
