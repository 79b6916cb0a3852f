import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A guard against hangs, not a measure of speed: turbo runs suites side by side on two cores.
    testTimeout: 30_000,
    include: ["test/**/*.test.ts"],
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true", TZ: "UTC" },
  },
});
