import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A guard against hangs, not a measure of speed: turbo runs suites side by side on two cores.
    testTimeout: 30_000,
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    // The protocol test suites are generated there and run by `pnpm conformance` (vitest.conformance.config.ts),
    // with material.test.ts, which checks that run's output: here it would race the conformance task that writes it.
    exclude: [...configDefaults.exclude, "test/protocol-tests/generated/**", "test/protocol-tests/material.test.ts"],
    setupFiles: ["./test/fast-check-seed.ts"],
  },
});
