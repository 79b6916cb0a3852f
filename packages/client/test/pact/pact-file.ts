// Where the consumer's pact file goes: pacts/ at the repository root, which the fake server's verification reads.
import { fileURLToPath } from "node:url";

export const CONSUMER = "rtca-client";
export const PROVIDER = "rtca-fake-server";
export const PACT_DIR = fileURLToPath(new URL("../../../../pacts", import.meta.url));
export const PACT_FILE = `${PACT_DIR}/${CONSUMER}-${PROVIDER}.json`;
