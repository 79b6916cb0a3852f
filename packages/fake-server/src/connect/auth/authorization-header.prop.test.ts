// The cheap reading of a well-formed header must agree with the full one: same access key and service for every
// header it accepts, and it accepts every header the full reading takes apart in one step.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAuthorization, readWellFormedScope } from "./authorization-header.js";

const part = fc.string({ unit: fc.constantFrom(..."AKID09az-_.:/,= \t"), minLength: 0, maxLength: 12 });
const header = fc
  .record({
    algorithm: fc.constantFrom("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA1", "aws4-hmac-sha256"),
    accessKeyId: part,
    date: fc.constantFrom("20260301", "2026031", "2026030x", ""),
    region: part,
    service: fc.oneof(fc.constantFrom("connect", "s3"), part),
    terminator: fc.constantFrom("aws4_request", "aws4_requests"),
    separator: fc.constantFrom(", ", ",", " , "),
    signedHeaders: fc.constantFrom("host", "host;x-amz-date", "Host", "host;", ""),
    signature: fc.constantFrom("ab".repeat(32), "ab".repeat(31), "AB".repeat(32)),
    extra: fc.constantFrom("", " ", ", Foo=bar"),
  })
  .map(
    (h) =>
      `${h.algorithm} Credential=${h.accessKeyId}/${h.date}/${h.region}/${h.service}/${h.terminator}${h.separator}` +
      `SignedHeaders=${h.signedHeaders}${h.separator}Signature=${h.signature}${h.extra}`,
  );

function fullReading(text: string) {
  try {
    const { accessKeyId, service } = parseAuthorization(text);
    return { accessKeyId, service };
  } catch {
    return undefined;
  }
}

describe("readWellFormedScope", () => {
  it("reads the access key and service exactly as parseAuthorization does, for any header it accepts", () => {
    fc.assert(
      fc.property(fc.oneof(header, fc.string()), (text) => {
        const scope = readWellFormedScope(text);
        if (scope !== undefined) expect(scope).toEqual(fullReading(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("accepts the headers that AWS's signers write", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z0-9]{16,20}$/),
        fc.stringMatching(/^[a-z]{2}-[a-z]+-\d$/),
        fc.constantFrom("connect", "s3"),
        (accessKeyId, region, service) => {
          const text = `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20260301/${region}/${service}/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=${"0f".repeat(32)}`;
          expect(readWellFormedScope(text)).toEqual({ accessKeyId, service });
        },
      ),
    );
  });
});
