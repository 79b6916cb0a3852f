// Requests a hostile or broken client might send, as raw bytes: paths of both APIs and none, every method, sets of
// headers (authentication, content types, payload hashes, many or huge ones), bodies (valid inputs, any JSON, deep
// or wide JSON, bytes that are not UTF-8), tokens, and plain garbage. The control plane's fault injection is left
// out: its 500s are on purpose.
import * as fc from "fast-check";

export interface FuzzRequest {
  readonly bytes: Buffer;
  /** A HEAD request: its answer carries no body. */
  readonly head: boolean;
  /** Whether it is framed well enough that the server must answer it. */
  readonly mustAnswer: boolean;
}

export const KNOWN = { instanceId: "fuzz-instance", contactId: "fuzz-contact" } as const;

const printable = (maxLength: number) =>
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength });
const httpToken = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,24}$/);
const pathPiece = fc.oneof(
  httpToken,
  fc.constantFrom("%zz", "%E0%A4%A", "%00", "%2F", "..", ".", "__proto__", "constructor", "", "x".repeat(300)),
  printable(30).map(encodeURIComponent),
);
const id = fc.oneof(fc.constantFrom(KNOWN.instanceId, KNOWN.contactId), pathPiece);

const CONTROL_PATHS = (a: string, b: string) => [
  "/_fake/instances",
  `/_fake/instances/${a}`,
  `/_fake/instances/${a}/contacts`,
  `/_fake/instances/${a}/contacts/${b}`,
  `/_fake/instances/${a}/contacts/${b}/segments`,
  `/_fake/instances/${a}/contacts/${b}/status`,
  "/_fake/scenarios",
  "/_fake/clock",
  "/_fake/clock/advance",
  "/_fake/requests",
  "/_fake/reset",
];

const path = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(id, id).map(([a, b]) => `/contact/list-real-time-analysis-segments-v2/${a}/${b}`) },
  { weight: 3, arbitrary: fc.tuple(id, id, fc.nat(10)).map(([a, b, i]) => CONTROL_PATHS(a, b)[i]!) },
  { weight: 1, arbitrary: fc.array(pathPiece, { maxLength: 5 }).map((p) => `/${p.join("/")}`) },
  { weight: 1, arbitrary: fc.constantFrom("*", "http://example.com/x", "//", "/_fake", "/_fake/", "/contact/") },
);

const query = fc.option(
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom("constructor", "__proto__", "toString", "ms", "limit", "contactId"), httpToken),
        fc.oneof(fc.constantFrom("1", "-5", "1e309", "%zz", ""), printable(20).map(encodeURIComponent)),
      ),
      { maxLength: 4 },
    )
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}`),
  { nil: "" },
);

const method = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("POST", "GET", "PUT", "DELETE") },
  { weight: 2, arbitrary: fc.constantFrom("HEAD", "PATCH", "OPTIONS", "TRACE", "CONNECT") },
  { weight: 1, arbitrary: httpToken },
);

const wellFormedAuthorization = (service: string, key = "AKIDFUZZ") =>
  `AWS4-HMAC-SHA256 Credential=${key}/20260101/us-east-1/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=${"0".repeat(64)}`;

/** Present in one request in twenty. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 19, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

const headerSet = fc.record({
  authorization: fc.option(
    fc.oneof(
      { weight: 6, arbitrary: fc.constant(wellFormedAuthorization("connect")) },
      { weight: 1, arbitrary: fc.constant(wellFormedAuthorization("s3")) },
      { weight: 1, arbitrary: httpToken.map((k) => wellFormedAuthorization("connect", k)) },
      { weight: 1, arbitrary: printable(80) },
    ),
    { nil: undefined },
  ),
  contentType: fc.option(
    fc.oneof(
      { weight: 6, arbitrary: fc.constant("application/json") },
      {
        weight: 2,
        arbitrary: fc.constantFrom("application/json; charset=utf-8", "text/plain", "application/x-amz-json-1.1", ""),
      },
      { weight: 1, arbitrary: printable(40) },
    ),
    { nil: undefined },
  ),
  payloadHash: fc.option(fc.constantFrom("UNSIGNED-PAYLOAD", "0".repeat(64), "junk"), { nil: undefined }),
  expect: fc.option(fc.constantFrom("100-continue", "200-ok"), { nil: undefined }),
  extra: fc.array(fc.tuple(httpToken, printable(60)), { maxLength: 5 }),
  many: rarely(fc.integer({ min: 90, max: 130 })),
  huge: rarely(fc.integer({ min: 8_000, max: 20_000 })),
});

const nested = (depth: number, open: string, close: string, inner: string) =>
  open.repeat(depth) + inner + close.repeat(depth);

const nextToken = fc.oneof(
  fc.constantFrom("v1.", "v1.e30.AAAA", "v2.x.y", " ", "v1.eyJwIjoxfQ.=="),
  printable(60),
  fc.base64String({ maxLength: 80 }),
);

const listInput = fc.record(
  {
    OutputType: fc.oneof(fc.constantFrom("Raw", "Redacted"), fc.jsonValue()),
    SegmentTypes: fc.oneof(
      fc.subarray(["Transcript", "Categories", "Issues", "Event", "Attachments", "PostContactSummary", "Nope"]),
      fc.jsonValue(),
    ),
    MaxResults: fc.oneof(fc.integer({ min: -5, max: 150 }), fc.jsonValue()),
    NextToken: fc.oneof(nextToken, fc.jsonValue()),
  },
  { requiredKeys: [] },
);

const controlInput = fc.oneof(
  fc.record({ InstanceId: fc.oneof(id, fc.jsonValue()) }, { requiredKeys: [] }),
  fc.record(
    { ContactId: id, Channel: fc.constantFrom("CHAT", "VOICE", "x"), ExtraSegmentTypes: fc.constant(["Deep"]) },
    { requiredKeys: [] },
  ),
  fc.record({ Segments: fc.array(fc.record({ Segment: fc.jsonValue(), DelayMs: fc.integer() }), { maxLength: 3 }) }),
  fc.record({ Status: fc.constantFrom("COMPLETED", "FAILED", "IN_PROGRESS", "x") }),
  fc.record({ Scenario: fc.jsonValue() }),
);

const body: fc.Arbitrary<Buffer> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(Buffer.alloc(0)) },
  { weight: 6, arbitrary: listInput.map((v) => Buffer.from(JSON.stringify(v))) },
  { weight: 3, arbitrary: controlInput.map((v) => Buffer.from(JSON.stringify(v))) },
  { weight: 2, arbitrary: fc.json().map((t) => Buffer.from(t)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 50, max: 5000 }), fc.boolean())
      .map(([depth, arrays]) =>
        Buffer.from(
          arrays
            ? nested(depth, "[", "]", "1")
            : `{"Segments":[{"Segment":{"Deep":${nested(depth, '{"a":', "}", "1")}}}]}`,
        ),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.integer({ min: 100, max: 5_000 }), fc.integer({ min: 99_990, max: 100_010 }))
      .map((n) => Buffer.from(`{"SegmentTypes":[${"0,".repeat(n)}0]}`)),
  },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ maxLength: 64 })
      .map((b) => Buffer.concat([Buffer.from('{"a":"'), b, Buffer.from('"}')])),
  },
);

type HeaderSet = typeof headerSet extends fc.Arbitrary<infer T> ? T : never;

function headerLines(h: HeaderSet, bodyLength: number, chunked: boolean): string {
  let lines = "host: 127.0.0.1\r\nconnection: close\r\n";
  if (h.authorization !== undefined) lines += `authorization: ${h.authorization}\r\n`;
  if (h.contentType !== undefined) lines += `content-type: ${h.contentType}\r\n`;
  if (h.payloadHash !== undefined) lines += `x-amz-content-sha256: ${h.payloadHash}\r\n`;
  if (h.expect !== undefined) lines += `expect: ${h.expect}\r\n`;
  for (const [name, value] of h.extra) lines += `${name}: ${value.trim()}\r\n`;
  for (let i = 0; i < (h.many ?? 0); i++) lines += `x-many-${i}: ${i}\r\n`;
  if (h.huge !== undefined) lines += `x-huge: ${"h".repeat(h.huge)}\r\n`;
  lines += chunked ? "transfer-encoding: chunked\r\n" : bodyLength > 0 ? `content-length: ${bodyLength}\r\n` : "";
  return lines;
}

const wellFramed: fc.Arbitrary<FuzzRequest> = fc
  .record({ method, path, query, headers: headerSet, body, chunked: fc.boolean() })
  .map(({ method, path, query, headers, body, chunked }) => {
    const framedBody =
      chunked && body.length > 0
        ? Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from("\r\n0\r\n\r\n")])
        : body;
    const head = `${method} ${path}${query} HTTP/1.1\r\n${headerLines(headers, body.length, chunked && body.length > 0)}\r\n`;
    return {
      bytes: Buffer.concat([Buffer.from(head, "latin1"), framedBody]),
      head: method === "HEAD",
      mustAnswer: true,
    };
  });

const garbage: fc.Arbitrary<FuzzRequest> = fc
  .oneof(
    fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
    fc
      .tuple(
        method,
        path,
        fc.constantFrom("HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/0.9", "HTTX/1.1", ""),
        printable(80),
      )
      .map(([m, p, v, rest]) => Buffer.from(`${m} ${p} ${v}\r\n${rest}\r\n\r\n`, "latin1")),
    fc.tuple(wellFramed, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([r, at, noise]) => {
      const cut = at % (r.bytes.length + 1);
      return Buffer.concat([r.bytes.subarray(0, cut), noise, r.bytes.subarray(cut)]);
    }),
  )
  .map((bytes) => ({ bytes, head: bytes.subarray(0, 5).toString("latin1") === "HEAD ", mustAnswer: false }));

export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc.oneof(
  { weight: 5, arbitrary: wellFramed },
  { weight: 1, arbitrary: garbage },
);
