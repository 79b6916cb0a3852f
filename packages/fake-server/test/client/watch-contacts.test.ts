// watchContacts against the in-process fake at a small quota, on the fake's virtual clock (every sleep of the
// watcher moves it): every segment of every contact once and in order, contacts added and removed while it runs,
// no ThrottlingException when it is the account's only caller, and throttling from elsewhere survived.
import {
  ConnectClient,
  type RequestBudget,
  TokenBucketBudget,
  type WatchEvent,
  type WatchInput,
  watchContacts,
} from "@rtca/client";
import { describe, expect, it } from "vitest";
import { createFake, type Fake, inProcessHttpHandler } from "../../src/index.js";
import { START } from "../support/fake.js";

const INSTANCE = "inst-watch";
const QUOTA = { ratePerSecond: 2, burst: 5 };

/** A contact whose events arrive every `everyMs`, `count` of them, ending after the last. */
function chat(contactId: string, count: number, everyMs: number, startMs = 0) {
  return {
    instanceId: INSTANCE,
    contactId,
    timeline: Array.from({ length: count }, (_, n) => ({
      at: startMs + n * everyMs,
      event: { type: `${contactId}/${n}` },
    })),
    end: { at: startMs + count * everyMs },
  };
}

function setUp(contacts: ReturnType<typeof chat>[]) {
  const fake = createFake({ clock: { mode: "virtual", start: START }, throttle: QUOTA, tokenSecret: "watch" });
  fake.loadScenario({ document: { contacts } });
  // The watcher's sleeps move the fake's time: nothing else runs, so the run is deterministic and instant.
  const clock = {
    now: () => fake.clock.now(),
    random: () => 0.5,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason;
      fake.clock.advance(Math.max(0, Math.ceil(ms)));
      await Promise.resolve();
    },
  };
  const client = new ConnectClient({
    region: "us-east-1",
    endpoint: "http://fake.local",
    credentials: { accessKeyId: "AKIDWATCH", secretAccessKey: "watch" },
    requestHandler: inProcessHttpHandler(fake.handle),
    clock,
  });
  return { fake, client, clock };
}

const input: WatchInput = { InstanceId: INSTANCE, OutputType: "Raw", SegmentTypes: ["Event"] };

function eventTypes(events: readonly WatchEvent[], contactId: string): string[] {
  return events.flatMap((e) =>
    e.type === "segment" && e.contactId === contactId && e.segment.Event !== undefined
      ? [e.segment.Event.EventType]
      : [],
  );
}

function throttledRequests(fake: Fake): number {
  return fake.requestLog.list().filter((r) => r.ErrorType === "ThrottlingException").length;
}

/** Requests in any one second never exceed the burst plus the rate. */
function maxRequestsInAnySecond(fake: Fake): number {
  const times = fake.requestLog.list().map((r) => r.ReceivedAt.getTime());
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe("watchContacts", () => {
  it("delivers every segment of many contacts once and in order, with no ThrottlingException", async () => {
    const contacts = Array.from({ length: 12 }, (_, i) =>
      chat(`c${i}`, 4 + (i % 5) * 3, i % 3 === 0 ? 700 : 4000, (i % 4) * 1500),
    );
    const { fake, client, clock } = setUp(contacts);
    const events: WatchEvent[] = [];
    for await (const event of watchContacts(client, input, {
      contactIds: contacts.map((c) => c.contactId),
      clock,
      pageSize: 5,
      graceAfterEndMs: 0,
    })) {
      events.push(event);
    }
    for (const contact of contacts) {
      expect(eventTypes(events, contact.contactId)).toEqual(contact.timeline.map((t) => t.event.type));
      const ends = events.filter((e) => e.contactId === contact.contactId && e.type === "completed");
      expect(ends).toHaveLength(1);
      expect(ends[0]).toMatchObject({ result: { status: "COMPLETED", readToEnd: true } });
    }
    expect(events.filter((e) => e.type === "error")).toEqual([]);
    expect(throttledRequests(fake)).toBe(0);
    expect(maxRequestsInAnySecond(fake)).toBeLessThanOrEqual(QUOTA.burst + QUOTA.ratePerSecond);
  });

  it("follows contacts added while it runs, and forgets removed ones", async () => {
    const contacts = [chat("first", 6, 1000), chat("late", 5, 1000, 3000), chat("dropped", 20, 1000)];
    const { fake, client, clock } = setUp(contacts);
    const watch = watchContacts(client, input, { contactIds: ["first", "dropped"], clock, graceAfterEndMs: 0 });
    const events: WatchEvent[] = [];
    for await (const event of watch) {
      events.push(event);
      if (event.type === "segment" && event.contactId === "first" && eventTypes(events, "first").length === 2) {
        watch.add("late");
        watch.remove("dropped");
      }
    }
    expect(eventTypes(events, "first")).toEqual(contacts[0]!.timeline.map((t) => t.event.type));
    expect(eventTypes(events, "late")).toEqual(contacts[1]!.timeline.map((t) => t.event.type));
    const droppedAfter = events.findIndex((e) => e.contactId === "late");
    expect(events.slice(droppedAfter).filter((e) => e.contactId === "dropped")).toEqual([]);
    expect(events.some((e) => e.contactId === "dropped" && e.type === "completed")).toBe(false);
    expect(throttledRequests(fake)).toBe(0);
  });

  it("backs off the whole budget when throttled anyway, and loses nothing", async () => {
    const contacts = [chat("a", 8, 500), chat("b", 8, 500)];
    const { fake, client, clock } = setUp(contacts);
    fake.faults.inject({ errorType: "ThrottlingException", count: 3 });
    const backOffs: number[] = [];
    const inner = new TokenBucketBudget({ clock });
    const budget: RequestBudget = {
      take: (signal) => inner.take(signal),
      backOff: (ms) => {
        backOffs.push(ms);
        return inner.backOff(ms);
      },
    };
    const events: WatchEvent[] = [];
    for await (const event of watchContacts(client, input, {
      contactIds: ["a", "b"],
      clock,
      budget,
      graceAfterEndMs: 0,
    }))
      events.push(event);
    expect(backOffs.length).toBe(throttledRequests(fake));
    expect(backOffs.length).toBeGreaterThan(0);
    for (const contact of contacts) {
      expect(eventTypes(events, contact.contactId)).toEqual(contact.timeline.map((t) => t.event.type));
    }
  });

  it("ends a contact that cannot be read with an error event, and goes on with the others", async () => {
    const { client, clock } = setUp([chat("real", 3, 500)]);
    const events: WatchEvent[] = [];
    for await (const event of watchContacts(client, input, {
      contactIds: ["real", "missing"],
      clock,
      graceAfterEndMs: 0,
    }))
      events.push(event);
    const error = events.find((e) => e.type === "error");
    expect(error).toMatchObject({ contactId: "missing", error: { name: "ResourceNotFoundException" } });
    expect(eventTypes(events, "real")).toEqual(["real/0", "real/1", "real/2"]);
  });
});
