import type { HttpRequestParts } from "@rtca/types";
import { Hash } from "@smithy/hash-node";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { toRequestParts } from "../../runtime/http-messages.js";
import { ProtocolError } from "../../runtime/index.js";
import { Authenticator } from "./authenticator.js";
import { parseAuthorization } from "./authorization-header.js";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const signedAt = new Date("2026-03-01T12:00:00Z");

/** Signs a request the way AWS's SDKs do, with AWS's own signer. */
async function signed(
  init: {
    path?: string;
    query?: Record<string, string | string[]>;
    body?: string;
    service?: string;
    unsignedPayload?: boolean;
    payloadHash?: string;
  } = {},
) {
  const signer = new SignatureV4({
    credentials,
    region: "eu-west-2",
    service: init.service ?? "connect",
    sha256: Hash.bind(null, "sha256"),
  });
  const request = new HttpRequest({
    method: "POST",
    protocol: "https:",
    hostname: "connect.eu-west-2.amazonaws.com",
    path: init.path ?? "/contact/list-real-time-analysis-segments-v2/inst%3A1/contact-1",
    query: init.query ?? {},
    headers: {
      host: "connect.eu-west-2.amazonaws.com",
      "content-type": "application/json",
      ...(init.unsignedPayload ? { "x-amz-content-sha256": "UNSIGNED-PAYLOAD" } : {}),
      ...(init.payloadHash === undefined ? {} : { "x-amz-content-sha256": init.payloadHash }),
    },
    body: init.body ?? JSON.stringify({ OutputType: "Raw", SegmentTypes: ["Transcript"] }),
  });
  return toRequestParts((await signer.sign(request, { signingDate: signedAt })) as HttpRequest);
}

/** A body that comes in chunks of a few bytes, as a streamed request's does. */
async function* chunksOf(text: string): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.byteLength; at += 3) yield bytes.subarray(at, at + 3);
}

async function text(chunks: AsyncIterable<Uint8Array> | undefined): Promise<string> {
  const decoder = new TextDecoder();
  let out = "";
  for await (const chunk of chunks ?? []) out += decoder.decode(chunk, { stream: true });
  return out + decoder.decode();
}

function failure(run: () => unknown): ProtocolError {
  try {
    run();
  } catch (error) {
    if (error instanceof ProtocolError) return error;
    throw error;
  }
  throw new Error("expected the request to be refused");
}

const bare = (headers: Record<string, string>): HttpRequestParts => ({
  method: "POST",
  path: "/",
  query: {},
  headers,
  body: undefined,
});

describe("parseAuthorization", () => {
  it("reads the parts of a SigV4 header", () => {
    const parsed = parseAuthorization(
      `AWS4-HMAC-SHA256 Credential=AKID/20260301/us-east-1/connect/aws4_request, SignedHeaders=host;x-amz-date, Signature=${"ab".repeat(32)}`,
    );
    expect(parsed).toEqual({
      accessKeyId: "AKID",
      shortDate: "20260301",
      region: "us-east-1",
      service: "connect",
      signedHeaders: ["host", "x-amz-date"],
      signature: "ab".repeat(32),
    });
  });
});

describe("Authenticator", () => {
  const requiring = new Authenticator("connect");

  it("accepts a well-formed header for the service and names the caller", () => {
    const caller = requiring.authenticate(
      bare({
        authorization: `AWS4-HMAC-SHA256 Credential=AKID1/20260301/us-east-1/connect/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`,
      }),
    );
    expect(caller.accessKeyId).toBe("AKID1");
  });

  it("answers a request without Authorization with 403 UnrecognizedClientException", () => {
    const error = failure(() => requiring.authenticate(bare({})));
    expect(error.status).toBe(403);
    expect(error.errorType).toBe("UnrecognizedClientException");
  });

  it.each([
    ["another algorithm", "Basic dXNlcjpwYXNz", /Unsupported authorization algorithm/],
    [
      "no Signature",
      "AWS4-HMAC-SHA256 Credential=AKID/20260301/us-east-1/connect/aws4_request, SignedHeaders=host",
      /'Signature'/,
    ],
    [
      "a short scope",
      `AWS4-HMAC-SHA256 Credential=AKID/20260301/connect, SignedHeaders=host, Signature=${"0".repeat(64)}`,
      /Credential must have the form/,
    ],
    [
      "a signature that is not hex",
      "AWS4-HMAC-SHA256 Credential=AKID/20260301/us-east-1/connect/aws4_request, SignedHeaders=host, Signature=xyz",
      /64 lower-case hex/,
    ],
    [
      "another service",
      `AWS4-HMAC-SHA256 Credential=AKID/20260301/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`,
      /scoped to correct service: 'connect'/,
    ],
  ])("answers a header with %s with 403 InvalidSignatureException", (_name, header, message) => {
    const error = failure(() => requiring.authenticate(bare({ authorization: header })));
    expect(error.status).toBe(403);
    expect(error.errorType).toBe("InvalidSignatureException");
    expect(error.message).toMatch(message);
  });

  it("accepts anything when off, still telling callers apart by their key", () => {
    const off = new Authenticator("connect", { mode: "off" });
    expect(off.authenticate(bare({})).accessKeyId).toBe("anonymous");
    expect(off.authenticate(bare({ authorization: "junk" })).accessKeyId).toBe("anonymous");
  });

  describe("verifying signatures", () => {
    const verifying = new Authenticator("connect", {
      mode: "verify",
      credentials: [credentials],
      wallClock: () => signedAt.getTime() + 60_000,
    });

    it("accepts a request signed by AWS's signer, with escaped labels and a query", async () => {
      const request = await signed({ query: { b: "2", a: ["x y", "1"] } });
      expect(verifying.authenticate(request).accessKeyId).toBe("AKIDEXAMPLE");
    });

    it("refuses a request whose body changed after signing", async () => {
      const request = await signed();
      const body = '{"OutputType":"Redacted","SegmentTypes":[]}';
      const error = failure(() => verifying.authenticate({ ...request, body }));
      expect(error.errorType).toBe("InvalidSignatureException");
      expect(error.message).toMatch(/does not match/);
      // Without the payload hash header, the signature itself gives the change away.
      const { ["x-amz-content-sha256"]: _hash, ...headers } = request.headers;
      expect(failure(() => verifying.authenticate({ ...request, headers, body })).message).toMatch(
        /signature we calculated/,
      );
    });

    it("refuses a request whose path changed after signing", async () => {
      const request = await signed();
      const error = failure(() =>
        verifying.authenticate({ ...request, path: request.path.replace("contact-1", "contact-2") }),
      );
      expect(error.errorType).toBe("InvalidSignatureException");
    });

    it("refuses a key it does not know with UnrecognizedClientException", async () => {
      const other = new Authenticator("connect", {
        mode: "verify",
        credentials: [{ accessKeyId: "AKIDOTHER", secretAccessKey: "x" }],
        wallClock: () => signedAt.getTime(),
      });
      const request = await signed();
      const error = failure(() => other.authenticate(request));
      expect(error.status).toBe(403);
      expect(error.errorType).toBe("UnrecognizedClientException");
    });

    it("accepts a clock 15 minutes off, as AWS does, and refuses one further off", async () => {
      const at = (offsetMs: number) =>
        new Authenticator("connect", {
          mode: "verify",
          credentials: [credentials],
          wallClock: () => signedAt.getTime() + offsetMs,
        });
      const request = await signed();
      expect(at(14 * 60_000).authenticate(request).accessKeyId).toBe("AKIDEXAMPLE");
      expect(at(-14 * 60_000).authenticate(request).accessKeyId).toBe("AKIDEXAMPLE");
      const late = failure(() => at(16 * 60_000).authenticate(request));
      expect(late.status).toBe(403);
      expect(late.errorType).toBe("InvalidSignatureException");
      expect(late.message).toBe(
        "Signature expired: 20260301T120000Z is now earlier than 20260301T120100Z (20260301T121600Z - 15 min.)",
      );
      const early = failure(() => at(-16 * 60_000).authenticate(request));
      expect(early.status).toBe(403);
      expect(early.errorType).toBe("InvalidSignatureException");
      expect(early.message).toBe(
        "Signature not yet current: 20260301T120000Z is still later than 20260301T115900Z (20260301T114400Z + 15 min.)",
      );
    });

    it("refuses UNSIGNED-PAYLOAD unless unsigned payloads are allowed", async () => {
      const request = await signed({ unsignedPayload: true });
      expect(request.headers["x-amz-content-sha256"]).toBe("UNSIGNED-PAYLOAD");
      const error = failure(() => verifying.authenticate(request));
      expect(error.errorType).toBe("InvalidSignatureException");
      expect(error.message).toMatch(/UNSIGNED-PAYLOAD leaves the body unsigned/);
      const lenient = new Authenticator("connect", {
        mode: "verify",
        credentials: [credentials],
        allowUnsignedPayload: true,
        wallClock: () => signedAt.getTime(),
      });
      // Allowed, the body is then outside the signature: changing it goes unnoticed, which is why it is opt-in.
      expect(lenient.authenticate({ ...request, body: "{}" }).accessKeyId).toBe("AKIDEXAMPLE");
    });

    it("accepts UNSIGNED-PAYLOAD for a body that is streamed, which no signer can hash up front", async () => {
      const request = await signed({ unsignedPayload: true });
      const streamed = { ...request, body: undefined, stream: chunksOf("{}") };
      expect(verifying.authenticate(streamed).accessKeyId).toBe("AKIDEXAMPLE");
    });

    it("checks the declared hash of a streamed body at its end, failing the read when it differs", async () => {
      const body = JSON.stringify({ OutputType: "Raw" });
      const good = { ...(await signed({ body })), body: undefined, stream: chunksOf(body) };
      verifying.authenticate(good);
      expect(await text(good.stream)).toBe(body);

      const bad = { ...(await signed({ body })), body: undefined, stream: chunksOf(`${body} `) };
      verifying.authenticate(bad);
      const error = await text(bad.stream).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProtocolError);
      expect((error as ProtocolError).message).toMatch(/does not match what was computed/);
    });

    it("refuses a payload hash that is neither a SHA-256 nor UNSIGNED-PAYLOAD", async () => {
      const request = await signed({ payloadHash: "STREAMING-AWS4-HMAC-SHA256-PAYLOAD" });
      expect(failure(() => verifying.authenticate(request)).message).toMatch(/must be the SHA-256 of the body/);
    });

    it("refuses a request without X-Amz-Date", async () => {
      const { ["x-amz-date"]: _date, ...headers } = (await signed()).headers;
      const request = { ...(await signed()), headers };
      expect(failure(() => verifying.authenticate(request)).message).toMatch(/X-Amz-Date/);
    });
  });

  it("needs credentials to verify", () => {
    expect(() => new Authenticator("connect", { mode: "verify" })).toThrow(/credential/);
  });
});
