// The READMEs whose examples must run: the repository's own, and one per package and tool.
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const REPOSITORY_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export function readmeFiles(root: string = REPOSITORY_ROOT): string[] {
  const files = ["README.md"];
  for (const folder of ["packages", "tools"]) {
    for (const name of readdirSync(`${root}/${folder}`).sort()) {
      if (existsSync(`${root}/${folder}/${name}/README.md`)) files.push(`${folder}/${name}/README.md`);
    }
  }
  return files;
}
