// When following a contact ends. A COMPLETED or FAILED analysis may still deliver segments: a post-contact summary
// arrives after a chat completes. The service says it has nothing more by giving no token; while it still gives
// one, following goes on, and ends only once it has caught up and a grace period has passed without news since
// the status became final, or since the last segment that arrived after that.
import type { RealTimeContactAnalysisStatus } from "@rtca/types";

const FINAL: ReadonlySet<string> = new Set(["COMPLETED", "FAILED"]);

export type EndReason = "read-to-end" | "grace-elapsed" | "summary-arrived";

export interface PageOutcome {
  status: RealTimeContactAnalysisStatus;
  /** The service gave no token (absent or empty): nothing more will come. */
  noToken: boolean;
  /** Segments on the page that had not been yielded before. */
  newSegments: number;
  /** Everything the service holds so far has been read: polling again now would find nothing. */
  caughtUp: boolean;
  /** A post-contact summary has been yielded (on this page or before). */
  summarySeen: boolean;
  now: number;
}

export class EndWatch {
  readonly #graceMs: number;
  readonly #untilSummary: boolean;
  /** When the last news came since the status became final; undefined while it is not final. */
  #newsAt: number | undefined;

  /** With `untilSummary`, following ends as soon as the post-contact summary has come, grace or not. */
  constructor(graceMs: number, untilSummary = false) {
    this.#graceMs = graceMs;
    this.#untilSummary = untilSummary;
  }

  /** Why following ends after this page, or undefined when it goes on. */
  afterPage(page: PageOutcome): EndReason | undefined {
    if (!FINAL.has(page.status)) {
      this.#newsAt = undefined;
      return undefined;
    }
    if (page.noToken) return "read-to-end";
    if (this.#untilSummary && page.summarySeen && page.caughtUp) return "summary-arrived";
    if (this.#newsAt === undefined || page.newSegments > 0) this.#newsAt = page.now;
    if (page.caughtUp && page.now - this.#newsAt >= this.#graceMs) return "grace-elapsed";
    return undefined;
  }
}
