import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A guard against hangs, not a speed check: the machines running the suite are shared, and the conformance
    // suites load models of thousands of shapes.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
