// Builds the HTTP request of one attempt from the generated bindings' parts and the resolved endpoint.
import type { HttpRequestParts } from "@rtca/types";
import { HttpRequest } from "@smithy/protocol-http";

const encoder = new TextEncoder();

export interface RequestExtras {
  userAgent: string;
  invocationId: string;
  attempt: number;
  maxAttempts: number;
}

export function buildHttpRequest(endpoint: URL, parts: HttpRequestParts, extras: RequestExtras): HttpRequest {
  const headers: Record<string, string> = { ...parts.headers };
  // An operation's @endpoint host prefix goes before the endpoint's host name.
  const prefix = parts.hostPrefix ?? "";
  headers["host"] = prefix + endpoint.host;
  const { body, stream } = parts;
  if (body !== undefined) {
    headers["content-length"] = String((typeof body === "string" ? encoder.encode(body) : body).byteLength);
  }
  headers["user-agent"] = extras.userAgent;
  headers["x-amz-user-agent"] = extras.userAgent;
  // The retry headers of AWS SDKs: servers use them to tell a retry from a new call.
  headers["amz-sdk-invocation-id"] = extras.invocationId;
  headers["amz-sdk-request"] = `attempt=${extras.attempt}; max=${extras.maxAttempts}`;
  const base = endpoint.pathname.replace(/\/$/, "");
  return new HttpRequest({
    protocol: endpoint.protocol,
    hostname: prefix + endpoint.hostname,
    port: endpoint.port === "" ? undefined : Number(endpoint.port),
    method: parts.method,
    path: base + parts.path,
    query: parts.query,
    headers,
    // A streamed body goes without a length, unless the bindings gave one (chunked transfer encoding otherwise).
    body: stream ?? body,
  });
}
