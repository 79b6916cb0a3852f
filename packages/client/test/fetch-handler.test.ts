// The browser build's request handler, run on Node's fetch against a real node:http server on 127.0.0.1: what it
// sends, what it gives back, and that abort and timeout tear the request down and close its socket.
import { HttpRequest } from "@smithy/protocol-http";
import { afterEach, describe, expect, it } from "vitest";
import { ConnectClient, RequestAbortedError, RequestTimeoutError } from "../src/index.js";
import { FetchRequestHandler } from "../src/runtime/fetch-handler.js";
import { createDefaultRequestHandler } from "../src/runtime/platform.browser.js";
import { readBody } from "../src/runtime/response-body.js";
import { INPUT, TEST_CREDENTIALS } from "./support/clients.js";
import { startServer, type TestServer } from "./support/http-server.js";
import { page, transcript } from "./support/wire.js";

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

function requestTo(url: string, init: Partial<HttpRequest> = {}): HttpRequest {
  const { hostname, port } = new URL(url);
  return new HttpRequest({ protocol: "http:", hostname, port: Number(port), method: "POST", path: "/", ...init });
}

describe("FetchRequestHandler", () => {
  it("sends the method, path, query, headers and body, and gives back status, headers and a streaming body", async () => {
    let seen: { method?: string; url?: string; headers?: Record<string, unknown>; body?: string } = {};
    server = await startServer((request, response, body) => {
      seen = { method: request.method, url: request.url, headers: request.headers, body };
      response.writeHead(201, "Made", { "Content-Type": "application/json", "X-Amzn-RequestId": "req-1" });
      response.end('{"ok":"ü"}');
    });
    const { response } = await new FetchRequestHandler().handle(
      requestTo(server.url, {
        method: "PUT",
        path: "/a%2Fb/c",
        query: { z: "1", "a b": ["x y", "ü&="], flag: null as unknown as string },
        headers: { "content-type": "application/json", "x-custom": "value" },
        body: '{"n":1}',
      }),
    );
    expect(seen.method).toBe("PUT");
    expect(seen.url).toBe("/a%2Fb/c?z=1&a%20b=x%20y&a%20b=%C3%BC%26%3D&flag");
    expect(seen.headers).toMatchObject({ "content-type": "application/json", "x-custom": "value" });
    expect(seen.body).toBe('{"n":1}');
    expect(response.statusCode).toBe(201);
    expect(response.reason).toBe("Made");
    expect(response.headers).toMatchObject({ "content-type": "application/json", "x-amzn-requestid": "req-1" });
    expect(response.body).toBeInstanceOf(ReadableStream);
    expect(await readBody(response.body)).toBe('{"ok":"ü"}');
  });

  it("sends no body with a GET, even when the request has one", async () => {
    let seen: { method?: string; body?: string } = {};
    server = await startServer((request, response, body) => {
      seen = { method: request.method, body };
      response.end("done");
    });
    const { response } = await new FetchRequestHandler().handle(requestTo(server.url, { method: "GET", body: "x" }));
    expect(seen).toEqual({ method: "GET", body: "" });
    expect(await readBody(response.body)).toBe("done");
  });

  it("a signal aborted before sending sends nothing", async () => {
    server = await startServer((_request, response) => response.end());
    const reason = new Error("stop");
    await expect(
      new FetchRequestHandler().handle(requestTo(server.url), { abortSignal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason);
    expect(server.connections).toHaveLength(0);
  });

  it("an abort while waiting for the answer rejects and closes the socket", async () => {
    const controller = new AbortController();
    let requests = 0;
    server = await startServer(() => {
      requests++;
      controller.abort(new Error("stop"));
    });
    await expect(
      new FetchRequestHandler().handle(requestTo(server.url), { abortSignal: controller.signal }),
    ).rejects.toThrow("stop");
    await server.allClosed();
    expect(requests).toBe(1);
  });

  it("an abort while the body streams in ends the body and closes the socket", async () => {
    const controller = new AbortController();
    server = await startServer((_request, response) => {
      response.writeHead(200);
      response.write("partial");
    });
    const { response } = await new FetchRequestHandler().handle(requestTo(server.url), {
      abortSignal: controller.signal,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("partial");
    controller.abort(new Error("stop"));
    await expect(reader.read()).rejects.toThrow("stop");
    await server.allClosed();
  });

  it("requestTimeout aborts a request whose answer does not come, with an error named TimeoutError", async () => {
    server = await startServer(() => {}); // never answers
    const error = await new FetchRequestHandler({ requestTimeout: 30 })
      .handle(requestTo(server.url))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("TimeoutError");
    expect((error as Error).message).toBe("no response within 30 ms");
    await server.allClosed();
  });

  it("requestTimeout per call, or set through updateHttpClientConfig, and the caller's signal still aborts", async () => {
    server = await startServer(() => {});
    const handler = new FetchRequestHandler();
    expect(handler.httpHandlerConfigs()).toEqual({});
    handler.updateHttpClientConfig("requestTimeout", 20);
    expect(handler.httpHandlerConfigs()).toEqual({ requestTimeout: 20 });
    await expect(handler.handle(requestTo(server.url))).rejects.toMatchObject({ name: "TimeoutError" });
    const controller = new AbortController();
    const pending = handler.handle(requestTo(server.url), { abortSignal: controller.signal, requestTimeout: 60_000 });
    controller.abort(new Error("caller"));
    await expect(pending).rejects.toThrow("caller");
    await server.allClosed();
  });

  it("an answer in time clears the timeout", async () => {
    server = await startServer((_request, response) => response.end("in time"));
    const { response } = await new FetchRequestHandler({ requestTimeout: 60_000 }).handle(requestTo(server.url));
    expect(await readBody(response.body)).toBe("in time");
  });

  it("a connection refused rejects with fetch's error", async () => {
    server = await startServer(() => {});
    const url = server.url;
    await server.close();
    server = undefined;
    await expect(new FetchRequestHandler().handle(requestTo(url))).rejects.toThrow(TypeError);
  });

  it("is the browser build's default handler", () => {
    expect(createDefaultRequestHandler()).toBeInstanceOf(FetchRequestHandler);
  });
});

describe("ConnectClient over FetchRequestHandler", () => {
  function clientFor(url: string, timeoutMs?: number): ConnectClient {
    return new ConnectClient({
      region: "us-east-1",
      endpoint: url,
      credentials: TEST_CREDENTIALS,
      requestHandler: new FetchRequestHandler(),
      timeoutMs,
    });
  }

  it("makes a signed call, retries a 503 and reads the page", async () => {
    const seen: Array<{ url?: string; authorization?: string }> = [];
    server = await startServer((request, response) => {
      seen.push({ url: request.url, authorization: request.headers.authorization });
      if (seen.length === 1) {
        response.writeHead(503, { "x-amzn-errortype": "ServiceUnavailable" });
        response.end("{}");
        return;
      }
      response.writeHead(200, { "content-type": "application/json", "x-amzn-requestid": "req-2" });
      response.end(JSON.stringify(page([transcript("t1", "Hello")])));
    });
    const client = clientFor(server.url);
    const result = await client.listRealtimeContactAnalysisSegmentsV2({ ...INPUT, InstanceId: "a/b" });
    expect(result.Segments).toHaveLength(1);
    expect(result.$metadata).toMatchObject({ httpStatusCode: 200, requestId: "req-2", attempts: 2 });
    expect(seen[1]?.url).toBe("/contact/list-real-time-analysis-segments-v2/a%2Fb/contact-1");
    expect(seen[1]?.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\//);
  });

  it("the client's timeout ends the call and closes the socket", async () => {
    server = await startServer(() => {});
    await expect(clientFor(server.url, 30).listRealtimeContactAnalysisSegmentsV2(INPUT)).rejects.toBeInstanceOf(
      RequestTimeoutError,
    );
    await server.allClosed();
  });

  it("the caller's abort ends the call and closes the socket", async () => {
    const controller = new AbortController();
    server = await startServer(() => controller.abort());
    await expect(
      clientFor(server.url).listRealtimeContactAnalysisSegmentsV2(INPUT, { abortSignal: controller.signal }),
    ).rejects.toBeInstanceOf(RequestAbortedError);
    await server.allClosed();
  });
});
