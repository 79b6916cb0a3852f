// The restJson1 protocol compliance run (`pnpm conformance`): the suites generated into test/protocol-tests/generated
// by test/protocol-tests/run.ts, and the check that the material is there.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/protocol-tests/generated/**/*.test.ts", "test/protocol-tests/material.test.ts"],
    testTimeout: 10_000,
  },
});
