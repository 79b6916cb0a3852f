// When each followed contact is polled next. watchContacts asks the policy after every page and, whenever the budget
// allows a request, polls the contact whose time comes first, so the policy decides where the budget goes.

/** What the watcher knows of a contact, for the policy. Times are ms on the watcher's clock. */
export interface ContactActivity {
  readonly contactId: string;
  /** When the contact was added to the watch. */
  readonly addedAt: number;
  /**
   * The contact's place in the watcher's schedule for the poll just made: when it was due. While the budget keeps
   * up this is about when the poll was made; when more contacts are due than the budget allows, every contact's due
   * time falls behind the clock, and a policy that counts from here (rather than from `now`) keeps the shares it
   * gives each contact, instead of all of them sliding towards an even turn.
   */
  readonly dueAt: number;
  /** Pages read so far. */
  readonly pages: number;
  /** Segments delivered so far. */
  readonly totalSegments: number;
  /** When the last page was read; undefined before the first. */
  readonly lastPageAt: number | undefined;
  /** When a page last brought new segments; undefined while none did. */
  readonly lastNewSegmentAt: number | undefined;
  /** Pages in a row, up to the last, that brought nothing new. */
  readonly quietPages: number;
  /** The last page was full: the service holds more right now. */
  readonly morePending: boolean;
}

export interface SchedulePolicy {
  /**
   * When to poll the contact next, on the watcher's schedule (see `ContactActivity.dueAt`); the contact with the
   * earliest time is polled first, and none before its time has come on the clock.
   */
  nextPollAt(contact: ContactActivity, now: number): number;
}

export interface DefaultPolicyOptions {
  /** The poll interval of a contact that speaks every 5 s or more often, in ms (default 1000). */
  activeIntervalMs?: number;
  /** The longest interval, for the quietest contacts, in ms (default 8000). */
  maxQuietIntervalMs?: number;
}

/** The message rate, in segments per second, that gets `activeIntervalMs`. */
const ACTIVE_RATE = 1 / 5;
/** Until a contact has spoken for a while, its rate is taken as one segment per this many seconds. */
const PRIOR_SECONDS = 10;

/**
 * The default: a full page's next page at once; otherwise each contact's interval goes with one over the square
 * root of its message rate (segments delivered over the time followed, starting from one per 10 s), from
 * `activeIntervalMs` for a contact that speaks every 5 s or more to `maxQuietIntervalMs`. The square root spreads
 * a budget that cannot poll everyone as often as this asks so that the mean delay of a segment is the least it can
 * be when messages come at random: a contact four times as busy is polled twice as often. Intervals count from the
 * contact's place in the schedule, so these shares hold however far the budget is behind. New contacts are polled
 * at once (the watcher puts them first) and finished ones not at all (the watcher drops them).
 */
export function defaultSchedulePolicy(options: DefaultPolicyOptions = {}): SchedulePolicy {
  const active = positive("activeIntervalMs", options.activeIntervalMs, 1000);
  const maxQuiet = positive("maxQuietIntervalMs", options.maxQuietIntervalMs, 8000);
  return {
    nextPollAt(contact, now) {
      if (contact.morePending) return contact.dueAt;
      const followedSeconds = Math.max(0, now - contact.addedAt) / 1000;
      const rate = (contact.totalSegments + 1) / (followedSeconds + PRIOR_SECONDS);
      const interval = active * Math.sqrt(ACTIVE_RATE / rate);
      return contact.dueAt + Math.min(maxQuiet, Math.max(active, interval));
    },
  };
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`defaultSchedulePolicy: ${name} must be a number above 0, got ${String(value)}`);
  }
  return value;
}
