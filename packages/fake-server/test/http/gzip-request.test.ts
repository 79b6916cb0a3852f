// Request bodies sent with Content-Encoding: gzip, over a real socket: read as the JSON they compress (signed over
// the compressed bytes), bounded once inflated, and refused with a clear error when they are not gzip.
import { gzipSync } from "node:zlib";
import { Hash } from "@smithy/hash-node";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFake, type RunningServer, serve } from "../../src/index.js";

const credentials = { accessKeyId: "AKIDGZIP", secretAccessKey: "gzip-secret" };
const path = "/contact/list-real-time-analysis-segments-v2/inst-1/contact-1";
let server: RunningServer;

beforeAll(async () => {
  server = await serve(createFake({ auth: { mode: "verify", credentials: [credentials] }, throttle: false }).handle);
});
afterAll(() => server.close());

/** Signs the bytes as sent (AWS's signer) and posts them over loopback; the status, error type and message. */
async function send(body: Uint8Array, contentEncoding = "gzip") {
  const signer = new SignatureV4({
    credentials,
    region: "us-east-1",
    service: "connect",
    sha256: Hash.bind(null, "sha256"),
  });
  const request = new HttpRequest({
    method: "POST",
    protocol: "http:",
    hostname: "127.0.0.1",
    port: server.port,
    path,
    headers: {
      host: `127.0.0.1:${server.port}`,
      "content-type": "application/json",
      "content-encoding": contentEncoding,
    },
    body,
  });
  const { host: _host, ...headers } = ((await signer.sign(request)) as HttpRequest).headers;
  const response = await fetch(`${server.url}${path}`, { method: "POST", headers, body });
  const answer = (await response.json()) as { message?: string; Message?: string };
  return {
    status: response.status,
    type: response.headers.get("x-amzn-errortype"),
    // Framework errors say `message`, modelled ones `Message`.
    message: answer.message ?? answer.Message ?? "",
  };
}

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe("Content-Encoding: gzip request bodies", () => {
  it("reads the JSON a gzip body compresses: a valid input gets past the checks, an invalid one is named", async () => {
    const valid = await send(gzipSync(json({ OutputType: "Raw", SegmentTypes: ["Transcript"] })));
    // Past authentication, decoding and validation: the instance does not exist.
    expect(valid).toMatchObject({ status: 404, type: "ResourceNotFoundException" });
    const invalid = await send(gzipSync(json({ OutputType: "Raw", SegmentTypes: ["Transcript"], MaxResults: 1000 })));
    expect(invalid).toMatchObject({ status: 400, type: "InvalidRequestException" });
    expect(invalid.message).toContain("MaxResults");
  });

  it("undoes gzip applied twice, and leaves identity alone", async () => {
    const twice = gzipSync(gzipSync(json({ OutputType: "Raw", SegmentTypes: [] })));
    expect(await send(twice, "gzip, identity, gzip")).toMatchObject({ status: 404, type: "ResourceNotFoundException" });
  });

  it("answers 413 to a small body that inflates past the body limit (a zip bomb)", async () => {
    const bomb = gzipSync(Buffer.alloc(6 * 1024 * 1024, 0x20));
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    const answer = await send(bomb);
    expect(answer).toMatchObject({ status: 413, type: "RequestEntityTooLargeException" });
    expect(answer.message).toContain("gzip");
  });

  it("answers 400 SerializationException naming gzip to a body that is not gzip, or is cut short", async () => {
    for (const body of [
      json({ OutputType: "Raw", SegmentTypes: [] }),
      gzipSync(json({ OutputType: "Raw" })).subarray(0, 12),
    ]) {
      const answer = await send(body);
      expect(answer).toMatchObject({ status: 400, type: "SerializationException" });
      expect(answer.message).toMatch(/not valid gzip/);
    }
  });
});
