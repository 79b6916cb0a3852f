// watchContacts: many contacts of an instance as one stream of events, within one request budget. Each contact is
// followed as followSegments follows one (contact-cursor.ts: every segment once, in order, the same end); which
// contact is polled next is the schedule policy's call, and every request waits for the budget first. Throttling
// anyway means another caller of the account took a share: the whole budget backs off. Other retryable failures
// back off only the contact that met them.
import type {
  ListRealtimeContactAnalysisSegmentsV2Request,
  RealTimeContactAnalysisStatus,
  RealTimeContactAnalysisSupportedChannel,
  RealtimeContactAnalysisSegment,
} from "@rtca/types";
import { ContactCursor } from "../follow/contact-cursor.js";
import { DEFAULT_GRACE_AFTER_END_MS, type FollowResult, type SegmentsReader } from "../follow/follow.js";
import { backoffMs, requestedDelay, retryKind } from "../follow/poll-failures.js";
import { type Clock, RequestAbortedError, systemClock } from "../runtime/index.js";
import { type RequestBudget, TokenBucketBudget } from "./request-budget.js";
import { type ContactActivity, defaultSchedulePolicy, type SchedulePolicy } from "./schedule-policy.js";

/** The largest page the model allows (MaxResults' range). */
const LARGEST_PAGE = 100;

export type WatchInput = Omit<ListRealtimeContactAnalysisSegmentsV2Request, "ContactId" | "NextToken" | "MaxResults">;

export type WatchEvent =
  | { readonly type: "segment"; readonly contactId: string; readonly segment: RealtimeContactAnalysisSegment }
  | {
      readonly type: "status";
      readonly contactId: string;
      readonly status: RealTimeContactAnalysisStatus;
      readonly channel: RealTimeContactAnalysisSupportedChannel;
    }
  | { readonly type: "completed"; readonly contactId: string; readonly result: FollowResult }
  | { readonly type: "error"; readonly contactId: string; readonly error: unknown };

export interface WatchOptions {
  /** The contacts to follow from the start; more come and go with add() and remove(). */
  contactIds?: readonly string[];
  /** What every request draws on; a token bucket at the service's quota (2/s, burst 5) in this process by default. */
  budget?: RequestBudget;
  /** When each contact is polled next; defaultSchedulePolicy() by default. */
  policy?: SchedulePolicy;
  /**
   * The page size to ask for (MaxResults; default 100, the most the model allows). The service's own default is not
   * documented, and only with a known page size can a full page (more waiting) be told from the rest.
   */
  pageSize?: number;
  /** As followSegments' graceAfterEndMs (default 30000). */
  graceAfterEndMs?: number;
  /** Failed polls in a row a contact bears before it ends with an `error` event (default 10). */
  maxConsecutiveFailures?: number;
  /** The longest backoff after failures, in ms (default 30000). */
  maxBackoffMs?: number;
  /** Keep the stream open, waiting for add(), once no contact is left (default false: the stream ends). */
  keepOpen?: boolean;
  /** Ends the stream, with a RequestAbortedError, when aborted. */
  signal?: AbortSignal;
  /** The source of time and jitter; replace it to test without waiting. */
  clock?: Clock;
}

interface Followed extends ContactActivity {
  readonly cursor: ContactCursor;
  /** Its place in the schedule: contacts are polled in order of dueAt, none before the clock reaches it. */
  dueAt: number;
  /** After a failure, not polled again before this time (the clock's), whatever its place. */
  notBefore: number;
  failures: number;
  totalSegments: number;
  status: RealTimeContactAnalysisStatus | undefined;
  // ContactActivity, kept up to date by the watcher.
  pages: number;
  lastPageAt: number | undefined;
  lastNewSegmentAt: number | undefined;
  quietPages: number;
  morePending: boolean;
}

export class ContactWatch implements AsyncIterable<WatchEvent> {
  readonly #client: SegmentsReader;
  readonly #input: WatchInput;
  readonly #options: WatchOptions;
  readonly #clock: Clock;
  readonly #budget: RequestBudget;
  readonly #policy: SchedulePolicy;
  readonly #maxFailures: number;
  readonly #maxBackoffMs: number;
  readonly #pageSize: number;
  readonly #contacts = new Map<string, Followed>();
  /** Where the schedule stands: the due time of the latest poll. Behind the clock while the budget cannot keep up. */
  #scheduleNow = Number.NEGATIVE_INFINITY;
  #wake: AbortController | undefined;
  #closed = false;
  #started = false;

  constructor(client: SegmentsReader, input: WatchInput, options: WatchOptions = {}) {
    this.#client = client;
    this.#input = input;
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#budget = options.budget ?? new TokenBucketBudget({ clock: this.#clock });
    this.#policy = options.policy ?? defaultSchedulePolicy();
    this.#maxFailures = Math.floor(positive("maxConsecutiveFailures", options.maxConsecutiveFailures, 10));
    this.#maxBackoffMs = positive("maxBackoffMs", options.maxBackoffMs, 30_000);
    const pageSize = options.pageSize;
    if (pageSize !== undefined && (!Number.isInteger(pageSize) || pageSize < 1)) {
      throw new RangeError(`watchContacts: pageSize must be a whole number of at least 1, got ${String(pageSize)}`);
    }
    this.#pageSize = pageSize ?? LARGEST_PAGE;
    const grace = options.graceAfterEndMs;
    if (grace !== undefined && (typeof grace !== "number" || !Number.isFinite(grace) || grace < 0)) {
      throw new RangeError(`watchContacts: graceAfterEndMs must be a number of at least 0, got ${String(grace)}`);
    }
    for (const contactId of options.contactIds ?? []) this.add(contactId);
  }

  /** The contacts being followed now. */
  get contactIds(): string[] {
    return [...this.#contacts.keys()];
  }

  /** Follows one more contact, from its start; one already followed is left as it is. */
  add(contactId: string): void {
    if (typeof contactId !== "string" || contactId === "") {
      throw new TypeError(`watchContacts: a contact id must be a non-empty string, got ${JSON.stringify(contactId)}`);
    }
    if (this.#contacts.has(contactId)) return;
    const now = this.#clock.now();
    // First in the schedule, so that a new contact is polled at once even when the others are behind.
    const dueAt = Number.isFinite(this.#scheduleNow) ? Math.min(now, this.#scheduleNow) : now;
    this.#contacts.set(contactId, {
      contactId,
      addedAt: now,
      cursor: new ContactCursor({
        graceAfterEndMs: this.#options.graceAfterEndMs ?? DEFAULT_GRACE_AFTER_END_MS,
        pageSize: this.#pageSize,
      }),
      dueAt,
      notBefore: now,
      failures: 0,
      totalSegments: 0,
      status: undefined,
      pages: 0,
      lastPageAt: undefined,
      lastNewSegmentAt: undefined,
      quietPages: 0,
      morePending: false,
    });
    this.#wake?.abort();
  }

  /** Stops following a contact; no event for it comes after the one being handed out. */
  remove(contactId: string): void {
    this.#contacts.delete(contactId);
  }

  /** Ends the stream once the event being handed out is taken. */
  close(): void {
    this.#closed = true;
    this.#wake?.abort();
  }

  [Symbol.asyncIterator](): AsyncIterator<WatchEvent> {
    if (this.#started) throw new TypeError("watchContacts: a watch can be iterated only once");
    this.#started = true;
    return this.#run();
  }

  async *#run(): AsyncGenerator<WatchEvent, void, undefined> {
    const signal = this.#options.signal;
    for (;;) {
      if (this.#closed) return;
      if (signal?.aborted) throw new RequestAbortedError("watchContacts", {}, { cause: signal.reason });
      if (this.#contacts.size === 0 && this.#options.keepOpen !== true) return;
      const waitMs = this.#firstReadyAt() - this.#clock.now();
      if (waitMs > 0) {
        await this.#sleepUnlessWoken(waitMs);
        continue;
      }
      await this.#wait(() => this.#budget.take(signal));
      // The most urgent contact once the budget allowed a request: one may have come or gone meanwhile. The token is
      // spent, so it goes to that contact even if its time has not come (the one whose time had may be gone).
      const contact = this.#mostUrgent(this.#clock.now());
      if (contact === undefined) continue;
      // A contact that was held back after a failure rejoins the schedule where it stands, rather than catching up
      // with a run of polls.
      contact.dueAt = Math.max(contact.dueAt, this.#scheduleNow);
      this.#scheduleNow = contact.dueAt;
      yield* this.#poll(contact);
    }
  }

  async *#poll(contact: Followed): AsyncGenerator<WatchEvent, void, undefined> {
    const signal = this.#options.signal;
    let page: Awaited<ReturnType<SegmentsReader["listRealtimeContactAnalysisSegmentsV2"]>>;
    try {
      page = await this.#client.listRealtimeContactAnalysisSegmentsV2(
        {
          ...this.#input,
          ContactId: contact.contactId,
          NextToken: contact.cursor.token,
          MaxResults: this.#pageSize,
        },
        { abortSignal: signal, maxAttempts: 1 },
      );
    } catch (error) {
      if (signal?.aborted) throw new RequestAbortedError("watchContacts", {}, { cause: error });
      yield* this.#failed(contact, error);
      return;
    }
    contact.failures = 0;
    const cursor = contact.cursor;
    cursor.startPage();
    let newSegments = 0;
    for (const segment of page.Segments) {
      if (!cursor.pass(segment)) continue;
      newSegments++;
      contact.totalSegments++;
      yield { type: "segment", contactId: contact.contactId, segment };
      if (this.#contacts.get(contact.contactId) !== contact) return;
    }
    const now = this.#clock.now();
    const verdict = cursor.finishPage(page, newSegments, now);
    if (page.Status !== contact.status) {
      contact.status = page.Status;
      yield { type: "status", contactId: contact.contactId, status: page.Status, channel: page.Channel };
      if (this.#contacts.get(contact.contactId) !== contact) return;
    }
    if (verdict.ended !== undefined) {
      this.#contacts.delete(contact.contactId);
      const result: FollowResult = {
        status: page.Status,
        channel: page.Channel,
        totalSegments: contact.totalSegments,
        lastToken: cursor.token,
        readToEnd: verdict.ended === "read-to-end",
        summaryArrived: cursor.summaryArrived,
      };
      yield { type: "completed", contactId: contact.contactId, result };
      return;
    }
    contact.pages++;
    contact.lastPageAt = now;
    if (newSegments > 0) contact.lastNewSegmentAt = now;
    contact.quietPages = newSegments > 0 ? 0 : contact.quietPages + 1;
    contact.morePending = !verdict.caughtUp;
    contact.dueAt = this.#policy.nextPollAt(contact, now);
  }

  async *#failed(contact: Followed, error: unknown): AsyncGenerator<WatchEvent, void, undefined> {
    const kind = retryKind(error);
    contact.failures++;
    if (kind === undefined || contact.failures >= this.#maxFailures) {
      this.#contacts.delete(contact.contactId);
      yield { type: "error", contactId: contact.contactId, error };
      return;
    }
    const now = this.#clock.now();
    const delayMs = backoffMs(
      1000,
      this.#maxBackoffMs,
      contact.failures,
      this.#clock.random(),
      requestedDelay(error, now),
    );
    // Throttling stops the whole budget; any other failure holds back this contact, which keeps its place.
    if (kind === "throttling") await this.#budget.backOff(delayMs);
    else contact.notBefore = now + delayMs;
  }

  /** The contact polled next: the earliest in the schedule of those not held back. */
  #mostUrgent(now: number): Followed | undefined {
    let best: Followed | undefined;
    for (const contact of this.#contacts.values()) {
      if (contact.notBefore > now) continue;
      if (best === undefined || contact.dueAt < best.dueAt) best = contact;
    }
    return best;
  }

  /** When a contact is first both due and not held back; an hour on when none is followed. */
  #firstReadyAt(): number {
    let first = this.#clock.now() + 3_600_000;
    for (const contact of this.#contacts.values()) first = Math.min(first, Math.max(contact.dueAt, contact.notBefore));
    return first;
  }

  /** Sleeps, but wakes early when a contact is added or the watch closed. */
  async #sleepUnlessWoken(ms: number): Promise<void> {
    const wake = new AbortController();
    this.#wake = wake;
    const signal = this.#options.signal;
    try {
      await this.#clock.sleep(ms, signal === undefined ? wake.signal : AbortSignal.any([signal, wake.signal]));
    } catch (error) {
      if (signal?.aborted) throw new RequestAbortedError("watchContacts", {}, { cause: error });
      if (!wake.signal.aborted) throw error;
    } finally {
      if (this.#wake === wake) this.#wake = undefined;
    }
  }

  async #wait(run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      if (this.#options.signal?.aborted) throw new RequestAbortedError("watchContacts", {}, { cause: error });
      throw error;
    }
  }
}

/**
 * Follows many contacts of an instance as one stream of events: `segment` (each segment of each contact once, in
 * order), `status` (when a contact's status changes), `completed` (a contact's end) and `error` (a contact given up
 * on). Contacts come and go with add() and remove() while it runs. Every request draws on one budget.
 */
export function watchContacts(client: SegmentsReader, input: WatchInput, options: WatchOptions = {}): ContactWatch {
  return new ContactWatch(client, input, options);
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`watchContacts: ${name} must be a number above 0, got ${String(value)}`);
  }
  return value;
}
