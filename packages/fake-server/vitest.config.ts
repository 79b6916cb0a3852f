import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A guard against hangs, not a measure of speed: turbo runs suites side by side on two cores.
    testTimeout: 30_000,
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    setupFiles: ["./test/fast-check-seed.ts"],
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true", PACT_DO_NOT_TRACK: "true" },
  },
});
