// The HTTP face under clients that misbehave: slow, idle, oversized, malformed, or caught by a shutdown. Every
// answer must be a well-formed AWS error, and no client may hold a socket for long.
import { HttpResponse } from "@smithy/protocol-http";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningServer, serve } from "../../src/index.js";
import { collectUntilClosed, exchange, expectAwsError, open, parseAnswer } from "./raw-socket.js";

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(options: Parameters<typeof serve>[1] = {}, handler = ok) {
  const server = await serve(handler, options);
  servers.push(server);
  return server;
}

async function ok(request: { path: string; query: unknown }) {
  return new HttpResponse({
    statusCode: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ path: request.path, query: request.query }),
  });
}

describe("timeouts", () => {
  it("answers headers that do not arrive in time with 408 and closes the connection", async () => {
    const server = await start({ headersTimeoutMs: 100, requestTimeoutMs: 5000 });
    const socket = await open(server.port);
    const closed = collectUntilClosed(socket);
    socket.write("GET / HTTP/1.1\r\nhost: x\r\n");
    const { bytes } = await closed;
    const body = expectAwsError(parseAnswer(bytes), 408, "RequestTimeoutException");
    expect(body["message"]).toContain("100 ms");
  });

  it("answers a body sent too slowly with 408 and closes the connection", async () => {
    const server = await start({ headersTimeoutMs: 100, requestTimeoutMs: 200 });
    const socket = await open(server.port);
    const closed = collectUntilClosed(socket);
    socket.write("POST / HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{");
    const drip = setInterval(() => socket.writable && socket.write(" "), 20);
    const { bytes } = await closed;
    clearInterval(drip);
    expectAwsError(parseAnswer(bytes), 408, "RequestTimeoutException");
  });

  it("closes a connection that sent nothing", async () => {
    const server = await start({ headersTimeoutMs: 100 });
    const socket = await open(server.port);
    const { bytes } = await collectUntilClosed(socket);
    // Nothing was asked, so whatever comes back must at least be a well-formed error.
    if (bytes !== "") expectAwsError(parseAnswer(bytes), 408, "RequestTimeoutException");
  });

  it("closes an idle keep-alive connection", async () => {
    const server = await start({ keepAliveTimeoutMs: 50 });
    const socket = await open(server.port);
    const closed = collectUntilClosed(socket);
    socket.write("GET /once HTTP/1.1\r\nhost: x\r\n\r\n");
    const { bytes } = await closed;
    expect(parseAnswer(bytes).status).toBe(200);
  });

  it("refuses limits that cannot work together", async () => {
    await expect(serve(ok, { headersTimeoutMs: 2000, requestTimeoutMs: 1000 })).rejects.toThrow(
      /headersTimeoutMs \(2000\) must not be above requestTimeoutMs \(1000\)/,
    );
    await expect(serve(ok, { keepAliveTimeoutMs: -1 })).rejects.toThrow(/keepAliveTimeoutMs must be a whole number/);
  });
});

describe("bodies over the limit", () => {
  /** Sends a whole 8 MiB body before reading anything, as a simple client does; what came back, and whether the connection was reset. */
  async function sendBig(port: number, chunked: boolean) {
    const size = 8 * 1024 * 1024;
    const socket = await open(port);
    const answer = collectUntilClosed(socket);
    const framing = chunked ? "transfer-encoding: chunked" : `content-length: ${size}`;
    socket.write(`POST /big HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n${framing}\r\n\r\n`);
    const piece = Buffer.alloc(256 * 1024, 0x20);
    for (let sent = 0; sent < size; sent += piece.length) {
      socket.write(
        chunked ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n")]) : piece,
      );
    }
    if (chunked) socket.write("0\r\n\r\n");
    return answer;
  }

  it("delivers the 413 and closes without a reset, whether the length is declared or the body streamed", async () => {
    const server = await start({ maxBodyBytes: 1024 });
    for (let i = 0; i < 3; i++) {
      for (const chunked of [false, true]) {
        const { bytes, reset } = await sendBig(server.port, chunked);
        const answer = parseAnswer(bytes);
        const body = expectAwsError(answer, 413, "RequestEntityTooLargeException");
        expect(body["message"]).toBe("The request body is larger than 1024 bytes");
        expect(answer.headers["connection"]).toBe("close");
        expect(reset).toBe(false);
      }
    }
  });

  it("cuts a body past the drain bound after the 413", async () => {
    const server = await start({ maxBodyBytes: 10, maxDrainBytes: 100 });
    const bytes = await exchange(
      server.port,
      `POST / HTTP/1.1\r\nhost: x\r\ncontent-length: 1000\r\n\r\n${"x".repeat(200)}`,
    );
    expectAwsError(parseAnswer(bytes), 413, "RequestEntityTooLargeException");
  });
});

describe("errors below the handler", () => {
  it("answers a malformed request line with 400 BadRequestException", async () => {
    const server = await start();
    const body = expectAwsError(
      parseAnswer(await exchange(server.port, "NOT HTTP AT ALL\r\n\r\n")),
      400,
      "BadRequestException",
    );
    expect(body["message"]).toMatch(/^The request is not well-formed HTTP\/1\.1: /);
  });

  it("answers a malformed header with 400 BadRequestException", async () => {
    const server = await start();
    const bytes = await exchange(server.port, "GET / HTTP/1.1\r\nhost: x\r\nbad header\r\n\r\n");
    expectAwsError(parseAnswer(bytes), 400, "BadRequestException");
  });

  it("answers headers larger than the limit with 431", async () => {
    const server = await start({ maxHeaderBytes: 2048 });
    const bytes = await exchange(server.port, `GET / HTTP/1.1\r\nhost: x\r\nx-big: ${"a".repeat(4096)}\r\n\r\n`);
    const body = expectAwsError(parseAnswer(bytes), 431, "RequestHeaderFieldsTooLargeException");
    expect(body["message"]).toContain("2048 bytes");
  });

  it("answers more headers than the limit with 431", async () => {
    const server = await start({ maxHeaderCount: 20 });
    let headers = "";
    for (let i = 0; i < 21; i++) headers += `x-h${i}: v\r\n`;
    const bytes = await exchange(server.port, `POST / HTTP/1.1\r\nhost: x\r\n${headers}content-length: 2\r\n\r\n{}`);
    const body = expectAwsError(parseAnswer(bytes), 431, "RequestHeaderFieldsTooLargeException");
    expect(body["message"]).toBe("The request has more than 20 headers");
    // Exactly at the limit is fine.
    const fine = await exchange(
      server.port,
      `GET / HTTP/1.1\r\nhost: x\r\nconnection: close\r\n${headers.split("\r\n").slice(0, 18).join("\r\n")}\r\n\r\n`,
    );
    expect(parseAnswer(fine).status).toBe(200);
  });

  it("answers an HTTP/1.1 request without Host with 400 BadRequestException", async () => {
    const server = await start();
    const body = expectAwsError(
      parseAnswer(await exchange(server.port, "GET / HTTP/1.1\r\n\r\n")),
      400,
      "BadRequestException",
    );
    expect(body["message"]).toBe("An HTTP/1.1 request must carry a Host header");
  });

  it("answers a request whose Expect is not 100-continue like any other, not with a bare 417", async () => {
    const server = await start();
    const answer = parseAnswer(
      await exchange(server.port, "GET /x HTTP/1.1\r\nhost: x\r\nexpect: 200-ok\r\nconnection: close\r\n\r\n"),
    );
    expect([answer.status, JSON.parse(answer.body).path]).toEqual([200, "/x"]);
  });

  it("answers CONNECT as an unknown operation", async () => {
    const server = await start();
    const bytes = await exchange(server.port, "CONNECT example.com:443 HTTP/1.1\r\nhost: example.com:443\r\n\r\n");
    const body = expectAwsError(parseAnswer(bytes), 404, "UnknownOperationException");
    expect(body["message"]).toBe("No operation matches CONNECT example.com:443");
  });
});

describe("shutdown", () => {
  it("closes connections that sent nothing at once, however long the grace period", async () => {
    const server = await serve(ok, { shutdownGraceMs: 60_000 });
    const sockets = await Promise.all(Array.from({ length: 200 }, () => open(server.port)));
    const closed = Promise.all(sockets.map((s) => collectUntilClosed(s)));
    await server.close();
    expect((await closed).every((c) => c.bytes === "")).toBe(true);
  });

  it("tells a request in flight to close the connection", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered = () => {};
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const server = await serve(
      async (request) => {
        entered();
        await gate;
        return ok(request);
      },
      { shutdownGraceMs: 60_000 },
    );
    const socket = await open(server.port);
    const answered = collectUntilClosed(socket);
    socket.write("GET /slow HTTP/1.1\r\nhost: x\r\n\r\n");
    await inside;
    const closed = server.close();
    release();
    const answer = parseAnswer((await answered).bytes);
    expect(answer.status).toBe(200);
    expect(answer.headers["connection"]).toBe("close");
    await closed;
  });
});

describe("query strings", () => {
  it("hands over parameters named like Object's properties as plain parameters", async () => {
    const server = await start();
    const response = await fetch(`${server.url}/q?constructor=1&__proto__=2&toString=3&toString=4&hasOwnProperty=5`);
    const { query } = (await response.json()) as { query: Record<string, unknown> };
    expect(query).toEqual({ constructor: "1", ["__proto__"]: "2", toString: ["3", "4"], hasOwnProperty: "5" });
    expect(Object.keys(query)).toEqual(["constructor", "__proto__", "toString", "hasOwnProperty"]);
  });
});
