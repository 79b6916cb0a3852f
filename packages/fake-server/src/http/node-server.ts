// A thin node:http adapter for a pure request handler: reads the request (with limits on its size and on how long
// it may take), hands it over, writes the answer. Whatever fails below the handler (a malformed request, headers
// too large, a timeout, a CONNECT) is still answered as an AWS error. It binds where it is told (127.0.0.1, a free
// port, by default) and shuts down cleanly: idle connections close at once, in-flight requests finish and are told
// to close, and after a grace period the rest are cut.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Duplex, pipeline, Readable } from "node:stream";
import { HttpRequest, type HttpResponse } from "@smithy/protocol-http";
import { isByteStream } from "../runtime/http-messages.js";
import { answerForClientError } from "./client-errors.js";
import { Connections } from "./connections.js";
import { parseQueryString, type QueryMap } from "./query-string.js";
import { errorAnswer, type RawError, rawErrorBytes } from "./raw-error.js";
import { BodyTooLargeError, readBody } from "./read-body.js";
import { resolveServeLimits, type ServeLimits, type ServeOptions } from "./serve-options.js";

export type { ServeOptions } from "./serve-options.js";

export interface RunningServer {
  /** Such as http://127.0.0.1:43127 */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /**
   * Stops accepting, closes idle connections at once, lets in-flight requests finish (their answers say
   * `Connection: close`), cuts what is left after the grace period. Safe to call more than once.
   */
  close(): Promise<void>;
}

const NO_QUERY: QueryMap = Object.freeze(Object.create(null) as QueryMap);
const EMPTY_BODY = Buffer.alloc(0);

function toHttpRequest(
  req: IncomingMessage,
  body: Buffer | AsyncIterable<Uint8Array>,
  host: string,
  port: number,
): HttpRequest {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  return new HttpRequest({
    method: req.method ?? "GET",
    protocol: "http:",
    hostname: host,
    port,
    path: q < 0 ? url : url.slice(0, q),
    query: q < 0 ? NO_QUERY : parseQueryString(url.slice(q + 1)),
    // Node gives lower-case names and joins repeated headers (set-cookie aside, which requests do not carry).
    headers: req.headers as Record<string, string>,
    body: body instanceof Buffer && body.length === 0 ? undefined : body,
  });
}

function writeResponse(res: ServerResponse, response: HttpResponse, close: boolean): void {
  const body: unknown = response.body;
  if (isByteStream(body)) {
    writeStreamedResponse(res, response, body, close);
    return;
  }
  const noBodyAllowed = response.statusCode === 204 || response.statusCode === 304;
  const empty = noBodyAllowed || body === undefined || body === null || body === "";
  if (!empty && typeof body !== "string" && !(body instanceof Uint8Array)) {
    throw new TypeError("the handler answered with a body that is neither text nor bytes");
  }
  const bytes = empty ? undefined : (body as string | Uint8Array);
  // All headers go to writeHead at once, as name-value pairs: node then writes them as they are, without first
  // storing each one (which setHeader does). The length goes in up front, as the service sends it: otherwise
  // writeHead would commit to chunked encoding.
  const headers = givenHeaders(response, close);
  if (!noBodyAllowed) {
    const length = bytes === undefined ? 0 : typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.byteLength;
    headers.push("content-length", String(length));
  }
  if (close) headers.push("connection", "close");
  res.writeHead(response.statusCode, headers);
  res.end(bytes);
}

/** The answer's headers as name-value pairs, but its length and (when closing) its Connection: the writer sets those. */
function givenHeaders(response: HttpResponse, close: boolean): string[] {
  const headers: string[] = [];
  const given = response.headers;
  for (const name in given) {
    const lower = name.toLowerCase();
    if (lower === "content-length" || (close && lower === "connection")) continue;
    headers.push(name, given[name]!);
  }
  return headers;
}

/**
 * Writes a body that comes in chunks (an event stream) as each arrives, in chunked encoding. A client that goes away
 * ends the iteration, so the behaviour producing the events is told to stop.
 */
function writeStreamedResponse(
  res: ServerResponse,
  response: HttpResponse,
  body: AsyncIterable<Uint8Array>,
  close: boolean,
): void {
  const headers = givenHeaders(response, close);
  if (close) headers.push("connection", "close");
  res.writeHead(response.statusCode, headers);
  // Each chunk is one event: it goes out at once rather than waiting in a buffer.
  res.flushHeaders();
  pipeline(Readable.from(body, { objectMode: false }), res, () => {});
}

/** Answers with an error; with `close`, the connection closes once it is out (cut if the body was not all read). */
function answerError(res: ServerResponse, error: RawError, close: "no" | "after" | "cut"): void {
  if (res.headersSent || res.destroyed) return;
  const { headers, body } = errorAnswer(error, close !== "no");
  res.writeHead(error.status, headers);
  res.end(body);
  if (close === "cut") res.once("finish", () => res.req.socket.destroy());
}

function answerRawly(socket: Duplex, error: RawError): void {
  if (socket.writable) socket.end(rawErrorBytes(error));
  else socket.destroy();
}

/** Why the request's head is refused once its body has been read, or undefined. */
function headRefusal(req: IncomingMessage, limits: ServeLimits): RawError | undefined {
  if (req.rawHeaders.length > 2 * limits.maxHeaderCount) {
    return {
      status: 431,
      errorType: "RequestHeaderFieldsTooLargeException",
      message: `The request has more than ${limits.maxHeaderCount} headers`,
    };
  }
  // Node would answer this itself, with a bare 400.
  if (req.headers.host === undefined && req.httpVersionMinor === 1 && req.httpVersionMajor === 1) {
    return { status: 400, errorType: "BadRequestException", message: "An HTTP/1.1 request must carry a Host header" };
  }
  return undefined;
}

/**
 * The handler to serve: a function of a request, which may say (`streamsRequestBody`) which requests' bodies it takes
 * unread, as they come (a `@streaming` blob input): those are handed over as the request stream itself, bounded by
 * nothing but the connection and `requestTimeoutMs`, not by `maxBodyBytes`.
 */
export type ServedHandler = ((request: HttpRequest) => Promise<HttpResponse>) & {
  streamsRequestBody?: (request: HttpRequest) => boolean;
};

export async function serve(handle: ServedHandler, options: ServeOptions = {}): Promise<RunningServer> {
  const limits = resolveServeLimits(options);
  const host = options.host ?? "127.0.0.1";
  const connections = new Connections();
  let closing: Promise<void> | undefined;
  let port = 0;

  const answer = async (req: IncomingMessage, res: ServerResponse, body: Buffer | AsyncIterable<Uint8Array>) => {
    try {
      const response = await handle(toHttpRequest(req, body, host, port));
      // Decided when the answer goes out: a request that arrived before shutdown is told to close too.
      writeResponse(res, response, connections.closing);
    } catch {
      if (!res.headersSent) {
        const internal = {
          status: 500,
          errorType: "InternalFailure",
          message: "The server failed to handle the request",
        };
        answerError(res, internal, connections.closing ? "after" : "no");
      } else res.destroy();
    }
  };
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    connections.requestStarted(req.socket);
    res.once("close", connections.responseClosed);
    const refused = headRefusal(req, limits);
    if (refused === undefined && handle.streamsRequestBody?.(toHttpRequest(req, EMPTY_BODY, host, port))) {
      // The behaviour reads the body as it comes; a client that goes away ends its iteration with an error.
      void answer(req, res, req);
      return;
    }
    readBody(req, limits.maxBodyBytes, limits.maxDrainBytes, (error, body) => {
      if (error instanceof BodyTooLargeError) {
        const tooLarge = { status: 413, errorType: "RequestEntityTooLargeException", message: error.message };
        answerError(res, tooLarge, error.drained ? "after" : "cut");
      } else if (error !== undefined) {
        req.socket.destroy();
      } else if (refused !== undefined) {
        answerError(res, refused, "after");
      } else {
        void answer(req, res, body);
      }
    });
  };
  const server: Server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
      maxHeaderSize: limits.maxHeaderBytes,
      requireHostHeader: false,
    },
    onRequest,
  );
  // An Expect other than 100-continue would get a bare 417 from node: the request is answered as any other.
  server.on("checkExpectation", onRequest);
  // Node drops headers past this count without a word; one more than the limit is enough to tell.
  server.maxHeadersCount = limits.maxHeaderCount + 1;
  server.on("connection", (socket) => connections.add(socket));
  server.on("clientError", (error: Error & { code?: string }, socket: Duplex) => {
    const raw = answerForClientError(error, limits);
    const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (raw === undefined || inFlight?.headersSent) socket.destroy();
    else answerRawly(socket, raw);
  });
  // This server is no proxy, and speaks no other protocol on its connections.
  server.on("connect", (req: IncomingMessage, socket: Duplex) => {
    answerRawly(socket, {
      status: 404,
      errorType: "UnknownOperationException",
      message: `No operation matches ${req.method} ${req.url}`,
    });
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
          connections.destroyAll();
        }, limits.shutdownGraceMs);
        server.close(() => {
          clearTimeout(cutoff);
          resolve();
        });
        connections.closeIdle();
      });
      return closing;
    },
  };
}
