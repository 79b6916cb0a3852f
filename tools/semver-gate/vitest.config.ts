import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A guard against hangs, not a measure of speed: turbo runs suites side by side on two cores.
    testTimeout: 30_000,
    include: ["test/**/*.test.ts"],
  },
});
