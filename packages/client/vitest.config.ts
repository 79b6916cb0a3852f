import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    setupFiles: ["./test/fast-check-seed.ts"],
    // Removes the old pact file first: Pact merges into an existing file, so renamed interactions would linger.
    globalSetup: ["./test/pact/remove-old-pact.ts"],
    testTimeout: 20_000,
    // Transcript times are shown in local time; tests read them in UTC.
    env: { TZ: "UTC" },
  },
});
