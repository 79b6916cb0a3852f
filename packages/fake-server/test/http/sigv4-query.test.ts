// SigV4 verification over a real socket of requests whose query has parameters named like Object's properties
// and names that sort differently as `name=value` strings than as names.
import { Hash } from "@smithy/hash-node";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFake, type RunningServer, serve } from "../../src/index.js";

const credentials = { accessKeyId: "AKIDQUERY", secretAccessKey: "query-secret" };
let server: RunningServer;

beforeAll(async () => {
  server = await serve(createFake({ auth: { mode: "verify", credentials: [credentials] }, throttle: false }).handle);
});
afterAll(() => server.close());

const escapeUri = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Signs with AWS's signer and sends over loopback with the query as given; the status and error type. */
async function send(query: Record<string, string | string[]>, sentQuery = query) {
  const signer = new SignatureV4({
    credentials,
    region: "us-east-1",
    service: "connect",
    sha256: Hash.bind(null, "sha256"),
  });
  const body = JSON.stringify({ OutputType: "Raw", SegmentTypes: [] });
  const path = "/contact/list-real-time-analysis-segments-v2/inst-1/contact-1";
  const request = new HttpRequest({
    method: "POST",
    protocol: "http:",
    hostname: "127.0.0.1",
    port: server.port,
    path,
    query,
    headers: { host: `127.0.0.1:${server.port}`, "content-type": "application/json" },
    body,
  });
  const signed = (await signer.sign(request)) as HttpRequest;
  const search = Object.entries(sentQuery)
    .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((item) => `${escapeUri(k)}=${escapeUri(item)}`))
    .join("&");
  const { host: _host, ...headers } = signed.headers;
  const response = await fetch(`${server.url}${path}?${search}`, { method: "POST", headers, body });
  await response.text();
  return { status: response.status, type: response.headers.get("x-amzn-errortype") };
}

describe("SigV4 verification of query strings", () => {
  const query = { constructor: "1", toString: ["b", "a"], valueOf: "x y", "a-b": "1", a: "2" };

  it("accepts a request whose query names Object's properties, however the names sort", async () => {
    // Past authentication: the instance does not exist.
    expect(await send(query)).toEqual({ status: 404, type: "ResourceNotFoundException" });
  });

  it("refuses the same request with a query value changed after signing", async () => {
    expect(await send(query, { ...query, valueOf: "x z" })).toEqual({ status: 403, type: "InvalidSignatureException" });
  });
});
