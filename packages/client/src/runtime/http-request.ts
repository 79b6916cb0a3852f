// Builds the HTTP request of one attempt from the generated bindings' parts and the resolved endpoint.
import type { HttpRequestParts } from "@rtca/types";
import { HttpRequest } from "@smithy/protocol-http";

export interface RequestExtras {
  userAgent: string;
  invocationId: string;
  attempt: number;
  maxAttempts: number;
}

export function buildHttpRequest(endpoint: URL, parts: HttpRequestParts, extras: RequestExtras): HttpRequest {
  const headers: Record<string, string> = { ...parts.headers };
  headers["host"] = endpoint.host;
  if (parts.body !== undefined) headers["content-length"] = String(utf8Length(parts.body));
  headers["user-agent"] = extras.userAgent;
  headers["x-amz-user-agent"] = extras.userAgent;
  // The retry headers of AWS SDKs: servers use them to tell a retry from a new call.
  headers["amz-sdk-invocation-id"] = extras.invocationId;
  headers["amz-sdk-request"] = `attempt=${extras.attempt}; max=${extras.maxAttempts}`;
  const base = endpoint.pathname.endsWith("/") ? endpoint.pathname.slice(0, -1) : endpoint.pathname;
  return new HttpRequest({
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: endpoint.port === "" ? undefined : Number(endpoint.port),
    method: parts.method,
    path: base + parts.path,
    query: parts.query,
    headers,
    body: parts.body,
  });
}

/** The UTF-8 length of a string, without encoding it. */
export function utf8Length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) length += 1;
    else if (c < 0x800) length += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        length += 4;
        i++;
      } else length += 3;
    } else length += 3;
  }
  return length;
}
