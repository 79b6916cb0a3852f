// Where the consumer tests write their contract, and how they start a Pact mock server.
import { fileURLToPath } from "node:url";

export const CONSUMER = "rtca-client";
export const PROVIDER = "rtca-fake-server";
/** pacts/ at the repository root, which the fake server's provider verification reads. */
export const PACT_DIR = fileURLToPath(new URL("../../../../pacts", import.meta.url));
export const PACT_FILE = `${PACT_DIR}/${CONSUMER}-${PROVIDER}.json`;
