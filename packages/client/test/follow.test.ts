// followSegments against a conversation that grows, throttles and fails: no segment lost or repeated, within 2
// requests per second, resuming from the last token.
import { decodeRealtimeContactAnalysisSegment } from "@rtca/types";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type FollowOptions,
  type FollowResult,
  followSegments,
  type RealtimeContactAnalysisSegment,
  RequestAbortedError,
  ResourceNotFoundException,
  RealtimeContactAnalysisSegment as Segment,
  ThrottlingException,
} from "../src/index.js";
import { INPUT, testClient } from "./support/clients.js";
import { type Arrival, Conversation, type Fault } from "./support/conversation.js";
import { ManualClock } from "./support/manual-clock.js";
import { ScriptedHandler } from "./support/scripted-handler.js";
import { categories, event, issue, page, transcript } from "./support/wire.js";

function idOf(segment: RealtimeContactAnalysisSegment): string {
  const kind = Segment.memberName(segment);
  const value = (segment.$unknown?.[1] ?? (segment as unknown as Record<string, unknown>)[kind]) as { Id?: string };
  return value.Id ?? `${kind}:${JSON.stringify(value)}`;
}

async function follow(conversation: Conversation, clock: ManualClock, options: FollowOptions = {}) {
  const handler = new ScriptedHandler([], conversation.reply);
  const { client } = testClient(handler, { clock });
  const ids: string[] = [];
  const iterator = followSegments(client, INPUT, { clock, ...options });
  let result: FollowResult;
  for (;;) {
    const step = await iterator.next();
    if (step.done === true) {
      result = step.value;
      break;
    }
    ids.push(idOf(step.value));
  }
  return { ids, result, requests: conversation.served };
}

function gaps(times: readonly number[]): number[] {
  return times.slice(1).map((t, i) => t - times[i]!);
}

const arrivals = (n: number, every: number): Arrival[] =>
  Array.from({ length: n }, (_, i) => ({ at: i * every, segment: transcript(`t${i}`, `message ${i}`) }));

describe("followSegments", () => {
  it("yields every segment of a growing conversation once, in order, and ends when it is completed", async () => {
    const clock = new ManualClock();
    const conversation = new Conversation(clock, arrivals(12, 700), { pageSize: 2 });
    const { ids, result, requests } = await follow(conversation, clock);
    expect(ids).toEqual(arrivals(12, 700).map((a) => (a.segment["Transcript"] as { Id: string }).Id));
    expect(result).toMatchObject({ status: "COMPLETED", channel: "CHAT", totalSegments: 12 });
    // Resumes from the last token: every request carries the token of the page before it.
    for (let i = 1; i < requests.length; i++) expect(requests[i]!.token).toMatch(/^offset-\d+$/);
    expect(requests[0]!.token).toBeUndefined();
  });

  it("stays within 2 requests per second by default, and within the rate it is given", async () => {
    for (const [rate, minimumGap] of [
      [undefined, 500],
      [5, 200],
    ] as const) {
      const clock = new ManualClock();
      const conversation = new Conversation(clock, arrivals(30, 0), { pageSize: 1 });
      const { requests } = await follow(conversation, clock, { maxRequestsPerSecond: rate });
      expect(requests).toHaveLength(30);
      expect(Math.min(...gaps(requests.map((r) => r.at)))).toBeGreaterThanOrEqual(minimumGap);
    }
  });

  it("waits the poll interval once caught up", async () => {
    const clock = new ManualClock();
    const conversation = new Conversation(clock, arrivals(2, 10_000), { pageSize: 5 });
    const { requests } = await follow(conversation, clock, { pollIntervalMs: 3000, pageSize: 5 });
    // Caught up after the first (partial) page: polls every 3 s until the second message arrives at 10 s.
    expect(requests.map((r) => r.at).slice(0, 5)).toEqual([0, 3000, 6000, 9000, 12000]);
  });

  it("backs off on throttling, longer each time, and loses nothing", async () => {
    const clock = new ManualClock();
    const conversation = new Conversation(clock, arrivals(6, 0), {
      pageSize: 2,
      faults: ["ok", "throttle", "throttle", "throttle", "ok"],
    });
    const retries: number[] = [];
    const { ids, requests } = await follow(conversation, clock, { onRetry: (r) => retries.push(r.delayMs) });
    expect(ids).toEqual(["t0", "t1", "t2", "t3", "t4", "t5"]);
    expect(retries).toHaveLength(3);
    expect(retries[1]!).toBeGreaterThan(retries[0]!);
    expect(retries[2]!).toBeGreaterThan(retries[1]!);
    const throttledGaps = gaps(requests.map((r) => r.at)).slice(1, 4);
    expect(throttledGaps).toEqual(retries);
    // The request after a failure asks for the same page again.
    expect(requests[1]!.token).toBe(requests[4]!.token);
  });

  it("honours Retry-After on throttling", async () => {
    const clock = new ManualClock();
    const handler = new ScriptedHandler(
      [{ status: 429, headers: { "x-amzn-errortype": "ThrottlingException", "retry-after": "7" } }],
      { status: 200, body: page([transcript("t1", "hi")]) },
    );
    const { client } = testClient(handler, { clock });
    const delays: number[] = [];
    for await (const _ of followSegments(client, INPUT, { clock, onRetry: (r) => delays.push(r.delayMs) })) {
      // reading
    }
    expect(delays).toEqual([7000]);
  });

  it("survives 500s, 503s and broken connections without losing or repeating a segment", async () => {
    const clock = new ManualClock();
    const conversation = new Conversation(clock, arrivals(8, 400), {
      pageSize: 3,
      faults: ["ok", "internal", "network", "ok", "unavailable", "ok", "network", "network", "ok"],
    });
    const { ids, result } = await follow(conversation, clock);
    expect(ids).toEqual(["t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7"]);
    expect(result.status).toBe("COMPLETED");
  });

  it("drops segments the service re-sends by Id, and those without one read again at the same position", async () => {
    const clock = new ManualClock();
    const script: Arrival[] = [
      { at: 0, segment: transcript("t1", "I want a refund") },
      { at: 0, segment: categories({ refund: [["t1", 9, 15]] }) },
      { at: 0, segment: issue("t1", "refund", 9, 15) },
      { at: 0, segment: event("e1", "application/vnd.amazonaws.connect.event.participant.left") },
      { at: 0, segment: categories({ refund: [["t1", 9, 15]], angry: [["t1", 0, 1]] }) },
    ];
    const conversation = new Conversation(clock, script, {
      pageSize: 2,
      faults: ["ok", "resend", "repeat", "resend", "repeat", "repeat"],
    });
    const { ids, result } = await follow(conversation, clock);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(result.totalSegments).toBe(5);
  });

  it("yields equal segments without an Id once each where they stand, not once in all", async () => {
    const clock = new ManualClock();
    const same = () => categories({ refund: [["t1", 9, 15]] });
    const script: Arrival[] = [
      { at: 0, segment: transcript("t1", "I want a refund") },
      { at: 0, segment: same() },
      { at: 500, segment: same() },
      { at: 500, segment: transcript("t2", "a refund, please") },
      { at: 900, segment: same() },
    ];
    const conversation = new Conversation(clock, script, { pageSize: 2, faults: ["repeat", "ok", "repeat"] });
    const { ids } = await follow(conversation, clock);
    expect(ids).toEqual(script.map((a) => idOf(decodeRealtimeContactAnalysisSegment(a.segment))));
  });

  it("reads segments that arrive after the contact completed, such as a post-contact summary", async () => {
    const clock = new ManualClock();
    const script: Arrival[] = [
      { at: 0, segment: transcript("t1", "thanks, bye") },
      { at: 1000, segment: event("e1", "application/vnd.amazonaws.connect.event.participant.left") },
      // The status is final at 1 s; the summary comes 9 s later, and a last category 8 s after the summary.
      { at: 10_000, segment: { PostContactSummary: { Content: "Refund issued" } } },
      { at: 18_000, segment: categories({ refund: [["t1", 0, 6]] }) },
    ];
    const conversation = new Conversation(clock, script, { endsAt: 1000, pageSize: 5 });
    const { ids, result, requests } = await follow(conversation, clock, { graceAfterEndMs: 10_000 });
    expect(ids).toHaveLength(4);
    expect(result).toMatchObject({ status: "COMPLETED", totalSegments: 4, readToEnd: true });
    expect(requests.at(-1)!.at).toBeGreaterThanOrEqual(18_000);
  });

  it("with waitForSummary, ends as soon as the post-contact summary has come instead of waiting out the grace", async () => {
    const clock = new ManualClock();
    const script: Arrival[] = [
      { at: 0, segment: transcript("t1", "thanks, bye") },
      { at: 3000, segment: { PostContactSummary: { Content: "Refund issued", Status: "COMPLETED" } } },
    ];
    const conversation = new Conversation(clock, script, { endsAt: 1000, tokenForever: true, pageSize: 5 });
    const { ids, result, requests } = await follow(conversation, clock, {
      graceAfterEndMs: 30_000,
      waitForSummary: true,
    });
    expect(ids).toHaveLength(2);
    expect(result).toMatchObject({ status: "COMPLETED", summaryArrived: true, readToEnd: false });
    expect(requests.at(-1)!.at).toBeLessThan(5000);
  });

  it("with waitForSummary, gives up on a summary that does not come within the grace", async () => {
    const clock = new ManualClock();
    const script: Arrival[] = [{ at: 0, segment: transcript("t1", "thanks, bye") }];
    const conversation = new Conversation(clock, script, { endsAt: 1000, tokenForever: true, pageSize: 5 });
    const { result, requests } = await follow(conversation, clock, {
      graceAfterEndMs: 5000,
      pollIntervalMs: 1000,
      waitForSummary: true,
    });
    expect(result).toMatchObject({ summaryArrived: false, readToEnd: false });
    expect(requests.at(-1)!.at).toBeLessThanOrEqual(7000);
  });

  it("ends once the grace after the end has passed without news when the service keeps handing out a token", async () => {
    const clock = new ManualClock();
    const script: Arrival[] = [
      { at: 0, segment: transcript("t1", "thanks, bye") },
      { at: 4000, segment: categories({ refund: [["t1", 0, 6]] }) },
    ];
    const conversation = new Conversation(clock, script, { endsAt: 1000, tokenForever: true, pageSize: 5 });
    const { ids, result, requests } = await follow(conversation, clock, {
      graceAfterEndMs: 6000,
      pollIntervalMs: 1000,
    });
    expect(ids).toHaveLength(2);
    expect(result).toMatchObject({ status: "COMPLETED", readToEnd: false, lastToken: "offset-2" });
    // The grace counts from the last segment after the status change (4 s): the last poll is 6 s after it, not
    // later than one poll interval past that.
    const last = requests.at(-1)!.at;
    expect(last).toBeGreaterThanOrEqual(10_000);
    expect(last).toBeLessThanOrEqual(11_000);
  });

  it("with no grace, ends at the first page with nothing new once the status is final", async () => {
    const clock = new ManualClock();
    const conversation = new Conversation(clock, arrivals(2, 0), { endsAt: 0, tokenForever: true, pageSize: 5 });
    const { ids, result, requests } = await follow(conversation, clock, { graceAfterEndMs: 0 });
    expect(ids).toHaveLength(2);
    expect(result.readToEnd).toBe(false);
    expect(requests).toHaveLength(2);
  });

  it("returns FAILED when the contact's analysis fails", async () => {
    const clock = new ManualClock();
    const conversation = new Conversation(clock, arrivals(3, 100), { finalStatus: "FAILED" });
    const { ids, result } = await follow(conversation, clock);
    expect(ids).toHaveLength(3);
    expect(result.status).toBe("FAILED");
  });

  it("reads the remaining pages of a contact that completed before it started", async () => {
    const clock = new ManualClock();
    clock.advance(0);
    const conversation = new Conversation(clock, arrivals(7, 0), { pageSize: 2 });
    const { ids, requests } = await follow(conversation, clock);
    expect(ids).toHaveLength(7);
    expect(requests).toHaveLength(4);
  });

  it("ends with the error when a failure is not worth retrying", async () => {
    const clock = new ManualClock();
    const handler = new ScriptedHandler([
      { status: 404, headers: { "x-amzn-errortype": "ResourceNotFoundException" }, body: { Message: "no contact" } },
    ]);
    const { client } = testClient(handler, { clock });
    await expect(followSegments(client, INPUT, { clock }).next()).rejects.toBeInstanceOf(ResourceNotFoundException);
    expect(handler.requests).toHaveLength(1);
  });

  it("gives up after too many failures in a row", async () => {
    const clock = new ManualClock();
    const handler = new ScriptedHandler([], { status: 429, headers: { "x-amzn-errortype": "ThrottlingException" } });
    const { client } = testClient(handler, { clock });
    await expect(followSegments(client, INPUT, { clock, maxConsecutiveFailures: 4 }).next()).rejects.toBeInstanceOf(
      ThrottlingException,
    );
    expect(handler.requests).toHaveLength(4);
  });

  it("ends with an AbortError when its signal aborts while it waits", async () => {
    const clock = new ManualClock();
    const controller = new AbortController();
    const handler = new ScriptedHandler([], { status: 200, body: page([], { status: "IN_PROGRESS", nextToken: "x" }) });
    const { client } = testClient(handler, { clock });
    const realSleep = clock.sleep.bind(clock);
    clock.sleep = async (ms, signal) => {
      if (handler.requests.length >= 3) controller.abort();
      return realSleep(ms, signal);
    };
    const iterator = followSegments(client, INPUT, { clock, signal: controller.signal });
    await expect(iterator.next()).rejects.toBeInstanceOf(RequestAbortedError);
    expect(handler.requests).toHaveLength(3);
  });

  it("refuses bad options with a message naming them, before sending anything", async () => {
    const handler = new ScriptedHandler([]);
    const { client } = testClient(handler);
    await expect(followSegments(client, INPUT, { pollIntervalMs: 0 }).next()).rejects.toThrow(/pollIntervalMs must be/);
    await expect(followSegments(client, INPUT, { pageSize: 1.5 }).next()).rejects.toThrow(/pageSize must be/);
    await expect(followSegments(client, INPUT, { graceAfterEndMs: -1 }).next()).rejects.toThrow(
      /graceAfterEndMs must be/,
    );
    expect(handler.requests).toHaveLength(0);
  });

  it("never loses or repeats a segment, whatever the arrivals, page sizes and faults (property)", async () => {
    const fault = fc.constantFrom<Fault>("ok", "ok", "ok", "throttle", "internal", "unavailable", "network", "resend");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: 4000 }), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fault, { maxLength: 40 }),
        fc.nat({ max: 5000 }),
        async (gapsBetween, pageSize, faults, tail) => {
          const clock = new ManualClock(undefined, () => 0.3);
          let at = 0;
          const script = gapsBetween.map((gap, i) => {
            at += gap;
            const segment =
              i % 5 === 4
                ? categories({ [`category-${i}`]: [[`t${i - 1}`, 0, 1]] })
                : transcript(`t${i}`, `message ${i}`);
            return { at, segment };
          });
          const conversation = new Conversation(clock, script, { pageSize, faults, endsAt: at + tail });
          const { ids, result, requests } = await follow(conversation, clock);
          const expected = script.map((a) =>
            a.segment["Transcript"] !== undefined
              ? (a.segment["Transcript"] as { Id: string }).Id
              : `Categories:${JSON.stringify(a.segment["Categories"])}`,
          );
          expect(ids).toEqual(expected);
          expect(result.status).toBe("COMPLETED");
          expect(Math.min(Infinity, ...gaps(requests.map((r) => r.at)))).toBeGreaterThanOrEqual(500);
        },
      ),
    );
  });

  it("loses no segment that arrives around the status change, within the grace (property)", async () => {
    const fault = fc.constantFrom<Fault>("ok", "ok", "ok", "ok", "ok", "throttle", "internal", "network", "repeat");
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 10_000 }),
        fc.integer({ min: 1000, max: 8000 }),
        // Each arrival as a fraction of the way from 5 s before the status change to the end of the grace after it.
        fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.array(fault, { maxLength: 30 }),
        async (endsAt, grace, fractions, pageSize, tokenForever, faults) => {
          const clock = new ManualClock(undefined, () => 0.3);
          const script = fractions.map((f, i) => ({
            at: Math.max(0, Math.floor(endsAt - 5000 + f * (5000 + grace))),
            // Every third segment is the same Categories segment again: each of them counts.
            segment: i % 3 === 2 ? categories({ late: [["t0", 0, 1]] }) : transcript(`t${i}`, `message ${i}`),
          }));
          const conversation = new Conversation(clock, script, { endsAt, pageSize, faults, tokenForever });
          const { ids, result } = await follow(conversation, clock, { graceAfterEndMs: grace, pollIntervalMs: 2000 });
          const inOrder = [...script].sort((a, b) => a.at - b.at);
          expect(ids).toEqual(inOrder.map((a) => idOf(decodeRealtimeContactAnalysisSegment(a.segment))));
          expect(result).toMatchObject({ status: "COMPLETED", readToEnd: !tokenForever });
        },
      ),
      { numRuns: 50 },
    );
  });
});
