// The bumps that pending changesets (`.changeset/*.md`) ask for, per package, as `changeset version` will apply them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Bump } from "@rtca/codegen";

const BUMP_TYPES = new Set(["patch", "minor", "major"]);
const ORDER: Bump[] = ["none", "patch", "minor", "major"];

/** A changeset whose frontmatter cannot be read. */
export class ChangesetError extends Error {
  override readonly name = "ChangesetError";
}

/** The largest bump each package gets from the changesets in `dir`. */
export function pendingBumps(dir: string): Map<string, Bump> {
  const bumps = new Map<string, Bump>();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort();
  for (const file of files) {
    for (const [name, bump] of parseChangeset(readFileSync(join(dir, file), "utf8"), file)) {
      const before = bumps.get(name) ?? "none";
      if (ORDER.indexOf(bump) > ORDER.indexOf(before)) bumps.set(name, bump);
    }
  }
  return bumps;
}

/** The `"package": bump` lines of a changeset's frontmatter. */
export function parseChangeset(text: string, file: string): [string, Bump][] {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---/.exec(text);
  if (!match) throw new ChangesetError(`${file}: no frontmatter (a block between --- lines) at the top`);
  const entries: [string, Bump][] = [];
  for (const line of match[1]!.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const entry = /^\s*(?:"([^"]+)"|'([^']+)'|([^:\s]+))\s*:\s*(\w+)\s*$/.exec(line);
    const name = entry?.[1] ?? entry?.[2] ?? entry?.[3];
    const bump = entry?.[4];
    if (!name || !bump || !BUMP_TYPES.has(bump)) {
      throw new ChangesetError(`${file}: "${line.trim()}" is not a "package": patch|minor|major line`);
    }
    entries.push([name, bump as Bump]);
  }
  return entries;
}
