// Runs Smithy's validation suite and tallies, per event id, the models where our events agree with Smithy's.
import { readFileSync } from "node:fs";
import { isBlocking } from "../../src/errors.js";
import {
  compareEvents,
  modelVersion,
  ourEvents,
  rootId,
  type ValidationCase,
  validationCases,
} from "./validation-cases.js";

export interface IdTally {
  passed: number;
  total: number;
  /** Whether our validator reported this id anywhere in the suite. */
  implemented: boolean;
  failing: string[];
}

export interface SuiteTally {
  ids: Map<string, IdTally>;
  /** Models (IDL 2) with an ERROR or DANGER from Smithy, and how many of them we refuse too. */
  rejected: { ours: number; smithy: number };
  /** IDL 2 models Smithy accepts that we refuse. */
  wronglyRejected: string[];
  /** IDL 1.0 models, which the loader refuses naming the version. */
  v1: { refusedNamingVersion: number; total: number };
  cases: number;
}

function tallyCase(c: ValidationCase, tally: SuiteTally): void {
  const text = readFileSync(c.file, "utf8");
  const events = ourEvents(c.file, text);
  if (!modelVersion(c.file, text).startsWith("2")) {
    tally.v1.total++;
    if (events.some((e) => e.severity === "ERROR" && /version/.test(e.message))) tally.v1.refusedNamingVersion++;
    return;
  }
  tally.cases++;
  const smithyRejects = c.expected.some((e) => e.severity === "ERROR" || e.severity === "DANGER");
  const weReject = events.some(isBlocking);
  if (smithyRejects) {
    tally.rejected.smithy++;
    if (weReject) tally.rejected.ours++;
  } else if (weReject) {
    tally.wronglyRejected.push(c.name);
  }
  const ids = new Set([...c.expected.map((e) => rootId(e.id)), ...events.map((e) => rootId(e.id))]);
  for (const id of ids) {
    const { missing, extra } = compareEvents(
      c.expected.filter((e) => rootId(e.id) === id),
      events.filter((e) => rootId(e.id) === id),
    );
    const entry = tally.ids.get(id) ?? { passed: 0, total: 0, implemented: false, failing: [] };
    entry.total++;
    if (missing.length === 0 && extra.length === 0) entry.passed++;
    else entry.failing.push(c.name);
    if (events.some((e) => rootId(e.id) === id)) entry.implemented = true;
    tally.ids.set(id, entry);
  }
}

export function runValidationSuite(suite: string): SuiteTally {
  const tally: SuiteTally = {
    ids: new Map(),
    rejected: { ours: 0, smithy: 0 },
    wronglyRejected: [],
    v1: { refusedNamingVersion: 0, total: 0 },
    cases: 0,
  };
  for (const c of validationCases(suite)) tallyCase(c, tally);
  return tally;
}

/** The per-id table as Markdown rows, implemented ids first, by number of cases. */
export function tallyTable(tally: SuiteTally): string[] {
  const rows = [...tally.ids].sort(
    ([a, x], [b, y]) => Number(y.implemented) - Number(x.implemented) || y.total - x.total || (a < b ? -1 : 1),
  );
  return [
    "| event id | passed / total |",
    "|---|---|",
    ...rows.map(([id, t]) => `| ${id} | ${t.passed} / ${t.total}${t.implemented ? "" : " (not implemented)"} |`),
  ];
}
