import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    setupFiles: ["./test/fast-check-seed.ts"],
    // Removes the old pact file first: Pact merges into an existing file, so renamed interactions would linger.
    globalSetup: ["./test/pact/remove-old-pact.ts"],
    testTimeout: 20_000,
  },
});
