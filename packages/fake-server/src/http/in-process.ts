// Runs AWS's SDK (or anything that takes a Smithy HttpHandler) against the fake with no socket at all:
// `new ConnectClient({ requestHandler: inProcessHttpHandler(fake.handle), ... })`. An event stream's body is handed
// over as a Node stream, read as its events come.
import { Readable } from "node:stream";
import { type HttpRequest, HttpResponse } from "@smithy/protocol-http";

export interface InProcessHttpHandler {
  handle(request: HttpRequest): Promise<{ response: HttpResponse }>;
  updateHttpClientConfig(key: never, value: never): void;
  httpHandlerConfigs(): Record<string, never>;
  destroy(): void;
}

export function inProcessHttpHandler(handle: (request: HttpRequest) => Promise<HttpResponse>): InProcessHttpHandler {
  const encoder = new TextEncoder();
  return {
    async handle(request) {
      const response = await handle(request);
      // SDKs collect the body as bytes.
      const body: unknown = response.body;
      if (typeof body === "object" && body !== null && Symbol.asyncIterator in body && !(body instanceof Uint8Array)) {
        const stream = Readable.from(body as AsyncIterable<Uint8Array>, { objectMode: false });
        return {
          response: new HttpResponse({ statusCode: response.statusCode, headers: response.headers, body: stream }),
        };
      }
      const bytes =
        typeof body === "string" ? encoder.encode(body) : body instanceof Uint8Array ? body : new Uint8Array();
      return {
        response: new HttpResponse({ statusCode: response.statusCode, headers: response.headers, body: bytes }),
      };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
    destroy() {},
  };
}
