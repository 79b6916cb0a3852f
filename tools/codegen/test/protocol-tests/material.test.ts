// Without Smithy's suite, the protocol compliance run is a visible skip (a failure in CI); with it, every service the
// run covers has its generated suite.
import { existsSync } from "node:fs";
import { describeConformance } from "@rtca/conformance/vitest";
import { expect, it } from "vitest";
import { GENERATED_DIR, SUITE_SERVICES } from "./suite.js";

describeConformance("restJson1 protocol compliance", () => {
  it.each(SUITE_SERVICES.map((s) => s.split("#")[1]!))("has a generated suite for %s", (name) => {
    expect(existsSync(`${GENERATED_DIR}/${name}/${name}.test.ts`)).toBe(true);
  });
});
