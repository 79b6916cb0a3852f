// Clock-skew correction: the offset learnt from the Date header of answers, the signing time it gives, and the
// immediate retry of a request refused for its time.
import type { HttpRequest } from "@smithy/protocol-http";
import { describe, expect, it } from "vitest";
import { ConfigurationError, ConnectServiceException } from "../src/index.js";
import { INPUT, testClient } from "./support/clients.js";
import { ManualClock } from "./support/manual-clock.js";
import { ScriptedHandler } from "./support/scripted-handler.js";
import { page } from "./support/wire.js";

const LOCAL = Date.UTC(2026, 10, 29, 10, 0, 0);
const HOUR = 3_600_000;

const ok = (serverTime?: number, headers: Record<string, string> = {}) => ({
  status: 200,
  headers: { ...(serverTime === undefined ? {} : { date: new Date(serverTime).toUTCString() }), ...headers },
  body: page([]),
});

const refused = (code: string, serverTime?: number) => ({
  status: 403,
  headers: {
    "x-amzn-errortype": code,
    ...(serverTime === undefined ? {} : { date: new Date(serverTime).toUTCString() }),
  },
  body: { message: "Signature expired: 20261129T100000Z is now earlier than 20261129T114500Z" },
});

/** The signing time of a request, from its X-Amz-Date header. */
function signedAt(request: HttpRequest): number {
  const d = request.headers["x-amz-date"]!;
  return Date.UTC(
    +d.slice(0, 4),
    +d.slice(4, 6) - 1,
    +d.slice(6, 8),
    +d.slice(9, 11),
    +d.slice(11, 13),
    +d.slice(13, 15),
  );
}

describe("clock-skew correction", () => {
  it("retries a request refused for its time at once, signed with the server's time, and signs later calls right", async () => {
    const server = LOCAL + 2 * HOUR;
    const handler = new ScriptedHandler([refused("InvalidSignatureException", server), ok(server), ok(server + 1000)]);
    const clock = new ManualClock(LOCAL);
    const { client } = testClient(handler, { clock });

    const first = await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(first.$metadata.attempts).toBe(2);
    expect(first.$metadata.totalRetryDelay).toBe(0);
    expect(clock.sleeps).toEqual([]);
    expect(client.config.systemClockOffset).toBe(2 * HOUR);
    expect(signedAt(handler.requests[0]!)).toBe(LOCAL);
    expect(signedAt(handler.requests[1]!)).toBe(server);

    const second = await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(second.$metadata.attempts).toBe(1);
    expect(signedAt(handler.requests[2]!)).toBe(server);
  });

  it.each(["RequestTimeTooSkewed", "RequestExpired", "SignatureDoesNotMatch", "RequestInTheFuture", "AuthFailure"])(
    "treats %s as a clock-skew error",
    async (code) => {
      const server = LOCAL - 30 * 60_000;
      const handler = new ScriptedHandler([refused(code, server), ok(server)]);
      const { client } = testClient(handler, { clock: new ManualClock(LOCAL), maxAttempts: 1 });
      const output = await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
      // Even with retries off: the corrected attempt is the same request, signed right.
      expect(output.$metadata.attempts).toBe(2);
      expect(signedAt(handler.requests[1]!)).toBe(server);
    },
  );

  it("does not spend the retry budget: the attempts that follow keep their full count", async () => {
    const server = LOCAL + HOUR;
    const internal = { status: 500, headers: { "x-amzn-errortype": "InternalServiceException" }, body: {} };
    const handler = new ScriptedHandler([refused("InvalidSignatureException", server), internal, internal, ok()]);
    const { client, clock } = testClient(handler, { clock: new ManualClock(LOCAL), maxAttempts: 3 });
    const output = await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(output.$metadata.attempts).toBe(4);
    expect(clock.sleeps).toHaveLength(2);
  });

  it("retries once per call: a server that keeps refusing ends the call with its error", async () => {
    const handler = new ScriptedHandler([
      refused("InvalidSignatureException", LOCAL + HOUR),
      refused("InvalidSignatureException", LOCAL + 3 * HOUR),
    ]);
    const { client } = testClient(handler, { clock: new ManualClock(LOCAL) });
    const error = await client.listRealtimeContactAnalysisSegmentsV2(INPUT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectServiceException);
    expect((error as ConnectServiceException).name).toBe("InvalidSignatureException");
    expect(handler.requests).toHaveLength(2);
    // The second answer still taught the client its new offset.
    expect(client.config.systemClockOffset).toBe(3 * HOUR);
  });

  it("does not retry a skew error whose answer leaves the clock where it was (no Date, or a Date that agrees)", async () => {
    for (const serverTime of [undefined, LOCAL + 60_000]) {
      const handler = new ScriptedHandler([refused("InvalidSignatureException", serverTime)]);
      const { client } = testClient(handler, { clock: new ManualClock(LOCAL) });
      await expect(client.listRealtimeContactAnalysisSegmentsV2(INPUT)).rejects.toMatchObject({
        name: "InvalidSignatureException",
      });
      expect(handler.requests).toHaveLength(1);
      expect(client.config.systemClockOffset).toBe(0);
    }
  });

  it("does not retry other errors at once, though their Date header corrects the clock", async () => {
    const server = LOCAL + HOUR;
    const handler = new ScriptedHandler([refused("AccessDeniedException", server)]);
    const { client } = testClient(handler, { clock: new ManualClock(LOCAL) });
    await expect(client.listRealtimeContactAnalysisSegmentsV2(INPUT)).rejects.toMatchObject({
      name: "AccessDeniedException",
    });
    expect(handler.requests).toHaveLength(1);
    expect(client.config.systemClockOffset).toBe(HOUR);
  });

  it("learns the offset from a successful answer when the clocks are 5 minutes or more apart, not below", async () => {
    const handler = new ScriptedHandler([ok(LOCAL + 4 * 60_000), ok(LOCAL + 6 * 60_000), ok()]);
    const { client } = testClient(handler, { clock: new ManualClock(LOCAL) });
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(client.config.systemClockOffset).toBe(0);
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(client.config.systemClockOffset).toBe(6 * 60_000);
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(signedAt(handler.requests[2]!)).toBe(LOCAL + 6 * 60_000);
  });

  it("ignores the Date of a cached answer (one with an Age header) and a Date it cannot read", async () => {
    const handler = new ScriptedHandler([ok(LOCAL + HOUR, { age: "30" }), ok(undefined, { date: "yesterday" })]);
    const { client } = testClient(handler, { clock: new ManualClock(LOCAL) });
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(client.config.systemClockOffset).toBe(0);
  });

  it("signs with an offset given in the configuration or set on client.config", async () => {
    const handler = new ScriptedHandler([ok(), ok()]);
    const { client } = testClient(handler, { clock: new ManualClock(LOCAL), systemClockOffset: -90_000 });
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(signedAt(handler.requests[0]!)).toBe(LOCAL - 90_000);
    client.config.systemClockOffset = 7_000;
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(signedAt(handler.requests[1]!)).toBe(LOCAL + 7_000);
  });

  it("refuses an offset that is not a finite number", () => {
    for (const systemClockOffset of [Number.NaN, Number.POSITIVE_INFINITY, "60" as unknown as number]) {
      expect(() => testClient(new ScriptedHandler([]), { systemClockOffset })).toThrow(ConfigurationError);
      expect(() => testClient(new ScriptedHandler([]), { systemClockOffset })).toThrow(/systemClockOffset/);
    }
  });
});
