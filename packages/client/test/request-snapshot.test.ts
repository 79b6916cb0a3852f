// What goes on the wire: method, percent-encoded path, headers and body, checked against committed snapshots.
import { describe, expect, it } from "vitest";
import { FakeControlClient } from "../src/fake-control.js";
import { INPUT, testClient } from "./support/clients.js";
import { ScriptedHandler } from "./support/scripted-handler.js";
import { page } from "./support/wire.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * The request as a stable snapshot. The per-call invocation id is random, and the signature covers it, so both
 * are checked for form and masked; signing.test.ts checks the signature itself by recomputing it.
 */
function snapshotOf(request: ScriptedHandler["requests"][number]) {
  const headers = { ...request.headers };
  expect(headers["amz-sdk-invocation-id"]).toMatch(UUID);
  headers["amz-sdk-invocation-id"] = "<uuid>";
  if (headers["authorization"] !== undefined) {
    expect(headers["authorization"]).toMatch(/, Signature=[0-9a-f]{64}$/);
    headers["authorization"] = headers["authorization"].replace(/Signature=[0-9a-f]{64}$/, "Signature=<signature>");
  }
  const sorted = Object.fromEntries(Object.entries(headers).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    method: request.method,
    url: `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ""}${request.path}`,
    query: request.query,
    headers: sorted,
    body: request.body === undefined ? undefined : JSON.parse(String(request.body)),
  };
}

describe("requests on the wire", () => {
  it("ListRealtimeContactAnalysisSegmentsV2 with every member, signed, to the regional endpoint", async () => {
    const handler = new ScriptedHandler([{ status: 200, body: page([]) }]);
    const { client } = testClient(handler);
    await client.listRealtimeContactAnalysisSegmentsV2({
      ...INPUT,
      SegmentTypes: ["Transcript", "Issues"],
      MaxResults: 50,
      NextToken: "tok/1+2=",
    });
    expect(snapshotOf(handler.requests[0]!)).toMatchSnapshot();
  });

  it("percent-encodes odd identifiers in the path labels", async () => {
    const handler = new ScriptedHandler([{ status: 200, body: page([]) }]);
    const { client } = testClient(handler, { endpoint: "http://127.0.0.1:4566" });
    await client.listRealtimeContactAnalysisSegmentsV2({
      InstanceId: "a/b c%",
      ContactId: "ü?#&=+~._-",
      OutputType: "Redacted",
      SegmentTypes: ["Transcript"],
    });
    const request = handler.requests[0]!;
    expect(request.path).toBe("/contact/list-real-time-analysis-segments-v2/a%2Fb%20c%25/%C3%BC%3F%23%26%3D%2B~._-");
    expect(request.headers["host"]).toBe("127.0.0.1:4566");
    expect(snapshotOf(request)).toMatchSnapshot();
  });

  it("omits optional members that are not set", async () => {
    const handler = new ScriptedHandler([{ status: 200, body: page([]) }]);
    const { client } = testClient(handler);
    await client.listRealtimeContactAnalysisSegmentsV2({ ...INPUT, SegmentTypes: [] });
    expect(JSON.parse(String(handler.requests[0]!.body))).toEqual({ OutputType: "Raw", SegmentTypes: [] });
  });

  it("keeps the path of an endpoint that has one", async () => {
    const handler = new ScriptedHandler([{ status: 200, body: page([]) }]);
    const { client } = testClient(handler, { endpoint: "https://proxy.example.com/connect/" });
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(handler.requests[0]!.path).toBe("/connect/contact/list-real-time-analysis-segments-v2/instance-1/contact-1");
    expect(handler.requests[0]!.protocol).toBe("https:");
  });

  it("sends the control plane's requests unsigned, with their query bindings", async () => {
    const handler = new ScriptedHandler([{ status: 200, headers: { "x-rtca-clock": "2026-11-29T10:00:00.000Z" } }]);
    const control = new FakeControlClient({ endpoint: "http://127.0.0.1:9999", requestHandler: handler });
    const output = await control.advanceClock({ Milliseconds: 1500 });
    const request = handler.requests[0]!;
    expect(request.headers["authorization"]).toBeUndefined();
    expect(request.headers["x-amz-date"]).toBeUndefined();
    expect(output.Now?.toISOString()).toBe("2026-11-29T10:00:00.000Z");
    expect(snapshotOf(request)).toMatchSnapshot();
  });
});
