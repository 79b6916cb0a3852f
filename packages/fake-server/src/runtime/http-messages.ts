// Converts between @smithy/protocol-http messages and the plain parts the generated bindings read and write.

import type { HttpRequestParts } from "@rtca/types";
import { type HttpRequest, HttpResponse } from "@smithy/protocol-http";
import type { ResponseParts, StreamedResponseParts } from "./types.js";

/** A request body as the bindings read it: text or bytes as given, or undefined when there is none. */
export function bodyText(body: unknown): string | Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return body.byteLength === 0 ? undefined : body;
  throw new TypeError(`a request body must be a string or bytes, got ${typeof body}`);
}

/**
 * The request's parts: lower-case header names, query values as lists when repeated, the body as given (a body
 * that comes in chunks, for a streaming blob, as `stream`).
 */
export function toRequestParts(request: HttpRequest): HttpRequestParts {
  const streamed = isByteStream(request.body);
  return {
    method: request.method.toUpperCase(),
    path: request.path === "" ? "/" : request.path,
    query: queryOf(request.query),
    headers: headersOf(request.headers),
    body: streamed ? undefined : bodyText(request.body),
    stream: streamed ? request.body : undefined,
  };
}

/** Whether a body comes in chunks (an AsyncIterable), rather than whole as text or bytes. */
export function isByteStream(body: unknown): body is AsyncIterable<Uint8Array> {
  return (
    typeof body === "object" &&
    body !== null &&
    !(body instanceof Uint8Array) &&
    typeof (body as Partial<AsyncIterable<Uint8Array>>)[Symbol.asyncIterator] === "function"
  );
}

const NO_QUERY: Readonly<Record<string, string | string[]>> = Object.freeze(Object.create(null));

function queryOf(given: HttpRequest["query"] | undefined): Record<string, string | string[]> {
  // Without a prototype: a parameter named __proto__ or constructor is a parameter, never something inherited.
  const query = Object.create(null) as Record<string, string | string[]>;
  let any = false;
  for (const name in given) {
    if (!Object.hasOwn(given, name)) continue;
    const value = given[name];
    if (value === undefined) continue;
    // A key without a value (`?flag`) reads as the empty string.
    query[name] = value === null ? "" : Array.isArray(value) ? value.map(String) : String(value);
    any = true;
  }
  // Nothing reads the query but the generated bindings, which never change it.
  return any ? query : (NO_QUERY as Record<string, string | string[]>);
}

/** Header names in lower case. The given record is used as it is when it already is so (as node:http gives it). */
function headersOf(given: HttpRequest["headers"] | undefined): Record<string, string> {
  if (given === undefined) return Object.create(null) as Record<string, string>;
  let ready = Object.getPrototypeOf(given) === null;
  for (const name in given) {
    if (typeof given[name] !== "string" || name !== name.toLowerCase()) {
      ready = false;
      break;
    }
  }
  if (ready) return given as Record<string, string>;
  const headers = Object.create(null) as Record<string, string>;
  for (const name in given) {
    if (!Object.hasOwn(given, name)) continue;
    const value = given[name];
    if (value !== undefined) headers[name.toLowerCase()] = typeof value === "string" ? value : String(value);
  }
  return headers;
}

export function toHttpResponse(parts: ResponseParts | StreamedResponseParts): HttpResponse {
  const body = parts.body;
  const empty = body === undefined || ((typeof body === "string" || body instanceof Uint8Array) && body.length === 0);
  // An answer without a body says so, as restJson1 servers do; a body's length is left to the HTTP layer.
  if (empty) parts.headers["content-length"] = "0";
  return new HttpResponse({ statusCode: parts.statusCode, headers: parts.headers, body: parts.body ?? "" });
}

/** Whether a Content-Type names JSON: application/json, or a +json suffix, with any parameters. */
export function isJsonContentType(contentType: string): boolean {
  if (contentType === "application/json") return true;
  const mediaType = contentType.split(";", 1)[0]!.trim().toLowerCase();
  return mediaType === "application/json" || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
}

/** The media type of a Content-Type or media range, without parameters, in lower case. */
function mediaTypeOf(value: string): string {
  return value.split(";", 1)[0]!.trim().toLowerCase();
}

/** Whether a Content-Type names the media type `expected` (parameters such as charset aside). */
export function sameMediaType(contentType: string, expected: string): boolean {
  return contentType === expected || mediaTypeOf(contentType) === expected.toLowerCase();
}

/** Whether an Accept header allows `answer`: a media range of it, `type/*` or `*\/*`. */
export function acceptsMediaType(accept: string, answer: string): boolean {
  const wanted = answer.toLowerCase();
  const type = wanted.split("/", 1)[0];
  return accept.split(",").some((range) => {
    const r = mediaTypeOf(range);
    return r === "*/*" || r === wanted || r === `${type}/*`;
  });
}
