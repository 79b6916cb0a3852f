// `pnpm release:dry-run`: rehearses `pnpm release` without a registry login. Packs every public package the way
// `pnpm publish` does (prepack builds dist/ afresh), and checks what would be published: manifests with real version
// ranges (no workspace: or catalog:), the fields and files a registry install needs, source maps with their sources.
// Lists name@version and size of each tarball; exits 1 on any problem. Nothing is published or tagged.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildsOnPack, formatBytes, packedProblems, workspaceVersions } from "./checks.js";
import { pack } from "./pack.js";
import { publicPackages } from "./workspace.js";

const packages = publicPackages();
const versions = workspaceVersions(packages);
const work = mkdtempSync(join(tmpdir(), "rtca-release-dry-run-"));
const problems: string[] = [];
try {
  for (const pkg of packages) {
    const found = buildsOnPack(pkg);
    const packed = await pack(pkg, work, { lifecycleScripts: true });
    found.push(...packedProblems(packed, versions));
    problems.push(...found.map((p) => `${packed.name}: ${p}`));
    const size = formatBytes(statSync(packed.tarball).size);
    console.log(
      `would publish ${packed.name}@${packed.manifest.version} (${packed.files.length} files, ${size} packed)`,
    );
  }
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (problems.length > 0) {
  console.error(`release dry run: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exitCode = 1;
} else {
  console.log("release dry run: every package packs with real version ranges; nothing was published");
}
