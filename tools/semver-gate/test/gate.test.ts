import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Bump } from "@rtca/codegen";
import { parseIdl } from "@rtca/smithy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChangesetError, pendingBumps } from "../src/changesets.js";
import { checkGate, formatGate } from "../src/gate.js";
import type { ReleasedModel } from "../src/snapshot.js";
import { bumpVersion } from "../src/versions.js";

const MODEL = `$version: "2.0"
namespace example.gate

union Segment {
    text: String
}

structure Page {
    segment: Segment
    size: Integer
}
`;

const released: ReleasedModel = { version: "0.1.0", commit: "0123456789abcdef", ast: parseIdl(MODEL) };
const versions = { "@rtca/types": "0.1.0", "@rtca/client": "0.1.0", "@rtca/fake-server": "0.1.0" };
const every = (bump: Bump) =>
  new Map<string, Bump>(Object.keys(versions).map((name) => [name, bump] as [string, Bump]));

function gate(model: string, pending: Map<string, Bump>, at = versions) {
  return checkGate({ released, current: parseIdl(model), versions: at, pending });
}

const breaking = MODEL.replace("    size: Integer\n", "");
const dangerous = MODEL.replace("    text: String\n", "    text: String\n    summary: String\n");
const additive = MODEL.replace("    size: Integer\n", "    size: Integer\n    note: String\n");

describe("the semver gate", () => {
  it("passes an unchanged model with no changeset", () => {
    expect(gate(MODEL, new Map()).ok).toBe(true);
  });

  it("fails a breaking change (ERROR) released as a patch or a minor, and passes it as a major", () => {
    const patch = gate(breaking, every("patch"));
    expect(patch.required).toBe("major");
    expect(patch.ok).toBe(false);
    expect(formatGate(patch, released)).toContain("@rtca/types 0.1.0 + patch -> 0.1.1: needs at least 1.0.0");
    expect(gate(breaking, every("minor")).ok).toBe(false);
    expect(gate(breaking, every("major")).ok).toBe(true);
  });

  it("asks a minor release for an added union member (DANGER) before 1.0, and for an addition", () => {
    expect(gate(dangerous, every("patch")).ok).toBe(false);
    expect(gate(dangerous, every("minor")).ok).toBe(true);
    expect(gate(additive, every("patch")).ok).toBe(false);
    expect(gate(additive, every("minor")).ok).toBe(true);
  });

  it("judges every generated package on its own", () => {
    const pending = every("minor");
    pending.set("@rtca/fake-server", "patch");
    const result = gate(dangerous, pending);
    expect(result.ok).toBe(false);
    expect(result.packages.filter((p) => !p.ok).map((p) => p.name)).toEqual(["@rtca/fake-server"]);
  });

  it("passes once `changeset version` has applied the bump, before the snapshot is recorded again", () => {
    const bumped = { "@rtca/types": "0.2.0", "@rtca/client": "0.2.0", "@rtca/fake-server": "0.2.0" };
    expect(gate(dangerous, new Map(), bumped).ok).toBe(true);
    expect(gate(breaking, new Map(), bumped).ok).toBe(false);
  });
});

describe("pending changesets", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "rtca-gate-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("gives each package the largest bump its changesets ask for", async () => {
    await writeFile(join(dir, "README.md"), "# not a changeset\n");
    await writeFile(join(dir, "a.md"), '---\n"@rtca/types": patch\n"@rtca/client": minor\n---\n\nText.\n');
    await writeFile(join(dir, "b.md"), "---\n'@rtca/types': minor\n---\n\nText.\n");
    expect(pendingBumps(dir)).toEqual(
      new Map([
        ["@rtca/types", "minor"],
        ["@rtca/client", "minor"],
      ]),
    );
  });

  it("names a changeset it cannot read", async () => {
    await writeFile(join(dir, "c.md"), '---\n"@rtca/types": huge\n---\n');
    expect(() => pendingBumps(dir)).toThrow(ChangesetError);
    expect(() => pendingBumps(dir)).toThrow('c.md: ""@rtca/types": huge" is not');
  });
});

describe("bumpVersion", () => {
  it("bumps as changesets does", () => {
    expect(bumpVersion("0.1.0", "major")).toBe("1.0.0");
    expect(bumpVersion("0.1.3", "minor")).toBe("0.2.0");
    expect(bumpVersion("0.1.3", "patch")).toBe("0.1.4");
    expect(bumpVersion("0.1.3", "none")).toBe("0.1.3");
  });
});
