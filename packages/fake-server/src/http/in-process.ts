// Runs AWS's SDK (or anything that takes a Smithy HttpHandler) against the fake with no socket at all:
// `new ConnectClient({ requestHandler: inProcessHttpHandler(fake.handle), ... })`.
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
