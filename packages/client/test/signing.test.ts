// The SigV4 signature, checked by signing the same request again with @smithy/signature-v4.
import { Hash } from "@smithy/hash-node";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { ChecksumConstructor } from "@smithy/types";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WebCryptoSha256 } from "../src/runtime/sha256-webcrypto.js";
import { RequestSignerV4 } from "../src/runtime/signer.js";
import { INPUT, TEST_CREDENTIALS, testClient } from "./support/clients.js";
import { ScriptedHandler } from "./support/scripted-handler.js";
import { page } from "./support/wire.js";

function signingDateOf(amzDate: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (m === null) throw new Error(`not an x-amz-date: ${amzDate}`);
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}

async function recompute(
  sent: HttpRequest,
  credentials: typeof TEST_CREDENTIALS & { sessionToken?: string },
  region: string,
) {
  const unsigned = HttpRequest.clone(sent);
  for (const name of ["authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256"]) {
    delete unsigned.headers[name];
  }
  const signer = new SignatureV4({ service: "connect", region, credentials, sha256: Hash.bind(null, "sha256") });
  const signed = await signer.sign(unsigned, { signingDate: signingDateOf(sent.headers["x-amz-date"]!) });
  return signed.headers["authorization"];
}

describe("SigV4 signing", () => {
  it("signs for service connect in the configured region, and the signature recomputes", async () => {
    const handler = new ScriptedHandler([{ status: 200, body: page([]) }]);
    const { client } = testClient(handler);
    await client.listRealtimeContactAnalysisSegmentsV2({ ...INPUT, InstanceId: "a/b c%" });
    const sent = handler.requests[0]!;
    const authorization = sent.headers["authorization"]!;
    expect(authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20261129\/us-west-2\/connect\/aws4_request, SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*, Signature=[0-9a-f]{64}$/,
    );
    expect(sent.headers["x-amz-date"]).toBe("20261129T100000Z");
    expect(await recompute(sent, TEST_CREDENTIALS, "us-west-2")).toBe(authorization);
  });

  it("a changed byte of the body no longer matches the signature", async () => {
    const handler = new ScriptedHandler([{ status: 200, body: page([]) }]);
    const { client } = testClient(handler);
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    const tampered = HttpRequest.clone(handler.requests[0]!);
    tampered.body = String(tampered.body).replace("Raw", "Rax");
    expect(await recompute(tampered, TEST_CREDENTIALS, "us-west-2")).not.toBe(
      handler.requests[0]!.headers["authorization"],
    );
  });

  it("carries the session token of temporary credentials", async () => {
    const handler = new ScriptedHandler([{ status: 200, body: page([]) }]);
    const credentials = { ...TEST_CREDENTIALS, sessionToken: "session-token-1" };
    const { client } = testClient(handler, { credentials, region: "eu-central-1" });
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    const sent = handler.requests[0]!;
    expect(sent.headers["x-amz-security-token"]).toBe("session-token-1");
    expect(await recompute(sent, credentials, "eu-central-1")).toBe(sent.headers["authorization"]);
  });

  it("signs every attempt afresh", async () => {
    const handler = new ScriptedHandler([{ status: 503 }, { status: 200, body: page([]) }]);
    const { client } = testClient(handler);
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    const [first, second] = handler.requests;
    expect(first!.headers["amz-sdk-request"]).toBe("attempt=1; max=3");
    expect(second!.headers["amz-sdk-request"]).toBe("attempt=2; max=3");
    expect(second!.headers["authorization"]).not.toBe(first!.headers["authorization"]);
    expect(await recompute(second!, TEST_CREDENTIALS, "us-west-2")).toBe(second!.headers["authorization"]);
  });

  it("asks a credential provider once while its credentials are fresh", async () => {
    const handler = new ScriptedHandler([], { status: 200, body: page([]) });
    let calls = 0;
    const provider = async () => {
      calls++;
      return { ...TEST_CREDENTIALS, expiration: new Date(Date.now() + 60 * 60 * 1000) };
    };
    const { client } = testClient(handler, { credentials: provider });
    await Promise.all([
      client.listRealtimeContactAnalysisSegmentsV2(INPUT),
      client.listRealtimeContactAnalysisSegmentsV2(INPUT),
    ]);
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(calls).toBe(1);
    expect(await recompute(handler.requests[2]!, TEST_CREDENTIALS, "us-west-2")).toBe(
      handler.requests[2]!.headers["authorization"],
    );
  });
});

describe("the browser build's SHA-256 (WebCrypto)", () => {
  const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

  it("hashes like node:crypto, across several updates", async () => {
    const ours = new WebCryptoSha256();
    ours.update(new TextEncoder().encode("hello "));
    ours.update(new TextEncoder().encode("world"));
    const theirs = new (Hash.bind(null, "sha256"))();
    theirs.update("hello world");
    expect(hex(await ours.digest())).toBe(hex(await theirs.digest()));
  });

  it("computes HMAC-SHA256 like node:crypto", async () => {
    const ours = new WebCryptoSha256("key");
    ours.update(new TextEncoder().encode("message"));
    const theirs = new (Hash.bind(null, "sha256", "key"))();
    theirs.update("message");
    expect(hex(await ours.digest())).toBe(hex(await theirs.digest()));
  });

  it("signs requests that node's hash verifies", async () => {
    const request = new HttpRequest({
      method: "POST",
      hostname: "connect.us-east-1.amazonaws.com",
      path: "/a%20b",
      headers: { host: "connect.us-east-1.amazonaws.com" },
      body: "{}",
    });
    const date = new Date(Date.UTC(2026, 10, 29));
    const viaWeb = await new SignatureV4({
      service: "connect",
      region: "us-east-1",
      credentials: TEST_CREDENTIALS,
      sha256: WebCryptoSha256,
    }).sign(request, { signingDate: date });
    const viaNode = await new SignatureV4({
      service: "connect",
      region: "us-east-1",
      credentials: TEST_CREDENTIALS,
      sha256: Hash.bind(null, "sha256"),
    }).sign(request, { signingDate: date });
    expect(viaWeb.headers["authorization"]).toBe(viaNode.headers["authorization"]);
  });
});

describe("the signer, against @smithy/signature-v4's SignatureV4", () => {
  const sha256 = Hash.bind(null, "sha256") as unknown as ChecksumConstructor;
  const headerName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/);
  const headerValue = fc.string({ maxLength: 20 }).map((v) => v.replace(/[^\x20-\x7e\t]/g, "x"));
  const pathSegment = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(".", "..", "", "a b", "%41", "ü/€"));
  const requests = fc.record({
    method: fc.constantFrom("GET", "POST", "PUT", "DELETE"),
    path: fc.array(pathSegment, { maxLength: 5 }).map((parts) => `/${parts.join("/")}`),
    query: fc.dictionary(
      fc.string({ minLength: 1, maxLength: 6 }),
      fc.oneof(fc.string({ maxLength: 6 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 })),
      { maxKeys: 3 },
    ),
    headers: fc.dictionary(
      fc.oneof(headerName, fc.constantFrom("User-Agent", "X-Amz-Date", "Date", "proxy-x", "Sec-Fetch-Mode", "TE")),
      headerValue,
      { maxKeys: 6 },
    ),
    body: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 })),
    sessionToken: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: undefined }),
    region: fc.constantFrom("us-east-1", "eu-west-2", "ap-southeast-2"),
    service: fc.constantFrom("connect", "execute-api"),
    date: fc.date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2099-12-31T23:59:59Z"),
      noInvalidDate: true,
    }),
  });

  it("gives the Authorization header, and every other header, that SignatureV4 gives", async () => {
    await fc.assert(
      fc.asyncProperty(requests, async (r) => {
        const credentials = { ...TEST_CREDENTIALS, sessionToken: r.sessionToken };
        const request = new HttpRequest({
          method: r.method,
          hostname: "example.amazonaws.com",
          path: r.path,
          query: r.query,
          headers: { ...r.headers, host: "example.amazonaws.com" },
          body: r.body,
        });
        const ours = await new RequestSignerV4(r.service, r.region, async () => credentials, sha256).sign(
          request,
          r.date,
        );
        const theirs = await new SignatureV4({ service: r.service, region: r.region, credentials, sha256 }).sign(
          request,
          { signingDate: r.date },
        );
        expect(ours.headers).toEqual(theirs.headers);
        expect(ours.headers["authorization"]).toMatch(/^AWS4-HMAC-SHA256 Credential=/);
        // The request handed in is left as it was.
        expect(request.headers["authorization"]).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it("keeps an x-amz-content-sha256 the request already carries, as SignatureV4 does", async () => {
    const request = new HttpRequest({
      method: "PUT",
      hostname: "example.amazonaws.com",
      path: "/",
      headers: { host: "example.amazonaws.com", "X-Amz-Content-Sha256": "UNSIGNED-PAYLOAD" },
      body: "ignored",
    });
    const date = new Date(Date.UTC(2026, 10, 29));
    const ours = await new RequestSignerV4("connect", "us-east-1", async () => TEST_CREDENTIALS, sha256).sign(
      request,
      date,
    );
    const theirs = await new SignatureV4({
      service: "connect",
      region: "us-east-1",
      credentials: TEST_CREDENTIALS,
      sha256,
    }).sign(request, { signingDate: date });
    expect(ours.headers["x-amz-content-sha256"]).toBeUndefined();
    expect(ours.headers).toEqual(theirs.headers);
  });

  it("refuses credentials without an access key, naming what is missing", async () => {
    const signer = new RequestSignerV4("connect", "us-east-1", async () => ({}) as never, sha256);
    const request = new HttpRequest({ hostname: "example.amazonaws.com", headers: {} });
    await expect(signer.sign(request, new Date())).rejects.toThrow(
      expect.objectContaining({ name: "CredentialsError", message: expect.stringContaining("accessKeyId") }),
    );
  });

  it("derives a new signing key when the day changes, and reuses it within the day", async () => {
    const credentials = { ...TEST_CREDENTIALS };
    const signer = new RequestSignerV4("connect", "us-east-1", async () => credentials, sha256);
    const reference = new SignatureV4({ service: "connect", region: "us-east-1", credentials, sha256 });
    const request = new HttpRequest({ hostname: "example.amazonaws.com", headers: { host: "example.amazonaws.com" } });
    for (const date of [
      "2026-11-29T23:59:59Z",
      "2026-11-29T00:00:00Z",
      "2026-11-30T00:00:01Z",
      "2026-11-29T12:00:00Z",
    ]) {
      const signingDate = new Date(date);
      const ours = await signer.sign(request, signingDate);
      const theirs = await reference.sign(request, { signingDate });
      expect(ours.headers["authorization"]).toBe(theirs.headers["authorization"]);
    }
  });
});
