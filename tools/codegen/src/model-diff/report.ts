// The model diff as people read it, and as JSON.
import { DIFF_SEVERITIES, type DiffEvent, type DiffSeverity } from "./diff-event.js";

const ORDER = [...DIFF_SEVERITIES].reverse();

export function countBySeverity(events: readonly DiffEvent[]): Record<DiffSeverity, number> {
  const counts = { ERROR: 0, DANGER: 0, WARNING: 0, NOTE: 0 };
  for (const e of events) counts[e.severity]++;
  return counts;
}

/** One line per change, the most severe first, then a count. */
export function formatDiffReport(events: readonly DiffEvent[]): string {
  if (events.length === 0) return "No changes.\n";
  const sorted = [...events].sort(
    (a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) || a.shapeId.localeCompare(b.shapeId),
  );
  const width = Math.max(...sorted.map((e) => e.id.length));
  const lines = sorted.map((e) => `${e.severity.padEnd(7)} ${e.id.padEnd(width)} ${e.shapeId}: ${e.message}`);
  const counts = countBySeverity(events);
  const summary = ORDER.map((s) => `${counts[s]} ${s}`).join(", ");
  return `${lines.join("\n")}\n\n${events.length} change${events.length === 1 ? "" : "s"}: ${summary}\n`;
}
