// How watchContacts spends its budget: every token it takes, in shares that hold when the budget cannot keep up,
// new contacts first, with pages of a known size.
import type {
  ListRealtimeContactAnalysisSegmentsV2Request,
  ListRealtimeContactAnalysisSegmentsV2Response,
} from "@rtca/types";
import { describe, expect, it } from "vitest";
import { type RequestBudget, TokenBucketBudget, type WatchInput, watchContacts } from "../src/index.js";
import { ManualClock } from "./support/manual-clock.js";

/** A budget that grants the first `open` tokens at once and each later one when release() is called. */
class GatedBudget implements RequestBudget {
  taken = 0;
  #open: number;
  #waiting: Array<() => void> = [];
  #waiters: Array<() => void> = [];

  constructor(open: number) {
    this.#open = open;
  }

  async take(): Promise<void> {
    if (this.#open > 0) {
      this.#open--;
      this.taken++;
      return;
    }
    await new Promise<void>((resolve) => {
      this.#waiting.push(resolve);
      for (const waiter of this.#waiters.splice(0)) waiter();
    });
    this.taken++;
  }

  backOff(): void {}

  /** Resolves once a take() is waiting. */
  async someoneWaiting(): Promise<void> {
    if (this.#waiting.length > 0) return;
    await new Promise<void>((resolve) => this.#waiters.push(resolve));
  }

  release(): void {
    this.#waiting.shift()?.();
  }
}

describe("watchContacts and its budget", () => {
  it("polls with every token it takes, even when the contact it took it for was removed meanwhile", async () => {
    const clock = new ManualClock();
    const budget = new GatedBudget(1);
    const polled: Array<{ contactId: string; tokensTaken: number }> = [];
    const reader = {
      async listRealtimeContactAnalysisSegmentsV2(
        input: ListRealtimeContactAnalysisSegmentsV2Request,
      ): Promise<ListRealtimeContactAnalysisSegmentsV2Response> {
        polled.push({ contactId: input.ContactId, tokensTaken: budget.taken });
        return { Channel: "CHAT", Status: "IN_PROGRESS", Segments: [] };
      },
    };
    const watch = watchContacts(reader, INPUT, { contactIds: ["first", "second"], budget, clock });
    const events = watch[Symbol.asyncIterator]();
    // The first token goes to `first`; the watcher then waits for a token for `second`, which is removed meanwhile.
    expect(await events.next()).toMatchObject({ value: { type: "status", contactId: "first" } });
    const next = events.next();
    await budget.someoneWaiting();
    watch.remove("second");
    budget.release();
    // By the time the watcher waits for its third token, the second has been used.
    await budget.someoneWaiting();
    expect(polled).toEqual([
      { contactId: "first", tokensTaken: 1 },
      { contactId: "first", tokensTaken: 2 },
    ]);
    watch.close();
    budget.release();
    expect(await next).toEqual({ done: true, value: undefined });
  });

  it("asks for pages of 100 unless told otherwise, so that a page of fewer means caught up", async () => {
    const clock = new ManualClock();
    const chat = new TimedChat(clock, { only: 10_000 });
    const watch = watchContacts(chat, INPUT, {
      contactIds: ["only"],
      budget: new TokenBucketBudget({ clock }),
      clock,
    });
    chat.stopAfter(5, watch);
    for await (const _ of watch);
    expect(chat.requests.map((r) => r.MaxResults)).toEqual([100, 100, 100, 100, 100]);
    // A page of one segment is not followed by another request at once.
    const gaps = chat.requestTimes.slice(1).map((t, i) => t - chat.requestTimes[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000);
  });

  it("shares a budget that cannot keep up by the square root of the contacts' rates, and polls a new contact next", async () => {
    const clock = new ManualClock();
    // One segment every 5 s and one every 20 s: the default policy asks for a poll every 1 s and every 2 s, and a
    // budget of one request per 4 s grants a fraction of that.
    const chat = new TimedChat(clock, { busy: 5_000, quiet: 20_000, late: 10_000 });
    const watch = watchContacts(chat, INPUT, {
      contactIds: ["busy", "quiet"],
      budget: new TokenBucketBudget({ ratePerSecond: 0.25, burst: 1, clock }),
      clock,
    });
    chat.stopAfter(300, watch);
    chat.onRequest(200, () => watch.add("late"));
    for await (const _ of watch);
    const polls = (contactId: string, requests = chat.requests.slice(0, 200)) =>
      requests.filter((r) => r.ContactId === contactId).length;
    // Four times the rate, twice the polls (an even turn would give 1:1).
    expect(polls("busy") / polls("quiet")).toBeGreaterThan(1.7);
    expect(polls("busy") / polls("quiet")).toBeLessThan(2.3);
    expect(chat.requests[200]?.ContactId).toBe("late");
  });
});

const INPUT: WatchInput = { InstanceId: "i-1", OutputType: "Raw", SegmentTypes: ["Transcript"] };

/** Contacts that each say something every so many ms of the clock; a poll returns what came since the token. */
class TimedChat {
  readonly requests: ListRealtimeContactAnalysisSegmentsV2Request[] = [];
  readonly requestTimes: number[] = [];
  readonly #clock: ManualClock;
  readonly #everyMs: Record<string, number>;
  readonly #startedAt: number;
  readonly #hooks = new Map<number, () => void>();

  constructor(clock: ManualClock, everyMs: Record<string, number>) {
    this.#clock = clock;
    this.#everyMs = everyMs;
    this.#startedAt = clock.now();
  }

  /** Closes the watch once `count` requests have been answered. */
  stopAfter(count: number, watch: { close(): void }): void {
    this.onRequest(count, () => watch.close());
  }

  /** Runs `hook` once `count` requests have been answered. */
  onRequest(count: number, hook: () => void): void {
    this.#hooks.set(count, hook);
  }

  async listRealtimeContactAnalysisSegmentsV2(
    input: ListRealtimeContactAnalysisSegmentsV2Request,
  ): Promise<ListRealtimeContactAnalysisSegmentsV2Response> {
    this.requests.push(input);
    this.requestTimes.push(this.#clock.now());
    const every = this.#everyMs[input.ContactId]!;
    const from = Number(input.NextToken ?? 0);
    const said = Math.floor((this.#clock.now() - this.#startedAt) / every);
    const to = Math.min(said, from + (input.MaxResults ?? 100));
    const Segments = Array.from({ length: Math.max(0, to - from) }, (_, i) => ({
      Transcript: {
        Id: `${input.ContactId}-${from + i}`,
        ParticipantId: "customer",
        ParticipantRole: "CUSTOMER",
        Content: "hello",
        Time: { AbsoluteTime: new Date(this.#startedAt + (from + i + 1) * every) },
      },
    }));
    this.#hooks.get(this.requests.length)?.();
    return { Channel: "CHAT", Status: "IN_PROGRESS", Segments, NextToken: String(Math.max(from, to)) };
  }
}
