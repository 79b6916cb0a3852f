// Semver arithmetic for the gate: what a bump makes of a version, and which of two versions is later.
import type { Bump } from "@rtca/codegen";

type Triple = [number, number, number];

function parse(version: string): Triple {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match) throw new Error(`"${version}" is not a semver version`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The version a bump gives, as `changeset version` computes it (a major bump of 0.x gives 1.0.0). */
export function bumpVersion(version: string, bump: Bump): string {
  const [major, minor, patch] = parse(version);
  switch (bump) {
    case "major":
      return `${major + 1}.0.0`;
    case "minor":
      return `${major}.${minor + 1}.0`;
    case "patch":
      return `${major}.${minor}.${patch + 1}`;
    default:
      return `${major}.${minor}.${patch}`;
  }
}

export function compareVersions(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}
