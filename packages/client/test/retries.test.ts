// Standard-mode retries under scripted failures: what is retried, how long the client waits, what it reports.
import { describe, expect, it } from "vitest";
import {
  InternalServiceException,
  InvalidRequestException,
  NetworkError,
  RequestAbortedError,
  ThrottlingException,
} from "../src/index.js";
import { INPUT, testClient } from "./support/clients.js";
import { ManualClock } from "./support/manual-clock.js";
import { ScriptedHandler } from "./support/scripted-handler.js";
import { page } from "./support/wire.js";

const ok = { status: 200, body: page([]) };
const throttled = (headers: Record<string, string> = {}) => ({
  status: 429,
  headers: { "x-amzn-errortype": "ThrottlingException", ...headers },
  body: { Message: "Rate exceeded" },
});
const internal = {
  status: 500,
  headers: { "x-amzn-errortype": "InternalServiceException" },
  body: { Message: "oops" },
};
const connectionReset = () => ({ error: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) });

describe("retries", () => {
  it("retries 500, 502, 503 and 504 and reports attempts and the time waited", async () => {
    for (const status of [500, 502, 503, 504]) {
      const handler = new ScriptedHandler([{ status }, { status }, ok]);
      const { client, clock } = testClient(handler);
      const output = await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
      expect(handler.requests).toHaveLength(3);
      expect(output.$metadata.attempts).toBe(3);
      expect(output.$metadata.totalRetryDelay).toBe(clock.sleeps.reduce((a, b) => a + b, 0));
      expect(output.$metadata.httpStatusCode).toBe(200);
    }
  });

  it("backs off exponentially with full jitter: random × base × 2^(attempt-1)", async () => {
    const handler = new ScriptedHandler([internal, internal, internal, internal, ok]);
    const clock = new ManualClock(undefined, () => 0.75);
    const { client } = testClient(handler, { clock, maxAttempts: 5 });
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(clock.sleeps).toEqual([75, 150, 300, 600]);
  });

  it("uses the longer throttling base and never waits beyond the maximum delay", async () => {
    const handler = new ScriptedHandler([throttled(), throttled(), throttled(), ok]);
    const clock = new ManualClock(undefined, () => 0.999);
    const { client } = testClient(handler, { clock, maxAttempts: 4, retry: { maxDelayMs: 1200 } });
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    // The third ceiling is the 1200 ms maximum, not 500 × 4.
    expect(clock.sleeps).toEqual([499, 999, 1198]);
  });

  it("honours Retry-After in seconds and as an HTTP date", async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 29, 10, 0, 0), () => 0);
    const handler = new ScriptedHandler([
      throttled({ "retry-after": "2" }),
      throttled({ "retry-after": "Sun, 29 Nov 2026 10:00:07 GMT" }),
      ok,
    ]);
    const { client } = testClient(handler, { clock });
    const output = await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    // 2 s, then 5 s more: the date is 7 s after the start and 2 s have passed.
    expect(clock.sleeps).toEqual([2000, 5000]);
    expect(output.$metadata.totalRetryDelay).toBe(7000);
  });

  it("gives up after maxAttempts with the last error, carrying attempts and delay", async () => {
    const handler = new ScriptedHandler([throttled(), throttled(), throttled()]);
    const { client, clock } = testClient(handler);
    const error = await client.listRealtimeContactAnalysisSegmentsV2(INPUT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThrottlingException);
    const throttling = error as ThrottlingException;
    expect(throttling.$metadata).toMatchObject({ attempts: 3, httpStatusCode: 429 });
    expect(throttling.$metadata.totalRetryDelay).toBe(clock.sleeps.reduce((a, b) => a + b, 0));
    expect(handler.requests).toHaveLength(3);
  });

  it("never retries other 4xx answers, even with a Retry-After", async () => {
    for (const status of [400, 403, 404, 409, 413]) {
      const handler = new ScriptedHandler([
        {
          status,
          headers: { "x-amzn-errortype": "InvalidRequestException", "retry-after": "1" },
          body: { Message: "no" },
        },
      ]);
      const { client, clock } = testClient(handler);
      await expect(client.listRealtimeContactAnalysisSegmentsV2(INPUT)).rejects.toBeInstanceOf(InvalidRequestException);
      expect(handler.requests).toHaveLength(1);
      expect(clock.sleeps).toEqual([]);
    }
  });

  it("retries a throttling error code that arrives with another status", async () => {
    const handler = new ScriptedHandler([{ status: 400, headers: { "x-amzn-errortype": "ThrottlingException" } }, ok]);
    const { client } = testClient(handler);
    expect((await client.listRealtimeContactAnalysisSegmentsV2(INPUT)).$metadata.attempts).toBe(2);
  });

  it("retries network errors and ends with a NetworkError naming the endpoint and the cause", async () => {
    const handler = new ScriptedHandler([connectionReset(), connectionReset(), connectionReset()]);
    const { client } = testClient(handler, { endpoint: "http://127.0.0.1:1" });
    const error = await client.listRealtimeContactAnalysisSegmentsV2(INPUT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).code).toBe("ECONNRESET");
    expect((error as NetworkError).message).toContain("http://127.0.0.1:1");
    expect((error as NetworkError).$metadata.attempts).toBe(3);
  });

  it("recovers from a network error on the next attempt", async () => {
    const handler = new ScriptedHandler([connectionReset(), ok]);
    const { client } = testClient(handler);
    expect((await client.listRealtimeContactAnalysisSegmentsV2(INPUT)).$metadata.attempts).toBe(2);
  });

  it("maxAttempts 1, in the config or per call, turns retries off", async () => {
    const handler = new ScriptedHandler([internal, internal]);
    const { client } = testClient(handler, { maxAttempts: 1 });
    await expect(client.listRealtimeContactAnalysisSegmentsV2(INPUT)).rejects.toBeInstanceOf(InternalServiceException);
    const other = testClient(handler).client;
    await expect(other.listRealtimeContactAnalysisSegmentsV2(INPUT, { maxAttempts: 1 })).rejects.toBeInstanceOf(
      InternalServiceException,
    );
    expect(handler.requests).toHaveLength(2);
  });

  it("stops retrying when the retry quota is spent, and earns it back with successes", async () => {
    const handler = new ScriptedHandler([], internal);
    const { client } = testClient(handler, { maxAttempts: 1000 });
    await expect(client.listRealtimeContactAnalysisSegmentsV2(INPUT)).rejects.toBeInstanceOf(InternalServiceException);
    // 500 tokens at 5 per retry: 100 retries, 101 attempts.
    expect(handler.requests).toHaveLength(101);
    const next = new ScriptedHandler([internal, ok]);
    const drained = testClient(next, { maxAttempts: 3 });
    await drained.client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(next.requests).toHaveLength(2);
  });

  it("an abort during the backoff ends the call at once", async () => {
    const controller = new AbortController();
    const handler = new ScriptedHandler([internal, ok]);
    const clock = new ManualClock();
    clock.sleep = async (_ms, signal) => {
      controller.abort();
      if (signal?.aborted) throw signal.reason;
    };
    const { client } = testClient(handler, { clock });
    const error = await client
      .listRealtimeContactAnalysisSegmentsV2(INPUT, { abortSignal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error as RequestAbortedError).name).toBe("AbortError");
    expect(handler.requests).toHaveLength(1);
  });

  it("logs each retry at debug level", async () => {
    const lines: string[] = [];
    const logger = { debug: (line: string) => lines.push(line), info() {}, warn() {}, error() {} };
    const handler = new ScriptedHandler([internal, ok]);
    const { client } = testClient(handler, { logger });
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/attempt 1 of 3 failed \(InternalServiceException: oops\); retrying in \d+ ms/);
  });
});
