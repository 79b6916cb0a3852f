// What the restJson1 protocol compliance run reads and where it writes.
import { fileURLToPath } from "node:url";

/** The services of Smithy's restJson1 suite whose cases run. */
export const SUITE_SERVICES = [
  "aws.protocoltests.restjson#RestJson",
  "aws.protocoltests.restjson.validation#RestJsonValidation",
  "com.amazonaws.glacier#Glacier",
  "com.amazonaws.apigateway#BackplaneControlService",
] as const;

/** Model files of the suite, relative to the conformance folder. */
export const SUITE_MODEL = [
  "smithy/protocol-tests/restJson1",
  "smithy/protocol-tests/aws-config.smithy",
  "smithy/protocol-tests/shared-types.smithy",
] as const;

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Where the generated code and suites go (ignored by git: it is made from the suite on every run). */
export const GENERATED_DIR = here("./generated");
export const SKIPS_FILE = here("./skips.json");
export const FLOOR_FILE = here("./floor.json");
export const HARNESS = here("./harness.ts");
export const CLIENT_RUNTIME = here("../../../../packages/client/src/runtime/index.ts");
export const SERVER_RUNTIME = here("../../../../packages/fake-server/src/runtime/index.ts");
