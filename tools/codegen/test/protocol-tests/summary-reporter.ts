// Prints what the protocol test run found: one line per failing case, then a table of passed, failed and skipped
// cases per kind and side, then the one-line total the run is known by.
import type { Reporter, TestCase, TestModule } from "vitest/node";

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

/** Counts by group ("client request", "server malformed request", ...), filled when the run ends. */
export type Tallies = Map<string, Tally>;

export class SummaryReporter implements Reporter {
  readonly tallies: Tallies = new Map();
  readonly failures: string[] = [];

  constructor(private readonly print: (line: string) => void = (line) => console.log(line)) {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    for (const module of modules) {
      for (const error of module.errors()) {
        this.failures.push(`  ERROR ${module.moduleId}: ${error.message.split("\n")[0]}`);
      }
      for (const test of module.children.allTests()) this.#count(test);
    }
    for (const line of this.failures) this.print(line);
    this.print(formatSummary(this.tallies));
  }

  #count(test: TestCase): void {
    const group = test.parent.type === "suite" ? test.parent.name : "other";
    const tally = this.tallies.get(group) ?? { passed: 0, failed: 0, skipped: 0 };
    this.tallies.set(group, tally);
    const result = test.result();
    if (result.state === "passed") tally.passed++;
    else if (result.state === "failed") {
      tally.failed++;
      const message = result.errors?.[0]?.message ?? "failed";
      this.failures.push(`  FAIL [${group}] ${test.name}: ${message.split("\n")[0]!.slice(0, 300)}`);
    } else tally.skipped++;
  }
}

/** Totals per side: the groups whose name starts with the side. */
export function sideTotals(tallies: Tallies): Record<"client" | "server", Tally> {
  const totals = { client: { passed: 0, failed: 0, skipped: 0 }, server: { passed: 0, failed: 0, skipped: 0 } };
  for (const [group, t] of tallies) {
    const side = group.startsWith("client") ? totals.client : group.startsWith("server") ? totals.server : undefined;
    if (!side) continue;
    side.passed += t.passed;
    side.failed += t.failed;
    side.skipped += t.skipped;
  }
  return totals;
}

export function formatSummary(tallies: Tallies): string {
  const order = ["client request", "client response", "server request", "server response", "server malformed request"];
  const groups = [...tallies.keys()]
    .filter((g) => order.includes(g))
    .sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const row = (name: string, t: Tally) => {
    const run = t.passed + t.failed;
    const rate = run === 0 ? "-" : `${((100 * t.passed) / run).toFixed(1)} %`;
    return `  ${name.padEnd(26)}${String(t.passed).padStart(8)}${String(t.failed).padStart(8)}${String(t.skipped).padStart(9)}${rate.padStart(9)}`;
  };
  const lines = ["", "restJson1 protocol compliance", `  ${"kind".padEnd(26)}  passed  failed  skipped  pass rate`];
  for (const group of groups) lines.push(row(group, tallies.get(group)!));
  const sides = sideTotals(tallies);
  lines.push(row("client side", sides.client), row("server side", sides.server));
  const all = {
    passed: sides.client.passed + sides.server.passed,
    failed: sides.client.failed + sides.server.failed,
    skipped: sides.client.skipped + sides.server.skipped,
  };
  lines.push(`restJson1: ${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped`);
  return lines.join("\n");
}
