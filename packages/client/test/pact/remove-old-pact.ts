// vitest globalSetup: deletes this consumer's pact file before the run, because Pact merges into an existing file
// and interactions that were renamed or removed would otherwise linger in it.
import { rmSync } from "node:fs";
import { PACT_FILE } from "./pact-file.js";

export default function removeOldPact(): void {
  rmSync(PACT_FILE, { force: true });
}
