// The last line of a transcript, and the status line of `follow`: where the contact's analysis stands.
import type { FollowProgress } from "../follow/follow.js";
import type { Style } from "./render/style.js";

function statusWord(style: Style, status: string): string {
  if (status === "COMPLETED") return style.green(status);
  if (status === "FAILED") return style.red(status);
  return style.yellow(status);
}

function count(n: number): string {
  return `${n} segment${n === 1 ? "" : "s"}`;
}

export function summaryLine(style: Style, status: string, channel: string, segments: number): string {
  const soFar = status === "COMPLETED" || status === "FAILED" ? "" : " so far";
  return style.dim("— ") + `${statusWord(style, status)} ${style.dim(`· ${channel} · ${count(segments)}${soFar}`)}`;
}

export function followStatus(style: Style, progress: FollowProgress, pollIntervalMs: number): string {
  return `${style.green("●")} live · ${statusWord(style, progress.status)} · ${count(progress.totalSegments)} · polling every ${seconds(pollIntervalMs)} (Ctrl-C to stop)`;
}

export function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
