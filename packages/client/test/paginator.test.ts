// The paginator: follows NextToken, stops on an absent or empty token, and by default on a repeated one.
import { describe, expect, it } from "vitest";
import { paginateListRealtimeContactAnalysisSegmentsV2, RequestAbortedError } from "../src/index.js";
import { INPUT, testClient } from "./support/clients.js";
import { jsonBody, ScriptedHandler } from "./support/scripted-handler.js";
import { page, transcript } from "./support/wire.js";

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const p of pages) out.push(p);
  return out;
}

describe("paginateListRealtimeContactAnalysisSegmentsV2", () => {
  it("reads every page, passing each token back", async () => {
    const handler = new ScriptedHandler([
      { status: 200, body: page([transcript("t1", "a")], { nextToken: "p2" }) },
      { status: 200, body: page([transcript("t2", "b")], { nextToken: "p3" }) },
      { status: 200, body: page([transcript("t3", "c")]) },
    ]);
    const { client } = testClient(handler);
    const pages = await collect(paginateListRealtimeContactAnalysisSegmentsV2({ client, pageSize: 1 }, INPUT));
    expect(pages.flatMap((p) => p.Segments.map((s) => s.Transcript?.Id))).toEqual(["t1", "t2", "t3"]);
    expect(handler.requests.map((r) => jsonBody(r)["NextToken"])).toEqual([undefined, "p2", "p3"]);
    expect(handler.requests.map((r) => jsonBody(r)["MaxResults"])).toEqual([1, 1, 1]);
    expect(pages[2]!.$metadata.httpStatusCode).toBe(200);
  });

  it("stops on an empty token", async () => {
    const handler = new ScriptedHandler([{ status: 200, body: page([], { nextToken: "" }) }]);
    const { client } = testClient(handler);
    expect(await collect(paginateListRealtimeContactAnalysisSegmentsV2({ client }, INPUT))).toHaveLength(1);
  });

  it("stops when the service repeats the token it was given", async () => {
    const handler = new ScriptedHandler([
      { status: 200, body: page([], { nextToken: "same" }) },
      { status: 200, body: page([], { nextToken: "same" }) },
    ]);
    const { client } = testClient(handler);
    expect(await collect(paginateListRealtimeContactAnalysisSegmentsV2({ client }, INPUT))).toHaveLength(2);
    expect(handler.remaining).toBe(0);
  });

  it("stops at the live edge of a contact in progress, and its last token resumes from there later", async () => {
    const handler = new ScriptedHandler([
      { status: 200, body: page([transcript("t1", "a")], { status: "IN_PROGRESS", nextToken: "at-1" }) },
      // Nothing new yet: the service hands back the token it was sent.
      { status: 200, body: page([], { status: "IN_PROGRESS", nextToken: "at-1" }) },
      { status: 200, body: page([transcript("t2", "b")], { status: "COMPLETED" }) },
    ]);
    const { client } = testClient(handler);
    const first = await collect(paginateListRealtimeContactAnalysisSegmentsV2({ client }, INPUT));
    expect(first.map((p) => p.Segments.length)).toEqual([1, 0]);
    const resumeFrom = first.at(-1)!.NextToken;
    expect(resumeFrom).toBe("at-1");
    const later = await collect(
      paginateListRealtimeContactAnalysisSegmentsV2({ client, startingToken: resumeFrom }, INPUT),
    );
    expect(later.flatMap((p) => p.Segments.map((s) => s.Transcript?.Id))).toEqual(["t2"]);
    expect(handler.requests.map((r) => jsonBody(r)["NextToken"])).toEqual([undefined, "at-1", "at-1"]);
  });

  it("keeps going on a repeated token when told to", async () => {
    const handler = new ScriptedHandler([
      { status: 200, body: page([], { nextToken: "same" }) },
      { status: 200, body: page([], { nextToken: "same" }) },
      { status: 200, body: page([], { nextToken: "same" }) },
      { status: 200, body: page([]) },
    ]);
    const { client } = testClient(handler);
    const pages = await collect(
      paginateListRealtimeContactAnalysisSegmentsV2({ client, stopOnSameToken: false }, INPUT),
    );
    expect(pages).toHaveLength(4);
  });

  it("starts from a given token", async () => {
    const handler = new ScriptedHandler([{ status: 200, body: page([]) }]);
    const { client } = testClient(handler);
    await collect(paginateListRealtimeContactAnalysisSegmentsV2({ client, startingToken: "saved" }, INPUT));
    expect(jsonBody(handler.requests[0]!)["NextToken"]).toBe("saved");
  });

  it("passes the abort signal to every request", async () => {
    const controller = new AbortController();
    const handler = new ScriptedHandler([{ status: 200, body: page([], { nextToken: "p2" }) }]);
    const { client } = testClient(handler);
    const pages = paginateListRealtimeContactAnalysisSegmentsV2({ client, abortSignal: controller.signal }, INPUT);
    await pages.next();
    controller.abort();
    await expect(pages.next()).rejects.toBeInstanceOf(RequestAbortedError);
    expect(handler.requests).toHaveLength(1);
  });

  it("lets a failure through without yielding a partial page", async () => {
    const handler = new ScriptedHandler([
      { status: 200, body: page([], { nextToken: "p2" }) },
      { status: 404, headers: { "x-amzn-errortype": "ResourceNotFoundException" } },
    ]);
    const { client } = testClient(handler);
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const p of paginateListRealtimeContactAnalysisSegmentsV2({ client }, INPUT)) seen.push(p);
      })(),
    ).rejects.toMatchObject({ name: "ResourceNotFoundException" });
    expect(seen).toHaveLength(1);
  });
});
