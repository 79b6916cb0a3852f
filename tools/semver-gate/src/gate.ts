// The semver gate: the version each generated package will have once the pending changesets are applied must be
// at least what the model's changes since the release require.
import { type Bump, type DiffEvent, diffModels, requiredBump } from "@rtca/codegen";
import type { SmithyAst } from "@rtca/smithy";
import type { ReleasedModel } from "./snapshot.js";
import { bumpVersion, compareVersions } from "./versions.js";

/** The packages generated from the model. */
export const GENERATED_PACKAGES = ["@rtca/types", "@rtca/client", "@rtca/fake-server"] as const;

export interface PackageVerdict {
  name: string;
  /** The version in package.json today. */
  version: string;
  /** The bump pending changesets give it. */
  pending: Bump;
  /** The version `changeset version` will write. */
  next: string;
  /** The least version the model's changes allow. */
  least: string;
  ok: boolean;
}

export interface GateResult {
  events: DiffEvent[];
  required: Bump;
  packages: PackageVerdict[];
  ok: boolean;
}

export function checkGate(input: {
  released: ReleasedModel;
  current: SmithyAst;
  versions: Record<string, string>;
  pending: ReadonlyMap<string, Bump>;
}): GateResult {
  const events = diffModels(input.released.ast, input.current);
  const required = requiredBump(events, input.released.version);
  const least = bumpVersion(input.released.version, required);
  const packages = GENERATED_PACKAGES.map((name): PackageVerdict => {
    const version = input.versions[name];
    if (!version) throw new Error(`no version known for ${name}`);
    const pending = input.pending.get(name) ?? "none";
    const next = bumpVersion(version, pending);
    return { name, version, pending, next, least, ok: compareVersions(next, least) >= 0 };
  });
  return { events, required, packages, ok: packages.every((p) => p.ok) };
}

export function formatGate(result: GateResult, released: ReleasedModel): string {
  const lines = [
    `model changes since ${released.version} (${released.commit.slice(0, 7)}): ${result.events.length}, ` +
      `which need a ${result.required} release`,
  ];
  for (const p of result.packages) {
    const verdict = p.ok ? "ok" : `needs at least ${p.least}: add a changeset with a bigger bump`;
    lines.push(`  ${p.name} ${p.version} + ${p.pending} -> ${p.next}: ${verdict}`);
  }
  return `${lines.join("\n")}\n`;
}
