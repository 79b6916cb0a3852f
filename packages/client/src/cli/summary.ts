// The last line of a transcript, and the status line of `follow`: where the contact's analysis stands.
import type { FollowProgress } from "../follow/follow.js";
import type { Style } from "./render/style.js";

export function statusWord(style: Style, status: string): string {
  if (status === "COMPLETED") return style.green(status);
  if (status === "FAILED") return style.red(status);
  return style.yellow(status);
}

function count(n: number): string {
  return `${n} segment${n === 1 ? "" : "s"}`;
}

/** `more`: the service may still add segments (it gave a token to resume from), whatever the status says. */
export function summaryLine(style: Style, status: string, channel: string, segments: number, more = false): string {
  const soFar = more || (status !== "COMPLETED" && status !== "FAILED") ? " so far" : "";
  return style.dim("— ") + `${statusWord(style, status)} ${style.dim(`· ${channel} · ${count(segments)}${soFar}`)}`;
}

export function followStatus(
  style: Style,
  progress: FollowProgress,
  pollIntervalMs: number,
  graceAfterEndMs: number,
): string {
  const ended = progress.status === "COMPLETED" || progress.status === "FAILED";
  const polling = ended
    ? `waiting for late segments, up to ${seconds(graceAfterEndMs)} without news`
    : `polling every ${seconds(pollIntervalMs)}`;
  return `${style.green("●")} live · ${statusWord(style, progress.status)} · ${count(progress.totalSegments)} · ${polling} (Ctrl-C to stop)`;
}

export function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** What a snapshot of a contact that may still grow leaves out, and how to see the rest. */
export function moreToComeNote(status: string, instanceId: string, contactId: string): string {
  const follow = `rtca follow --instance ${instanceId} --contact ${contactId}`;
  if (status === "COMPLETED" || status === "FAILED") {
    return `the analysis is ${status} but the service may still add segments (such as a post-contact summary): ${follow} waits for them`;
  }
  return `the contact is still in progress: ${follow} prints the rest as it comes`;
}
