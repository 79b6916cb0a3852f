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
  if (parts.body !== undefined) {
    const length = typeof parts.body === "string" ? encoder.encode(parts.body).byteLength : parts.body.byteLength;
    headers["content-length"] = String(length);
  }
  headers["user-agent"] = extras.userAgent;
  headers["x-amz-user-agent"] = extras.userAgent;
  // The retry headers of AWS SDKs: servers use them to tell a retry from a new call.
  headers["amz-sdk-invocation-id"] = extras.invocationId;
  headers["amz-sdk-request"] = `attempt=${extras.attempt}; max=${extras.maxAttempts}`;
  const base = endpoint.pathname.endsWith("/") ? endpoint.pathname.slice(0, -1) : endpoint.pathname;
  return new HttpRequest({
    protocol: endpoint.protocol,
    hostname: prefix + endpoint.hostname,
    port: endpoint.port === "" ? undefined : Number(endpoint.port),
    method: parts.method,
    path: base + parts.path,
    query: parts.query,
    headers,
    body: parts.body,
  });
}
