// Where following one contact stands: the token to read from, the segments already handed out and when following
// ends. followSegments and watchContacts both drive one per contact, so that a contact is followed the same way
// whether alone or among many: a page's new segments are told apart from repeats, the token only moves forward, and
// the end comes as end-watch.ts says.
import type { ListRealtimeContactAnalysisSegmentsV2Response, RealtimeContactAnalysisSegment } from "@rtca/types";
import { type EndReason, EndWatch } from "./end-watch.js";
import { SeenSegments } from "./seen-segments.js";

export interface PageVerdict {
  /** Everything the service holds so far has been read: polling again now would find nothing. */
  readonly caughtUp: boolean;
  /** Why following ends with this page, or undefined when it goes on. */
  readonly ended: EndReason | undefined;
}

export class ContactCursor {
  readonly #seen = new SeenSegments();
  readonly #endWatch: EndWatch;
  readonly #pageSize: number | undefined;
  #token: string | undefined;

  constructor(options: { graceAfterEndMs: number; pageSize: number | undefined; startingToken?: string | undefined }) {
    this.#endWatch = new EndWatch(options.graceAfterEndMs);
    this.#pageSize = options.pageSize;
    this.#token = options.startingToken;
  }

  /** The token the next request resumes from. */
  get token(): string | undefined {
    return this.#token;
  }

  /** Starts reading a page that was requested with the current token. */
  startPage(): void {
    this.#seen.startPage(this.#token);
  }

  /** Whether the next segment of the page is new; from then on it counts as handed out. */
  pass(segment: RealtimeContactAnalysisSegment): boolean {
    return this.#seen.pass(segment);
  }

  /** Ends the page once its new segments (`newSegments` of them) were handed out: moves the token on. */
  finishPage(page: ListRealtimeContactAnalysisSegmentsV2Response, newSegments: number, now: number): PageVerdict {
    const next = page.NextToken;
    const noToken = next === undefined || next === "";
    const advanced = !noToken && next !== this.#token;
    if (advanced) this.#token = next;
    // Caught up (an empty page, the same token back, or a page that was not full): polling again at once would
    // find nothing, so give the conversation time to say more.
    const partialPage = this.#pageSize !== undefined && page.Segments.length < this.#pageSize;
    const caughtUp = !advanced || page.Segments.length === 0 || partialPage;
    const ended = this.#endWatch.afterPage({ status: page.Status, noToken, newSegments, caughtUp, now });
    return { caughtUp, ended };
  }
}
