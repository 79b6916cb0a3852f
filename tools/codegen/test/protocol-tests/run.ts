// `pnpm conformance`: generates the code and suites of Smithy's restJson1 protocol tests, runs them, prints the
// summary, and fails when a side passes fewer cases than floor.json records (so that no fix is lost), when the
// material is missing in CI, or when the run itself breaks.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { delimiter, dirname, join } from "node:path";
import { conformancePath, conformanceRequired, locateConformance } from "@rtca/conformance";
import { startVitest } from "vitest/node";
import type { Skip } from "../../src/protocol-tests/emit-suite.js";
import { generateProtocolTests } from "../../src/protocol-tests/generate-suites.js";
import {
  CLIENT_RUNTIME,
  FLOOR_FILE,
  GENERATED_DIR,
  HARNESS,
  SERVER_RUNTIME,
  SKIPS_FILE,
  SUITE_MODEL,
  SUITE_SERVICES,
} from "./suite.js";
import { SummaryReporter, sideTotals } from "./summary-reporter.js";

const location = locateConformance();
await rm(GENERATED_DIR, { recursive: true, force: true });
if (location.found) {
  const skips = JSON.parse(await readFile(SKIPS_FILE, "utf8")) as Skip[];
  const generated = await generateProtocolTests({
    // RTCA_PROTOCOL_TESTS_EXTRA_MODEL: more model files (path-separated), such as trait definitions to try out.
    model: [
      ...SUITE_MODEL.map((p) => conformancePath(location, p)),
      ...(process.env["RTCA_PROTOCOL_TESTS_EXTRA_MODEL"]?.split(delimiter).filter(Boolean) ?? []),
    ],
    services: SUITE_SERVICES,
    out: GENERATED_DIR,
    skips,
    modules: { harness: HARNESS, clientRuntime: CLIENT_RUNTIME, serverRuntime: SERVER_RUNTIME },
  });
  for (const { file, reason } of generated.unreadable) console.log(`  not read: ${file}: ${reason}`);
  for (const suite of generated.suites) {
    if (suite.problem) console.log(`  ${suite.problem}`);
    for (const [path, content] of suite.files) {
      await mkdir(dirname(join(GENERATED_DIR, path)), { recursive: true });
      await writeFile(join(GENERATED_DIR, path), content);
    }
  }
}

const summary = new SummaryReporter();
const filter = process.argv.slice(2);
const vitest = await startVitest("test", filter, {
  config: new URL("../../vitest.conformance.config.ts", import.meta.url).pathname,
  reporters: [summary],
  watch: false,
});
await vitest?.close();

const floor = JSON.parse(await readFile(FLOOR_FILE, "utf8")) as Record<"client" | "server", number>;
const totals = sideTotals(summary.tallies);
let failed = vitest === undefined;
if (location.found && filter.length === 0) {
  for (const side of ["client", "server"] as const) {
    if (totals[side].passed < floor[side]) {
      console.log(`${side} side: ${totals[side].passed} cases pass, fewer than the ${floor[side]} of ${FLOOR_FILE}`);
      failed = true;
    } else if (totals[side].passed > floor[side]) {
      console.log(`${side} side: ${totals[side].passed} cases pass, more than floor.json records: raise it`);
    }
  }
} else if (!location.found) {
  console.log(`[conformance] restJson1 protocol tests skipped: ${location.why}`);
  failed = conformanceRequired();
}
process.exit(failed ? 1 : 0);
