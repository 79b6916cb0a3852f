// The model as it was released, committed beside the gate, so that the gate needs no git tags (CI may check out
// without them). `semver-gate snapshot` writes it at release time.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SmithyAst } from "@rtca/smithy";

export const SNAPSHOT_FILE = fileURLToPath(new URL("../released-model.json", import.meta.url));

export interface ReleasedModel {
  /** The version of the generated packages that was released with this model. */
  version: string;
  /** The commit the release was made from. */
  commit: string;
  ast: SmithyAst;
}

export function readSnapshot(file = SNAPSHOT_FILE): ReleasedModel {
  const value = JSON.parse(readFileSync(file, "utf8")) as Partial<ReleasedModel>;
  if (typeof value.version !== "string" || typeof value.commit !== "string" || typeof value.ast !== "object") {
    throw new Error(`${file}: expected { version, commit, ast }`);
  }
  return value as ReleasedModel;
}

export function writeSnapshot(snapshot: ReleasedModel, file = SNAPSHOT_FILE): void {
  writeFileSync(file, `${JSON.stringify(snapshot, null, 2)}\n`);
}
