// Turns the generated bindings' request parts into @smithy HttpRequests and back, for tests that call a handler.

import type { HttpRequestParts, HttpResponseParts } from "@rtca/types";
import { HttpRequest, type HttpResponse } from "@smithy/protocol-http";

export type Send = (request: HttpRequest) => Promise<HttpResponse>;

/** A well-formed SigV4 Authorization header for service connect; the fake does not check the signature by default. */
export function authorizationFor(accessKeyId = "AKIDFAKETEST", service = "connect"): string {
  return `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20260101/us-east-1/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=${"0".repeat(64)}`;
}

export function toHttpRequest(parts: HttpRequestParts, headers: Record<string, string> = {}): HttpRequest {
  return new HttpRequest({
    method: parts.method,
    protocol: "http:",
    hostname: "localhost",
    path: parts.path,
    query: parts.query,
    headers: { host: "localhost", ...parts.headers, ...headers },
    body: parts.body,
  });
}

export function toParts(response: HttpResponse): HttpResponseParts & { body: string | undefined } {
  const body: unknown = response.body;
  return {
    statusCode: response.statusCode,
    headers: Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v])),
    body: typeof body === "string" ? body : body instanceof Uint8Array ? new TextDecoder().decode(body) : undefined,
  };
}

/** The JSON body of a response. */
export function json(response: HttpResponse): Record<string, unknown> {
  return JSON.parse(toParts(response).body ?? "{}") as Record<string, unknown>;
}

/** A `fetch`-based sender, for a fake served over HTTP. */
export function fetchSender(baseUrl: string): Send {
  return async (request) => {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(request.query ?? {})) {
      for (const item of Array.isArray(v) ? v : [v ?? ""]) query.append(k, item);
    }
    const qs = query.toString();
    const headers = Object.fromEntries(Object.entries(request.headers).filter(([k]) => k !== "host"));
    const res = await fetch(`${baseUrl}${request.path}${qs === "" ? "" : `?${qs}`}`, {
      method: request.method,
      headers,
      body: request.body,
    });
    const { HttpResponse } = await import("@smithy/protocol-http");
    return new HttpResponse({
      statusCode: res.status,
      headers: Object.fromEntries(res.headers),
      body: await res.text(),
    });
  };
}
