// Where the conformance material lives. It is third-party test material laid beside the project (never copied into
// it): `../shared/conformance` from the project's root, or wherever RTCA_CONFORMANCE points.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export type ConformanceLocation = { found: true; root: string } | { found: false; root: string; why: string };

/** Finds the conformance folder, or says why it is not there. */
export function locateConformance(env: NodeJS.ProcessEnv = process.env): ConformanceLocation {
  const configured = env["RTCA_CONFORMANCE"];
  const root = configured ? resolve(configured) : join(projectRoot, "..", "shared", "conformance");
  if (existsSync(join(root, "README.md"))) return { found: true, root };
  const source = configured ? `RTCA_CONFORMANCE=${configured}` : "the default ../shared/conformance";
  return { found: false, root, why: `no conformance material at ${root} (${source})` };
}

/** True where a missing folder must fail the run rather than skip it: CI always has the material. */
export function conformanceRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env["CI"];
  return ci !== undefined && ci !== "" && ci !== "false" && ci !== "0";
}

/** A path inside the conformance folder (whether or not it exists). */
export function conformancePath(location: ConformanceLocation, ...parts: string[]): string {
  return join(location.root, ...parts);
}
