// When each followed contact is polled next. watchContacts asks the policy after every page and polls the contact
// that is due first whenever the budget allows a request, so the policy decides where the budget goes.

/** What the watcher knows of a contact, for the policy. Times are ms on the watcher's clock. */
export interface ContactActivity {
  readonly contactId: string;
  /** When the contact was added to the watch. */
  readonly addedAt: number;
  /** Pages read so far. */
  readonly pages: number;
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
  /** When to poll the contact next, in ms on the watcher's clock; a time in the past means at once. */
  nextPollAt(contact: ContactActivity, now: number): number;
}

export interface DefaultPolicyOptions {
  /** How soon a contact that just said something is polled again, in ms (default 1000). */
  activeIntervalMs?: number;
  /** The longest a quiet contact waits between polls, in ms (default 8000). */
  maxQuietIntervalMs?: number;
}

/**
 * The default: a new contact at once; a full page followed at once; a contact whose last page brought news after
 * `activeIntervalMs`; each quiet page in a row doubles the wait, up to `maxQuietIntervalMs`. Finished contacts are
 * not polled at all (the watcher drops them).
 */
export function defaultSchedulePolicy(options: DefaultPolicyOptions = {}): SchedulePolicy {
  const active = positive("activeIntervalMs", options.activeIntervalMs, 1000);
  const maxQuiet = positive("maxQuietIntervalMs", options.maxQuietIntervalMs, 8000);
  return {
    nextPollAt(contact, now) {
      if (contact.pages === 0) return contact.addedAt;
      if (contact.morePending) return now;
      return now + Math.min(maxQuiet, active * 2 ** Math.min(contact.quietPages, 30));
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
