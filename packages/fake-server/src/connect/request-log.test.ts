import { describe, expect, it } from "vitest";
import type { Exchange } from "../runtime/index.js";
import { RequestLog } from "./request-log.js";

function exchange(n: number, contactId = "c-1"): Exchange {
  return {
    request: {
      method: "POST",
      path: `/p/${n}`,
      query: n === 0 ? { a: ["1", "2"], "b c": "d" } : {},
      headers: { h: "v" },
      body: `{"n":${n}}`,
    },
    response: { statusCode: 200, headers: {}, body: "{}" },
    requestId: `r-${n}`,
    labels: { ContactId: contactId },
  };
}

describe("RequestLog", () => {
  it("keeps requests oldest first, with their query, and filters by contact and limit", () => {
    const log = new RequestLog(10);
    log.record(exchange(0), 0);
    log.record(exchange(1, "c-2"), 1);
    log.record(
      { ...exchange(2), errorType: "ThrottlingException", response: { statusCode: 429, headers: {}, body: "" } },
      2,
    );
    expect(log.list().map((r) => r.Path)).toEqual(["/p/0?a=1&a=2&b%20c=d", "/p/1", "/p/2"]);
    expect(log.list({ contactId: "c-1" }).map((r) => r.Path)).toEqual(["/p/0?a=1&a=2&b%20c=d", "/p/2"]);
    expect(log.list({ limit: 1 })[0]).toMatchObject({
      Path: "/p/2",
      StatusCode: 429,
      ErrorType: "ThrottlingException",
      Body: '{"n":2}',
      ReceivedAt: new Date(2),
    });
  });

  it("keeps headers as they were received, and hands every caller its own copy", () => {
    const log = new RequestLog(10);
    const received = exchange(1);
    log.record(received, 1);
    received.request.headers["h"] = "changed later";
    const listed = log.list()[0]!;
    expect(listed.Headers).toEqual({ h: "v" });
    listed.Headers["h"] = "changed by a reader";
    expect(log.list()[0]!.Headers).toEqual({ h: "v" });
  });

  it("drops the oldest past its capacity", () => {
    const log = new RequestLog(3);
    for (let n = 1; n <= 7; n++) log.record(exchange(n), n);
    expect(log.size).toBe(3);
    expect(log.list().map((r) => r.Path)).toEqual(["/p/5", "/p/6", "/p/7"]);
    log.clear();
    expect(log.list()).toEqual([]);
    log.record(exchange(8), 8);
    expect(log.list().map((r) => r.Path)).toEqual(["/p/8"]);
  });

  it("refuses a capacity below one", () => {
    expect(() => new RequestLog(0)).toThrow(RangeError);
  });
});
