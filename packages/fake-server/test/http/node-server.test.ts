import { Agent, request as httpRequest } from "node:http";
import { connect } from "node:net";
import { HttpResponse } from "@smithy/protocol-http";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningServer, serve } from "../../src/index.js";

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(handler: Parameters<typeof serve>[0], options: Parameters<typeof serve>[1] = {}) {
  const server = await serve(handler, options);
  servers.push(server);
  return server;
}

const echo = async (request: {
  method: string;
  path: string;
  query: unknown;
  headers: Record<string, string>;
  body?: unknown;
}) =>
  new HttpResponse({
    statusCode: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      method: request.method,
      path: request.path,
      query: request.query,
      header: request.headers["x-test"],
      body: request.body === undefined ? null : Buffer.from(request.body as Uint8Array).toString(),
    }),
  });

/** Sends raw bytes and resolves with everything the server wrote back before closing. */
function rawExchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(bytes));
    let received = "";
    socket.on("data", (chunk) => {
      received += chunk.toString();
    });
    socket.on("close", () => resolve(received));
    socket.on("error", reject);
  });
}

describe("serve", () => {
  it("binds 127.0.0.1 on a free port and hands requests over with their raw path, query and body", async () => {
    const server = await start(echo);
    expect(server.host).toBe("127.0.0.1");
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const response = await fetch(`${server.url}/a%2Fb/c?x=1&x=2&y=`, {
      method: "POST",
      headers: { "x-test": "yes" },
      body: "hello",
    });
    expect(await response.json()).toEqual({
      method: "POST",
      path: "/a%2Fb/c",
      query: { x: ["1", "2"], y: "" },
      header: "yes",
      body: "hello",
    });
  });

  it("sends Content-Length, never chunked, and no length or body with a 204", async () => {
    const server = await start(async (request) =>
      request.path === "/empty"
        ? new HttpResponse({ statusCode: 204, headers: {}, body: "ignored" })
        : new HttpResponse({ statusCode: 200, headers: { "content-type": "text/plain" }, body: "héllo" }),
    );
    const text = await fetch(`${server.url}/text`);
    expect(text.headers.get("content-length")).toBe("6");
    expect(text.headers.get("transfer-encoding")).toBeNull();
    expect(await text.text()).toBe("héllo");
    const bytes = await rawExchange(server.port, "GET /empty HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n");
    expect(bytes).toMatch(/^HTTP\/1\.1 204/);
    expect(bytes.toLowerCase()).not.toContain("content-length");
    expect(bytes.toLowerCase()).not.toContain("transfer-encoding");
    expect(bytes).not.toContain("ignored");
  });

  it("answers a body over the limit with 413, whether declared or streamed", async () => {
    const server = await start(echo, { maxBodyBytes: 10 });
    const declared = await fetch(server.url, { method: "POST", body: "x".repeat(11) });
    expect(declared.status).toBe(413);
    expect(declared.headers.get("x-amzn-errortype")).toBe("RequestEntityTooLargeException");
    const streamed = await rawExchange(
      server.port,
      "POST / HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n8\r\n12345678\r\n8\r\n12345678\r\n0\r\n\r\n",
    );
    expect(streamed).toMatch(/^HTTP\/1\.1 413/);
  });

  it("hands over a body that arrives in several chunks whole", async () => {
    const server = await start(echo, { maxBodyBytes: 20 });
    const answer = await rawExchange(
      server.port,
      "POST / HTTP/1.1\r\nhost: x\r\nconnection: close\r\ntransfer-encoding: chunked\r\n\r\n" +
        "3\r\nabc\r\n4\r\ndefg\r\n5\r\nhijkl\r\n0\r\n\r\n",
    );
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain('"body":"abcdefghijkl"');
  });

  it("sends the length of the body it sends, once, whatever length the handler claimed", async () => {
    const server = await start(
      async () =>
        new HttpResponse({ statusCode: 200, headers: { "Content-Length": "999", "x-kept": "yes" }, body: "four" }),
    );
    const answer = await rawExchange(server.port, "GET / HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n");
    expect(answer.match(/content-length: \d+/gi)).toEqual(["content-length: 4"]);
    expect(answer).toMatch(/\r\nx-kept: yes\r\n/);
    expect(answer.endsWith("\r\n\r\nfour")).toBe(true);
  });

  it("answers a malformed request with 400 and closes the connection", async () => {
    const server = await start(echo);
    expect(await rawExchange(server.port, "NOT HTTP AT ALL\r\n\r\n")).toMatch(/^HTTP\/1\.1 400/);
  });

  it("answers 500 when the handler itself fails", async () => {
    const server = await start(async () => {
      throw new Error("broken handler");
    });
    const response = await fetch(server.url);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("broken handler");
  });

  it("closes idle keep-alive connections on close, leaving no socket open", async () => {
    const server = await start(echo);
    const agent = new Agent({ keepAlive: true });
    // Wrapped in an object: resolving with a bare promise would wait for it.
    const { socketClosed } = await new Promise<{ socketClosed: Promise<void> }>((resolve, reject) => {
      const req = httpRequest(`${server.url}/`, { agent }, (res) => {
        const socket = req.socket!;
        const closed = new Promise<void>((done) => socket.once("close", () => done()));
        res.resume();
        res.on("end", () => resolve({ socketClosed: closed }));
      });
      req.on("error", reject);
      req.end();
    });
    expect(Object.keys(agent.freeSockets)).toHaveLength(1);
    await server.close();
    await socketClosed;
    agent.destroy();
    await expect(fetch(server.url)).rejects.toThrow();
  });

  it("lets a request in flight finish before closing", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered: () => void = () => {};
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const server = await start(async (request) => {
      entered();
      await gate;
      return echo(request as never);
    });
    const pending = fetch(`${server.url}/slow`);
    await inside;
    const closed = server.close();
    release();
    const response = await pending;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { path: string }).path).toBe("/slow");
    await closed;
    await server.close();
  });

  it("reports a port that is taken", async () => {
    const server = await start(echo);
    await expect(serve(echo, { port: server.port })).rejects.toThrow(/EADDRINUSE/);
  });
});
