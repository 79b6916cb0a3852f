// Abort and per-attempt timeout over a real socket: the call ends with a clear error and the socket is closed.
import { afterEach, describe, expect, it } from "vitest";
import { ConnectClient, RequestAbortedError, RequestTimeoutError } from "../src/index.js";
import { INPUT, TEST_CREDENTIALS } from "./support/clients.js";
import { startServer, type TestServer } from "./support/http-server.js";
import { page } from "./support/wire.js";

let server: TestServer | undefined;
let client: ConnectClient | undefined;

afterEach(async () => {
  client?.destroy();
  await server?.close();
  server = undefined;
  client = undefined;
});

function clientFor(url: string, timeoutMs?: number): ConnectClient {
  client = new ConnectClient({ region: "us-east-1", endpoint: url, credentials: TEST_CREDENTIALS, timeoutMs });
  return client;
}

describe("abort and timeout", () => {
  it("a per-attempt timeout ends the call with a TimeoutError, is not retried, and closes the socket", async () => {
    let requests = 0;
    server = await startServer(() => {
      requests++; // never answers
    });
    // Long enough for the request to reach the server on a busy machine: the test counts it there.
    const error = await clientFor(server.url, 1000)
      .listRealtimeContactAnalysisSegmentsV2(INPUT)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect((error as RequestTimeoutError).name).toBe("TimeoutError");
    expect((error as RequestTimeoutError).message).toContain("1000 ms");
    expect((error as RequestTimeoutError).$metadata.attempts).toBe(1);
    await server.allClosed();
    // Not retried: one request at most reached the server (on a busy machine the timeout can fire before the
    // server has read the one request sent).
    expect(requests).toBeLessThanOrEqual(1);
  });

  it("aborting while the request waits for an answer ends the call and closes the socket", async () => {
    const controller = new AbortController();
    server = await startServer(() => controller.abort());
    const error = await clientFor(server.url)
      .listRealtimeContactAnalysisSegmentsV2(INPUT, { abortSignal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error as Error).message).toBe("ListRealtimeContactAnalysisSegmentsV2 was aborted");
    await server.allClosed();
    expect(server.connections).toHaveLength(1);
  });

  it("aborting while the body streams in destroys the half-read response", async () => {
    const controller = new AbortController();
    server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"Channel":"CHAT","Status":"IN_PROGRESS","Segments":[', () =>
        setTimeout(() => controller.abort(), 5),
      );
    });
    const error = await clientFor(server.url)
      .listRealtimeContactAnalysisSegmentsV2(INPUT, { abortSignal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    await server.allClosed();
  });

  it("a signal aborted before the call sends nothing", async () => {
    server = await startServer((_request, response) => response.end("{}"));
    const error = await clientFor(server.url)
      .listRealtimeContactAnalysisSegmentsV2(INPUT, { abortSignal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(server.connections).toHaveLength(0);
  });

  it("keeps the connection alive between calls by default, and destroy() closes it", async () => {
    server = await startServer((_request, response) => {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify(page([])));
    });
    const c = clientFor(server.url);
    await c.listRealtimeContactAnalysisSegmentsV2(INPUT);
    await c.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(server.connections).toHaveLength(1);
    c.destroy();
    await server.allClosed();
  });
});
