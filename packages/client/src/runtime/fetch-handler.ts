// The default request handler of the browser build: an HttpHandler (of @smithy/protocol-http, over @smithy/types'
// request and response) on the fetch API. It does what this client needs of @smithy/fetch-http-handler in a
// fraction of its size: the response body comes back as fetch's ReadableStream, unread, and the caller's abort
// signal goes straight to fetch, so an abort tears the request down before the answer and while its body streams.
//
// `requestTimeout` bounds, as @smithy's handlers define it, the wait for the response headers; when it runs out the
// request is aborted (not left running) and the call fails with an error named TimeoutError. The client itself
// bounds whole attempts with its own signal (`timeoutMs`), so it never sets this.

import { encodeLabel } from "@rtca/types";
import type { HttpHandler, HttpRequest } from "@smithy/protocol-http";
import type { HttpHandlerOptions, HttpResponse, QueryParameterBag } from "@smithy/types";

export interface FetchHandlerConfig {
  /** How long to wait for the response headers, in ms (default: no limit). */
  requestTimeout?: number;
}

export class FetchRequestHandler implements HttpHandler<FetchHandlerConfig> {
  readonly #config: FetchHandlerConfig;

  constructor(config: FetchHandlerConfig = {}) {
    this.#config = { ...config };
  }

  async handle(
    request: HttpRequest,
    { abortSignal, requestTimeout = this.#config.requestTimeout }: HttpHandlerOptions = {},
  ): Promise<{ response: HttpResponse }> {
    let signal = abortSignal as AbortSignal | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (requestTimeout) {
      const timeout = new AbortController();
      timer = setTimeout(() => {
        const error = new Error(`no response within ${requestTimeout} ms`);
        error.name = "TimeoutError";
        timeout.abort(error);
      }, requestTimeout);
      signal = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
    }
    const { method, headers, body } = request;
    const port = request.port ? `:${request.port}` : "";
    const query = queryString(request.query);
    try {
      const answer = await fetch(`${request.protocol}//${request.hostname}${port}${request.path}${query}`, {
        method,
        headers,
        body: method === "GET" || method === "HEAD" ? undefined : body,
        signal,
        // Lets a stream be sent as the body; fetch ignores it for other bodies.
        duplex: "half",
      } as RequestInit);
      const responseHeaders: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        responseHeaders[name] = value;
      });
      return {
        response: {
          statusCode: answer.status,
          reason: answer.statusText,
          headers: responseHeaders,
          body: answer.body ?? undefined,
        },
      };
    } finally {
      clearTimeout(timer);
    }
  }

  updateHttpClientConfig(key: keyof FetchHandlerConfig, value: FetchHandlerConfig[typeof key]): void {
    this.#config[key] = value;
  }

  httpHandlerConfigs(): FetchHandlerConfig {
    return this.#config;
  }

  /** Nothing to close: the browser owns the connections. */
  destroy(): void {}
}

/**
 * `?a=1&b=x&b=y`, or "" without a query. Names and values are escaped as URI labels are (only RFC 3986's
 * unreserved characters stay), which is also how SigV4 escapes them for the signature.
 */
function queryString(query: QueryParameterBag | undefined): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query ?? {})) {
    const name = encodeLabel(key, false);
    for (const one of Array.isArray(value) ? value : [value]) {
      parts.push(one === null ? name : `${name}=${encodeLabel(one, false)}`);
    }
  }
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}
