// The live view of `rtca watch`: each contact's transcript as follow prints it, every line prefixed with a short
// label of its contact in a colour of its own, and a line when a contact's status changes, when it is done and when
// it is given up on.
import type { RealtimeContactAnalysisSegment } from "@rtca/types";
import type { FollowResult } from "../../follow/follow.js";
import { statusWord, summaryLine } from "../summary.js";
import type { Style } from "./style.js";
import { TranscriptView } from "./transcript-view.js";

const LABEL_CHARS = 8;

export class WatchView {
  readonly #style: Style;
  readonly #labels = new Map<string, string>();
  readonly #views = new Map<string, TranscriptView>();

  constructor(style: Style, contactIds: readonly string[]) {
    this.#style = style;
    const labels = contactLabels(contactIds);
    // Red is left for errors; the others go round.
    const colours = [style.cyan, style.magenta, style.blue, style.yellow, style.green];
    contactIds.forEach((id, i) => {
      const colour = colours[i % colours.length] ?? style.cyan;
      this.#labels.set(id, colour(labels[i] ?? id));
      this.#views.set(id, new TranscriptView(style));
    });
  }

  segment(contactId: string, segment: RealtimeContactAnalysisSegment): string[] {
    return this.#prefixed(contactId, this.#views.get(contactId)?.render(segment) ?? []);
  }

  status(contactId: string, status: string, channel: string): string[] {
    const s = this.#style;
    return this.#prefixed(contactId, [`${s.dim("— ")}${statusWord(s, status)} ${s.dim(`· ${channel}`)}`]);
  }

  completed(contactId: string, result: FollowResult): string[] {
    const s = this.#style;
    const lines = [summaryLine(s, result.status, result.channel, result.totalSegments)];
    if (!result.readToEnd && !result.summaryArrived) {
      lines.push(s.dim("  stopped waiting for late segments (--grace-after-end): the service may still add some"));
    }
    return this.#prefixed(contactId, lines);
  }

  error(contactId: string, message: string, hint: string | undefined): string[] {
    const s = this.#style;
    return this.#prefixed(contactId, [`${s.red("✖")} ${message}`, ...(hint ? [s.dim(`  ${hint}`)] : [])]);
  }

  #prefixed(contactId: string, lines: readonly string[]): string[] {
    const label = this.#labels.get(contactId) ?? contactId;
    return lines.flatMap((line) => line.split("\n")).map((line) => `${label}  ${line}`);
  }
}

/**
 * A short label per contact, all of one width: the first 8 characters of each ID when those tell them apart, else
 * c1, c2, ... in the order given.
 */
export function contactLabels(contactIds: readonly string[]): string[] {
  const short = contactIds.map((id) => id.slice(0, LABEL_CHARS));
  const labels = new Set(short).size === short.length ? short : contactIds.map((_, i) => `c${i + 1}`);
  const width = Math.max(0, ...labels.map((label) => label.length));
  return labels.map((label) => label.padEnd(width));
}
