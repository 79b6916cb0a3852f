// The pack check run by `pnpm test`: packs every public package from the dist/ turbo has just built, lints each
// tarball (publint strict, arethetypeswrong), then installs them all with npm into an empty project and uses them
// there. Prints what the install weighs; exits 1 with every problem found. RTCA_PACK_CHECK_KEEP=1 keeps the
// tarballs and the consumer project for a look.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildsOnPack, formatBytes, packedProblems, workspaceVersions } from "./checks.js";
import { checkConsumer } from "./consumer.js";
import { dependencyFootprint } from "./footprint.js";
import { publintProblems, typesProblems } from "./lint.js";
import { type Packed, pack } from "./pack.js";
import { publicPackages } from "./workspace.js";

const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const packages = publicPackages();
const work = mkdtempSync(join(tmpdir(), "rtca-pack-check-"));
const problems: string[] = [];
const note = (name: string, found: readonly string[]) => problems.push(...found.map((p) => `${name}: ${p}`));

try {
  const unbuilt = packages.filter((p) => !existsSync(join(p.dir, "dist")));
  if (unbuilt.length > 0) {
    throw new Error(
      `no dist/ in ${unbuilt.map((p) => p.manifest.name).join(", ")}: run through turbo (pnpm test) or pnpm build`,
    );
  }
  const versions = workspaceVersions(packages);
  const packed: Packed[] = [];
  for (const pkg of packages) {
    note(pkg.manifest.name, buildsOnPack(pkg));
    const tarball = await pack(pkg, work, { lifecycleScripts: false });
    packed.push(tarball);
    const types = await typesProblems(tarball);
    const found = [...packedProblems(tarball, versions), ...(await publintProblems(tarball)), ...types.problems];
    note(tarball.name, found);
    const requireEsm = types.requireEsm.length > 0 ? `; CommonJS by require(esm): ${types.requireEsm.join(" ")}` : "";
    console.log(`packed ${tarball.name}: ${tarball.files.length} files, ${found.length} problems${requireEsm}`);
  }
  if (problems.length === 0) {
    console.log(`packed and linted in ${seconds(started)}`);
    const consumer = await checkConsumer(packed, join(work, "consumer"));
    for (const line of consumer.log) console.log(line);
    const { packages: count, bytes } = consumer.footprint;
    console.log(`consumer install (every @rtca package and fast-check): ${count} packages, ${formatBytes(bytes)}`);
    for (const { name } of packed) {
      const own = dependencyFootprint(join(work, "consumer", "node_modules"), name);
      console.log(`  ${name} with its dependencies: ${own.packages} packages, ${formatBytes(own.bytes)}`);
    }
  }
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
} finally {
  if (process.env.RTCA_PACK_CHECK_KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`pack check: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exitCode = 1;
} else {
  console.log(`pack check: ${packages.length} packages ready to publish (${seconds(started)})`);
}
