// A describe() for suites that read the conformance material: without the material it is a visible skip that says
// why, except in CI, where a missing folder is a failure.
import { describe, it } from "vitest";
import { type ConformanceLocation, conformanceRequired, locateConformance } from "./index.js";

export function describeConformance(name: string, body: (root: string) => void): void {
  const location: ConformanceLocation = locateConformance();
  if (location.found) {
    describe(name, () => body(location.root));
    return;
  }
  if (conformanceRequired()) {
    describe(name, () => {
      it("finds the conformance material", () => {
        throw new Error(`${location.why}; CI must have it`);
      });
    });
    return;
  }
  console.warn(`[conformance] skipped "${name}": ${location.why}`);
  describe.skip(`${name} (skipped: ${location.why})`, () => {
    it("needs the conformance material", () => {});
  });
}
