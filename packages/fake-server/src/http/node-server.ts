// A thin node:http adapter for a pure request handler: reads the request (with a size limit), hands it over,
// writes the answer. It binds where it is told (127.0.0.1, a free port, by default) and shuts down cleanly:
// in-flight requests finish, idle keep-alive sockets close, and after a grace period the rest are cut.

import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { HttpRequest, type HttpResponse } from "@smithy/protocol-http";
import { errorResponse, frameworkErrorBody } from "../runtime/index.js";

export interface ServeOptions {
  /** 127.0.0.1 by default. */
  host?: string;
  /** 0 (any free port) by default. */
  port?: number;
  /** Larger request bodies answer 413; 5 MiB by default. */
  maxBodyBytes?: number;
  /** How long close() waits for in-flight requests before cutting their sockets; 5 s by default. */
  shutdownGraceMs?: number;
}

export interface RunningServer {
  /** Such as http://127.0.0.1:43127 */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** Stops accepting, lets in-flight requests finish, closes every socket. Safe to call more than once. */
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 5 * 1024 * 1024;

class BodyTooLargeError extends Error {}

const EMPTY = Buffer.alloc(0);

/**
 * Reads a request's body, up to a limit, and calls back once: with the body, or with why it could not be read.
 * It is pulled with read() on 'readable' rather than taken from 'data' events: node then knows the body was
 * consumed and does not sweep the request's 'data' listeners after the answer, which costs more than the reading.
 * (The listeners are unnamed on purpose: a named closure made per request costs a name property under tsx.)
 */
function readBody(req: IncomingMessage, limit: number, done: (error: Error | undefined, body: Buffer) => void): void {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    done(new BodyTooLargeError(), EMPTY);
    return;
  }
  let settled = false;
  // Most bodies come in one chunk: keep it as it is.
  let first: Buffer | undefined;
  let more: Buffer[] | undefined;
  let size = 0;
  req.on("readable", () => {
    for (let chunk = req.read() as Buffer | null; chunk !== null; chunk = req.read() as Buffer | null) {
      if (settled) continue;
      size += chunk.length;
      if (size > limit) {
        settled = true;
        done(new BodyTooLargeError(), EMPTY);
      } else if (first === undefined) {
        first = chunk;
      } else {
        more ??= [first];
        more.push(chunk);
      }
    }
  });
  req.on("end", () => {
    if (settled) return;
    settled = true;
    done(undefined, more !== undefined ? Buffer.concat(more, size) : (first ?? EMPTY));
  });
  req.on("error", (error) => {
    if (settled) return;
    settled = true;
    done(error, EMPTY);
  });
}

function toHttpRequest(req: IncomingMessage, body: Buffer, host: string, port: number): HttpRequest {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  const query: Record<string, string | string[]> = {};
  if (q >= 0) {
    for (const [key, value] of new URLSearchParams(url.slice(q + 1))) {
      const existing = query[key];
      query[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
  }
  return new HttpRequest({
    method: req.method ?? "GET",
    protocol: "http:",
    hostname: host,
    port,
    path,
    query,
    // Node gives lower-case names and joins repeated headers (set-cookie aside, which requests do not carry).
    headers: req.headers as Record<string, string>,
    body: body.length === 0 ? undefined : body,
  });
}

function writeResponse(res: ServerResponse, response: HttpResponse, close: boolean): void {
  const body: unknown = response.body;
  const noBodyAllowed = response.statusCode === 204 || response.statusCode === 304;
  const empty = noBodyAllowed || body === undefined || body === null || body === "";
  if (!empty && typeof body !== "string" && !(body instanceof Uint8Array)) {
    throw new TypeError("the handler answered with a body that is neither text nor bytes");
  }
  const bytes = empty ? undefined : (body as string | Uint8Array);
  // All headers go to writeHead at once, as name-value pairs: node then writes them as they are, without first
  // storing each one (which setHeader does). The length goes in up front, as the service sends it: otherwise
  // writeHead would commit to chunked encoding.
  const headers: string[] = [];
  const given = response.headers;
  for (const name in given) {
    const lower = name.toLowerCase();
    if (lower === "content-length" || (close && lower === "connection")) continue;
    headers.push(name, given[name]!);
  }
  if (!noBodyAllowed) {
    const length = bytes === undefined ? 0 : typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.byteLength;
    headers.push("content-length", String(length));
  }
  if (close) headers.push("connection", "close");
  res.writeHead(response.statusCode, headers);
  res.end(bytes);
}

function plainError(res: ServerResponse, status: number, errorType: string, message: string): void {
  const parts = errorResponse({ errorType, status, body: frameworkErrorBody(message), requestId: randomUUID() });
  res.statusCode = parts.statusCode;
  for (const [name, value] of Object.entries(parts.headers)) res.setHeader(name, value);
  res.end(parts.body);
}

export async function serve(
  handle: (request: HttpRequest) => Promise<HttpResponse>,
  options: ServeOptions = {},
): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const grace = options.shutdownGraceMs ?? 5000;
  const sockets = new Set<Socket>();
  let closing: Promise<void> | undefined;
  let port = 0;

  const answer = async (req: IncomingMessage, res: ServerResponse, body: Buffer, close: boolean) => {
    try {
      writeResponse(res, await handle(toHttpRequest(req, body, host, port)), close);
    } catch {
      if (!res.headersSent) plainError(res, 500, "InternalFailure", "The server failed to handle the request");
      else res.destroy();
    }
  };
  const server: Server = createServer((req, res) => {
    // Once closing, every answer tells the client to go.
    const close = closing !== undefined;
    readBody(req, maxBody, (error, body) => {
      if (error !== undefined) {
        if (res.headersSent || res.destroyed) return;
        res.setHeader("connection", "close");
        if (error instanceof BodyTooLargeError) {
          plainError(res, 413, "RequestEntityTooLargeException", `The request body is larger than ${maxBody} bytes`);
          // The rest of the body is not read: close the connection once the answer is out.
          res.on("finish", () => req.socket.destroy());
        } else {
          req.socket.destroy();
        }
        return;
      }
      void answer(req, res, body, close);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    host,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        const cutoff = setTimeout(() => {
          server.closeAllConnections();
          for (const socket of sockets) socket.destroy();
        }, grace);
        // Keep-alive connections busy now turn idle once their answer is out: close them as they do.
        const sweep = setInterval(() => server.closeIdleConnections(), 20);
        server.close(() => {
          clearTimeout(cutoff);
          clearInterval(sweep);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
