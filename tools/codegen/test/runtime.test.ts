// The codec runtime, as copied into every generated package.
import { createHash } from "node:crypto";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as rt from "../templates/runtime.js";

describe("RFC 3339 date-time", () => {
  it.each([
    ["2019-11-08T02:41:28.172Z", "2019-11-08T02:41:28.172Z"],
    ["2019-11-08T02:41:28Z", "2019-11-08T02:41:28.000Z"],
    ["2019-11-08t03:41:28.1+01:00", "2019-11-08T02:41:28.100Z"],
    ["2019-11-07T21:11:28.172987654-05:30", "2019-11-08T02:41:28.172Z"],
    ["2024-02-29T00:00:00z", "2024-02-29T00:00:00.000Z"],
    ["0099-12-31T23:59:59Z", "0099-12-31T23:59:59.000Z"],
  ])("reads %s as %s", (text, iso) => {
    expect(rt.parseDateTime(text).toISOString()).toBe(iso);
  });

  it.each([
    "2019-11-08 02:41:28Z",
    "2019-11-08T02:41:28",
    "2019-13-08T02:41:28Z",
    "2023-02-29T00:00:00Z",
    "2019-11-08T24:00:00Z",
    "2019-11-08T02:60:00Z",
    "2019-11-08T02:41:28+25:00",
    "2019-11-08T02:41:28.Z",
    "",
  ])("rejects %j", (text) => {
    expect(() => rt.parseDateTime(text)).toThrow(rt.DecodeError);
  });

  it("rejects instants that an offset moves outside the years RFC 3339 can write in UTC", () => {
    expect(() => rt.parseDateTime("9999-12-31T23:59:59-23:59")).toThrow("outside the years 0000 to 9999");
    expect(() => rt.parseDateTime("0000-01-01T00:00:00+00:01")).toThrow("outside the years 0000 to 9999");
    expect(rt.parseDateTime("0000-01-01T00:00:00Z").getUTCFullYear()).toBe(0);
    expect(() => rt.formatDateTime(new Date("+010000-01-01T00:00:00Z"))).toThrow(RangeError);
    expect(() => rt.formatDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("rejects numbers, which restJson1's default format would have allowed", () => {
    expect(() => rt.parseDateTime(1573180888.172)).toThrow("expected an RFC 3339 date-time string, got a number");
  });

  it("reads back what it writes, for any instant of years 0 to 9999", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("0000-01-01T00:00:00Z"),
          max: new Date("9999-12-31T23:59:59.999Z"),
          noInvalidDate: true,
        }),
        (d) => {
          expect(rt.parseDateTime(rt.formatDateTime(d))).toEqual(d);
        },
      ),
    );
  });
});

describe("other timestamp formats", () => {
  it("reads and writes HTTP-dates", () => {
    expect(rt.parseHttpDate("Tue, 29 Apr 2014 18:30:38 GMT").toISOString()).toBe("2014-04-29T18:30:38.000Z");
    expect(rt.formatHttpDate(new Date("2014-04-29T18:30:38Z"))).toBe("Tue, 29 Apr 2014 18:30:38 GMT");
    expect(() => rt.parseHttpDate("Tue, 31 Apr 2014 18:30:38 GMT")).toThrow("out of range");
    expect(() => rt.parseHttpDate("2014-04-29")).toThrow("IMF-fixdate");
  });

  it("reads epoch seconds to the millisecond", () => {
    expect(rt.parseEpochSeconds(1515531081.123).toISOString()).toBe("2018-01-09T20:51:21.123Z");
    expect(rt.formatEpochSeconds(new Date("2018-01-09T20:51:21.123Z"))).toBe(1515531081.123);
    expect(() => rt.parseEpochSeconds("1515531081")).toThrow("expected epoch seconds as a number");
  });
});

describe("numbers, blobs and strings", () => {
  it("checks integers against their Smithy type", () => {
    expect(rt.expectInteger(127, "byte")).toBe(127);
    expect(() => rt.expectInteger(32768, "short")).toThrow("32768 does not fit a short (-32768..32767)");
    expect(() => rt.expectInteger(2 ** 31, "integer")).toThrow("does not fit a integer");
    expect(() => rt.expectInteger(1.5, "long")).toThrow("expected an integer (long), got a number (1.5)");
  });

  it("spells NaN and the infinities as restJson1 does", () => {
    expect([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1.5].map(rt.encodeFloat)).toEqual([
      "NaN",
      "Infinity",
      "-Infinity",
      1.5,
    ]);
    expect(rt.expectFloat("-Infinity")).toBe(Number.NEGATIVE_INFINITY);
    expect(() => rt.expectFloat("1.5")).toThrow("expected a number");
  });

  it("round-trips any bytes through base64 and rejects what is not base64", () => {
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        expect(rt.parseBase64(rt.formatBase64(bytes))).toEqual(bytes);
      }),
    );
    expect(() => rt.parseBase64("abc")).toThrow("expected a base64 string");
    expect(() => rt.parseBase64("ab$=")).toThrow("expected a base64 string");
  });

  it("counts code points, not UTF-16 units", () => {
    expect(rt.codePointLength("a😀b")).toBe(3);
    expect(rt.codePointLength("\ud800")).toBe(1);
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(rt.codePointLength(s)).toBe([...s].length);
      }),
    );
  });
});

describe("HTTP helpers", () => {
  it("percent-encodes labels but the unreserved characters", () => {
    expect(rt.encodeLabel("a/b c%~._-!*'()", false)).toBe("a%2Fb%20c%25~._-%21%2A%27%28%29");
    expect(rt.encodeLabel("a/b c", true)).toBe("a/b%20c");
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(rt.decodeLabel(rt.encodeLabel(s, false))).toBe(s);
      }),
    );
    expect(() => rt.decodeLabel("%E0%A4%A")).toThrow("is not validly percent-encoded");
  });

  it("joins and splits header lists, quoting items that need it", () => {
    expect(rt.splitHeaderList('a, "b, c", "d\\"e"')).toEqual(["a", "b, c", 'd"e']);
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1 }), (items) => {
        const trimmed = items.map((i) => i.trim()).filter((i) => i !== "");
        fc.pre(trimmed.length > 0);
        expect(rt.splitHeaderList(rt.joinHeaderList(trimmed))).toEqual(trimmed);
      }),
    );
  });

  it("matches routes, decoding labels, and demands literal query parameters", () => {
    const routes: rt.Route[] = [
      { operation: "Get", method: "GET", pattern: /^\/things\/([^/]+)$/, labels: ["Id"] },
      { operation: "Search", method: "GET", pattern: /^\/things$/, labels: [], requiredQuery: { kind: "search" } },
      { operation: "Files", method: "GET", pattern: /^\/files\/(.+)$/, labels: ["Key"] },
    ];
    expect(rt.matchRoute(routes, "GET", "/things/a%2Fb")).toEqual({ operation: "Get", labels: { Id: "a/b" } });
    expect(rt.matchRoute(routes, "POST", "/things/a")).toBeUndefined();
    expect(rt.matchRoute(routes, "GET", "/things", {})).toBeUndefined();
    expect(rt.matchRoute(routes, "GET", "/things", { kind: ["x", "search"] })?.operation).toBe("Search");
    expect(rt.matchRoute(routes, "GET", "/files/a/b%20c")).toEqual({ operation: "Files", labels: { Key: "a/b c" } });
  });

  it("reads an empty body as an empty object and names bad JSON", () => {
    expect(rt.parseJsonBody(undefined)).toEqual({});
    expect(rt.parseJsonBody("  ")).toEqual({});
    expect(() => rt.parseJsonBody("{")).toThrow("the body is not valid JSON");
  });
});

describe("errors and violations", () => {
  it("builds the path as an error travels out of nested decoders", () => {
    const error = new rt.DecodeError("expected a string, got a number (1)");
    rt.atPath(rt.atPath(rt.atPath(error, "AbsoluteTime"), 3), "Segments");
    expect(error.message).toBe("Segments[3].AbsoluteTime: expected a string, got a number (1)");
    const other = new TypeError("x");
    expect(rt.atPath(other, "a")).toBe(other);
  });

  it("words violations as AWS services do", () => {
    const out: rt.ConstraintViolation[] = [];
    rt.checkRange(101, 1, 100, out, "", "MaxResults");
    rt.checkLength(0, 1, 256, out, "", "ContactId");
    expect(rt.formatViolations(out)).toBe(
      "2 validation errors detected: Value at 'MaxResults' failed to satisfy constraint: Member must have value less than or equal to 100; " +
        "Value at 'ContactId' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it("keeps a __proto__ map key as an entry", () => {
    const map: Record<string, number> = {};
    rt.setEntry(map, "__proto__", 1);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(Object.entries(map)).toEqual([["__proto__", 1]]);
  });
});

describe("what the restJson1 protocol tests asked for", () => {
  it("gives the Content-MD5 that node's own MD5 gives, for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(rt.contentMd5(bytes)).toBe(createHash("md5").update(bytes).digest("base64"));
      }),
    );
    expect(rt.contentMd5("abc")).toBe("kAFQmDzST7DWlj99KOF/cg==");
  });

  it("writes whole seconds without milliseconds, and a server takes UTC only", () => {
    expect(rt.formatDateTime(new Date("2014-04-29T18:30:38Z"))).toBe("2014-04-29T18:30:38Z");
    expect(rt.formatDateTime(new Date("2014-04-29T18:30:38.120Z"))).toBe("2014-04-29T18:30:38.120Z");
    expect(rt.parseDateTime("1996-12-19T16:39:57-08:00").toISOString()).toBe("1996-12-20T00:39:57.000Z");
    expect(() => rt.parseDateTime("1996-12-19T16:39:57-08:00", "server")).toThrow(rt.DecodeError);
  });

  it("reads decimal numbers only", () => {
    expect(rt.textToFloat("-1.5e3")).toBe(-1500);
    expect(rt.textToFloat("Infinity")).toBe(Number.POSITIVE_INFINITY);
    for (const text of ["0x42", "", " 1", "1.2.3", "true"]) expect(() => rt.textToFloat(text)).toThrow(rt.DecodeError);
  });

  it("splits lists of HTTP-dates two parts at a time, quoted or not", () => {
    const a = "Mon, 16 Dec 2019 23:48:18 GMT";
    const b = "Tue, 17 Dec 2019 23:48:18 GMT";
    expect(rt.splitHttpDateList(`${a}, ${b}`)).toEqual([a, b]);
    expect(rt.splitHttpDateList(`"${a}", "${b}"`)).toEqual([a, b]);
    expect(rt.splitHttpDateList("")).toEqual([]);
    expect(() => rt.splitHttpDateList(`${a}, Tue`)).toThrow(rt.DecodeError);
  });

  it("takes host labels that are host name labels, and nothing else", () => {
    expect(rt.hostLabel("bar-1", "label")).toBe("bar-1");
    for (const bad of ["", "-a", "a.b", "a/b", undefined]) expect(() => rt.hostLabel(bad, "label")).toThrow(TypeError);
  });

  it("carries @mediaType strings base64 in headers, and refuses what is not base64 of UTF-8", () => {
    expect(rt.formatBase64Text("true")).toBe("dHJ1ZQ==");
    expect(rt.parseBase64Text("dHJ1ZQ==")).toBe("true");
    expect(() => rt.parseBase64Text("dHJ1ZQ")).toThrow(rt.DecodeError);
    expect(() => rt.parseBase64Text("/w==")).toThrow(rt.DecodeError);
  });
});

describe("streaming blobs", () => {
  const text = (value: string) => new TextEncoder().encode(value);
  /** A source of the given chunks that records whether it was stopped, failing at the end when told to. */
  function source(chunks: string[], failure?: Error) {
    const state = { stopped: false, served: 0 };
    const byteSource: rt.ByteSource = {
      next: async () => {
        if (state.served < chunks.length) return text(chunks[state.served++]!);
        if (failure) throw failure;
        return undefined;
      },
      stop: () => {
        state.stopped = true;
      },
    };
    return { state, byteSource };
  }

  it("gives the chunks as they come, and reads them whole as bytes, text or base64", async () => {
    const chunks = ["héllo, ", "", "wörld"];
    const seen: string[] = [];
    for await (const chunk of rt.streamingBlobPayload(source(chunks).byteSource, { member: "Body" })) {
      seen.push(new TextDecoder().decode(chunk));
    }
    // An empty chunk is not handed out.
    expect(seen).toEqual(["héllo, ", "wörld"]);
    const payload = () => rt.streamingBlobPayload(source(chunks).byteSource, { member: "Body" });
    expect(await payload().transformToString()).toBe("héllo, wörld");
    expect(await payload().transformToByteArray()).toEqual(text("héllo, wörld"));
    expect(await payload().transformToString("base64")).toBe(rt.formatBase64(text("héllo, wörld")));
    const reader = payload().transformToWebStream().getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("héllo, ");
  });

  it("is read once: a second read of any kind throws a TypeError naming the member", async () => {
    const payload = rt.streamingBlobPayload(source(["a"]).byteSource, { member: "Payload" });
    await payload.transformToString();
    await expect(payload.transformToString()).rejects.toThrow(/Payload has already been read/);
    await expect(payload.transformToByteArray()).rejects.toThrow(TypeError);
    expect(() => payload.transformToWebStream()).toThrow(TypeError);
    expect(() => payload[Symbol.asyncIterator]()).toThrow(TypeError);
  });

  it("stops its source when the reader leaves early, and not when it reads to the end", async () => {
    const early = source(["a", "b", "c"]);
    let done = 0;
    for await (const _ of rt.streamingBlobPayload(early.byteSource, { member: "Body", done: () => done++ })) break;
    expect(early.state).toEqual({ stopped: true, served: 1 });
    expect(done).toBe(1);
    const whole = source(["a", "b"]);
    await rt.streamingBlobPayload(whole.byteSource, { member: "Body" }).transformToByteArray();
    expect(whole.state.stopped).toBe(false);
  });

  it("throws what `failure` makes of a source that fails, and stops the source", async () => {
    const broken = source(["a"], new Error("socket hang up"));
    const payload = rt.streamingBlobPayload(broken.byteSource, {
      member: "Body",
      failure: (error) => new RangeError(`Body: ${(error as Error).message}`),
    });
    await expect(payload.transformToByteArray()).rejects.toThrow(new RangeError("Body: socket hang up"));
    expect(broken.state.stopped).toBe(true);
  });

  it("reads whole bodies and async iterables of bytes or text through byteSource", async () => {
    async function* chunks() {
      yield "ab";
      yield text("cd");
    }
    for (const body of [undefined, "abcd", text("abcd"), chunks()]) {
      const read = await rt.streamingBlobPayload(rt.byteSource(body), { member: "Body" }).transformToString();
      expect(read).toBe(body === undefined ? "" : "abcd");
    }
  });

  it("sends bytes and text whole, a Blob as a stream of known length, and an iterable as it comes", async () => {
    async function* chunks() {
      yield text("x");
    }
    const iterable = chunks();
    expect(rt.streamingBody(undefined)).toEqual({ body: undefined });
    expect(rt.streamingBody("abc")).toEqual({ body: "abc" });
    expect(rt.streamingBody(text("abc"))).toEqual({ body: text("abc") });
    expect(rt.streamingBody(iterable)).toEqual({ stream: iterable });
    const blob = rt.streamingBody(new Blob(["héllo"]));
    expect(blob.length).toBe(6);
    expect(await rt.streamingBlobPayload(rt.byteSource(blob.stream!), { member: "B" }).transformToString()).toBe(
      "héllo",
    );
    expect(() => rt.streamingBody(42 as never)).toThrow(/bytes, a string, a Blob or an AsyncIterable/);
  });
});
