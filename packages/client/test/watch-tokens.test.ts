// watchContacts spends every token it takes: a contact that goes away while the watcher waits for the budget does
// not leave the token unused.
import type {
  ListRealtimeContactAnalysisSegmentsV2Request,
  ListRealtimeContactAnalysisSegmentsV2Response,
} from "@rtca/types";
import { describe, expect, it } from "vitest";
import { type RequestBudget, watchContacts } from "../src/index.js";
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
    const watch = watchContacts(
      reader,
      { InstanceId: "i-1", OutputType: "Raw", SegmentTypes: ["Transcript"] },
      { contactIds: ["first", "second"], budget, clock },
    );
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
});
