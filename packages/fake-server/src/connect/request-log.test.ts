import { createHash } from "node:crypto";
import type { ReceivedRequest } from "@rtca/types/fake-control";
import { describe, expect, it } from "vitest";
import type { Exchange } from "../runtime/index.js";
import { MAX_LOGGED_HEADER_BYTES, MAX_LOGGED_PATH, PAGE_BYTES, RequestLog } from "./request-log.js";

function exchange(n: number, contactId = "c-1", change: Partial<Exchange["request"]> = {}): Exchange {
  return {
    request: {
      method: "POST",
      path: `/p/${n}`,
      query: n === 0 ? { a: ["1", "2"], "b c": "d" } : {},
      headers: { h: "v" },
      body: `{"n":${n}}`,
      ...change,
    },
    response: { statusCode: 200, headers: {}, body: "{}" },
    requestId: `r-${n}`,
    labels: { ContactId: contactId },
  };
}

/** Everything the log hands out for an entry, as text: what its accounting must cover. */
function textOf(request: ReceivedRequest): number {
  let size = request.Method.length + request.Path.length + (request.Body?.length ?? 0);
  for (const name in request.Headers) size += name.length + request.Headers[name]!.length;
  return size;
}

const readAll = (log: RequestLog, contactId?: string) => log.page({ contactId, maxResults: 1_000_000 }).requests;

describe("RequestLog", () => {
  it("keeps requests oldest first, with their query, and filters by contact", () => {
    const log = new RequestLog({ maxEntries: 10 });
    log.record(exchange(0), 0);
    log.record(exchange(1, "c-2"), 1);
    log.record(
      { ...exchange(2), errorType: "ThrottlingException", response: { statusCode: 429, headers: {}, body: "" } },
      2,
    );
    expect(log.list().map((r) => r.Path)).toEqual(["/p/0?a=1&a=2&b%20c=d", "/p/1", "/p/2"]);
    expect(log.list({ contactId: "c-1" }).map((r) => r.Path)).toEqual(["/p/0?a=1&a=2&b%20c=d", "/p/2"]);
    expect(log.page({ limit: 1, maxResults: 10 }).requests[0]).toMatchObject({
      Path: "/p/2",
      StatusCode: 429,
      ErrorType: "ThrottlingException",
      Body: '{"n":2}',
      BodySize: 7,
      ReceivedAt: new Date(2),
    });
  });

  it("keeps headers as they were received, and hands every caller its own copy", () => {
    const log = new RequestLog({ maxEntries: 10 });
    const received = exchange(1);
    log.record(received, 1);
    received.request.headers["h"] = "changed later";
    const listed = log.list()[0]!;
    expect(listed.Headers).toEqual({ h: "v" });
    listed.Headers["h"] = "changed by a reader";
    expect(log.list()[0]!.Headers).toEqual({ h: "v" });
  });

  it("drops the oldest past its entry limit", () => {
    const log = new RequestLog({ maxEntries: 3 });
    for (let n = 1; n <= 7; n++) log.record(exchange(n), n);
    expect(log.size).toBe(3);
    expect(log.list().map((r) => r.Path)).toEqual(["/p/5", "/p/6", "/p/7"]);
    log.clear();
    expect(log.list()).toEqual([]);
    expect(log.bytes).toBe(0);
    log.record(exchange(8), 8);
    expect(log.list().map((r) => r.Path)).toEqual(["/p/8"]);
  });

  it("keeps a large body as its size and SHA-256, and a small one whole", () => {
    const log = new RequestLog({ maxBodyBytes: 16 });
    const large = `{"x":"${"é".repeat(40)}"}`;
    log.record(exchange(1, "c-1", { body: large }), 1);
    log.record(exchange(2, "c-1", { body: "{}" }), 2);
    log.record(exchange(3, "c-1", { body: undefined }), 3);
    const [first, second, third] = log.list();
    expect(first!.Body).toBeUndefined();
    expect(first!.BodySize).toBe(Buffer.byteLength(large));
    expect(first!.BodySha256).toBe(createHash("sha256").update(large).digest("hex"));
    expect(second).toMatchObject({ Body: "{}", BodySize: 2 });
    expect(second!.BodySha256).toBeUndefined();
    expect(third!.BodySize).toBeUndefined();
  });

  it("stays within its size limit whatever it is sent, and counts everything it keeps", () => {
    const maxBytes = 256 * 1024;
    const log = new RequestLog({ maxBytes, maxBodyBytes: 4096 });
    const bigHeaders: Record<string, string> = {};
    for (let i = 0; i < 300; i++) bigHeaders[`x-header-${i}`] = "v".repeat(100);
    const kinds: Partial<Exchange["request"]>[] = [
      { body: "x".repeat(300 * 1024) },
      { body: "y".repeat(4096) },
      { headers: bigHeaders },
      { path: `/${"p".repeat(100_000)}` },
      { query: { q: "q".repeat(50_000) } },
      { method: "M".repeat(10_000) },
      {},
    ];
    for (let n = 0; n < 2_000; n++) {
      log.record(exchange(n, `c-${"z".repeat(n % 500)}`, kinds[n % kinds.length]), n);
      expect(log.bytes).toBeLessThanOrEqual(maxBytes);
    }
    const kept = readAll(log);
    expect(kept.length).toBe(log.size);
    expect(kept.reduce((sum, r) => sum + textOf(r), 0)).toBeLessThanOrEqual(log.bytes);
    expect(Math.max(...kept.map((r) => r.Path.length))).toBeLessThanOrEqual(MAX_LOGGED_PATH);
    const withManyHeaders = kept.find((r) => r.DroppedHeaders !== undefined)!;
    expect(Object.keys(withManyHeaders.Headers).length + withManyHeaders.DroppedHeaders!).toBe(300);
    expect(textOf({ ...withManyHeaders, Path: "", Method: "", Body: "" })).toBeLessThanOrEqual(MAX_LOGGED_HEADER_BYTES);
  });

  it("redacts secrets and keeps what helps debugging", () => {
    const log = new RequestLog();
    const authorization =
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/connect/aws4_request, " +
      `SignedHeaders=host;x-amz-date, Signature=${"a".repeat(64)}`;
    log.record(
      exchange(1, "c-1", {
        headers: { authorization, "x-amz-security-token": "session-secret", "x-amz-date": "20260101T000000Z" },
        query: { "X-Amz-Signature": "b".repeat(64), "X-Amz-Credential": "AKIDEXAMPLE/20260101" },
      }),
      1,
    );
    log.record(exchange(2, "c-1", { headers: { authorization: "Bearer control-secret" } }), 2);
    log.record(exchange(3, "c-1", { headers: { authorization: "  " } }), 3);
    const [sigv4, bearer, blank] = log.list();
    expect(sigv4!.Headers).toEqual({
      authorization:
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/connect/aws4_request, " +
        "SignedHeaders=host;x-amz-date, Signature=[REDACTED]",
      "x-amz-security-token": "[REDACTED]",
      "x-amz-date": "20260101T000000Z",
    });
    expect(sigv4!.Path).toBe("/p/1?X-Amz-Signature=%5BREDACTED%5D&X-Amz-Credential=AKIDEXAMPLE%2F20260101");
    expect(bearer!.Headers["authorization"]).toBe("Bearer [REDACTED]");
    expect(blank!.Headers["authorization"]).toBe("[REDACTED]");
    expect(JSON.stringify(log.list())).not.toMatch(/aaaa|bbbb|secret/);
  });

  it("keeps a header called __proto__ as a header", () => {
    const log = new RequestLog();
    const headers: Record<string, string> = JSON.parse('{"__proto__":"x","h":"v"}');
    log.record(exchange(1, "c-1", { headers }), 1);
    const listed = log.list()[0]!.Headers;
    expect(Object.keys(listed)).toEqual(["__proto__", "h"]);
    expect(Object.getOwnPropertyDescriptor(listed, "__proto__")?.value).toBe("x");
  });

  it("refuses limits it cannot honour", () => {
    expect(() => new RequestLog({ maxEntries: 0 })).toThrow(RangeError);
    expect(() => new RequestLog({ maxEntries: 100_001 })).toThrow(RangeError);
    expect(() => new RequestLog({ maxBodyBytes: -1 })).toThrow(RangeError);
    expect(() => new RequestLog({ maxBytes: 1000 })).toThrow(/largest entry/);
  });

  describe("pages", () => {
    function filled(count: number, change: Partial<Exchange["request"]> = {}) {
      const log = new RequestLog({ maxEntries: count });
      for (let n = 0; n < count; n++) log.record(exchange(n, n % 3 === 0 ? "c-3" : "c-1", change), n);
      return log;
    }

    function readPages(log: RequestLog, request: { contactId?: string; limit?: number; maxResults: number }) {
      const pages: ReceivedRequest[][] = [];
      let page = log.page(request);
      pages.push(page.requests);
      while (page.next !== undefined) {
        page = log.page({ ...request, cursor: page.next });
        pages.push(page.requests);
      }
      return pages;
    }

    it("hands every request out once, in order, a page at a time", () => {
      const log = filled(2_500);
      const pages = readPages(log, { maxResults: 400 });
      expect(pages.map((p) => p.length)).toEqual([400, 400, 400, 400, 400, 400, 100]);
      expect(pages.flat().map((r) => r.Path)).toEqual(log.list().map((r) => r.Path));
      const forContact = readPages(log, { contactId: "c-3", maxResults: 300 }).flat();
      expect(forContact.map((r) => r.Path)).toEqual(log.list({ contactId: "c-3" }).map((r) => r.Path));
    });

    it("with a limit, reads the newest as they were at the first page", () => {
      const log = filled(100);
      const first = log.page({ contactId: "c-3", limit: 5, maxResults: 2 });
      expect(first.requests.map((r) => r.Path)).toEqual(["/p/87", "/p/90"]);
      log.record(exchange(100, "c-3"), 100);
      let page = first;
      const rest: string[] = [];
      while (page.next !== undefined) {
        page = log.page({ contactId: "c-3", maxResults: 2, cursor: page.next });
        rest.push(...page.requests.map((r) => r.Path));
      }
      expect(rest).toEqual(["/p/93", "/p/96", "/p/99"]);
    });

    it("cuts a page by size as well as by count", () => {
      const log = filled(200, { body: "b".repeat(8000) });
      const page = log.page({ maxResults: 1000 });
      expect(page.requests.length).toBeLessThan(200);
      expect(page.requests.reduce((sum, r) => sum + textOf(r), 0)).toBeLessThanOrEqual(PAGE_BYTES + 16 * 1024);
      expect(readPages(log, { maxResults: 1000 }).flat()).toHaveLength(200);
    });

    it("goes on from the oldest kept when the page it named has been dropped", () => {
      const log = filled(10);
      const first = log.page({ maxResults: 2 });
      for (let n = 10; n < 20; n++) log.record(exchange(n), n);
      expect(log.page({ maxResults: 2, cursor: first.next }).requests.map((r) => r.Path)).toEqual(["/p/10", "/p/11"]);
    });
  });
});
