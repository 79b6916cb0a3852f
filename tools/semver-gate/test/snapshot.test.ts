// The recorded release must be the model the release was made from: checked against git where the history has it
// (a shallow checkout may not; the gate itself never needs it).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { loadModelVersion } from "@rtca/codegen";
import { describe, expect, it } from "vitest";
import { readSnapshot } from "../src/snapshot.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const snapshot = readSnapshot();

function hasCommit(commit: string): boolean {
  try {
    execFileSync("git", ["cat-file", "-e", `${commit}^{commit}`], { cwd: ROOT, stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("the recorded release", () => {
  it("names a version and a full commit id", () => {
    expect(snapshot.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(snapshot.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it.skipIf(!hasCommit(snapshot.commit))("holds the model of its commit", async () => {
    const model = await loadModelVersion(snapshot.commit, { cwd: ROOT });
    expect(snapshot.ast).toEqual(JSON.parse(JSON.stringify(model.ast)));
  });
});
