import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    // The protocol test suites are generated there and run by `pnpm conformance` (vitest.conformance.config.ts).
    exclude: [...configDefaults.exclude, "test/protocol-tests/generated/**"],
    setupFiles: ["./test/fast-check-seed.ts"],
  },
});
