// Comparisons of HTTP messages with what a protocol test case expects: query parameters, headers and bodies (JSON
// compared as JSON, anything else as text).
import { expect } from "vitest";
import type { MalformedResponseSpec, RequestSpec, ResponseSpec } from "../../src/protocol-tests/cases.js";

/** What a case expects of a request, of a response, and of the answer to a malformed request: the test traits' own
 * shapes, less what only the generator reads. */
export type ExpectedRequest = Omit<RequestSpec, "id" | "params">;
export type ExpectedResponse = Omit<ResponseSpec, "id" | "params">;
export type MalformedResponse = MalformedResponseSpec;

type Query = Record<string, string | string[] | null | undefined>;

/** Percent-decoded `name=value` pairs into a query record, repeated names as lists. */
export function parseQueryParams(pairs: readonly string[]): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const pair of pairs) {
    const [name, value] = splitPair(pair);
    const present = query[name];
    if (present === undefined) query[name] = value;
    else query[name] = Array.isArray(present) ? [...present, value] : [present, value];
  }
  return query;
}

function splitPair(pair: string): [string, string] {
  const eq = pair.indexOf("=");
  const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, "%20"));
  return eq < 0 ? [decode(pair), ""] : [decode(pair.slice(0, eq)), decode(pair.slice(eq + 1))];
}

/** The query as `name=value` pairs, decoded, one per value. */
function pairsOf(query: Query | undefined): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) pairs.push([name, v ?? ""]);
  }
  return pairs;
}

export function expectQuery(actual: Query | undefined, spec: ExpectedRequest, literal: string | undefined): void {
  const remaining = pairsOf(actual).map(([k, v]) => `${k}=${v}`);
  const expected = [...(literal ? literal.split("&") : []), ...(spec.queryParams ?? [])].map((p) =>
    splitPair(p).join("="),
  );
  for (const pair of expected) {
    const at = remaining.indexOf(pair);
    expect(at, `query parameter ${pair} in ${JSON.stringify(remaining)}`).toBeGreaterThanOrEqual(0);
    remaining.splice(at, 1);
  }
  const names = new Set(pairsOf(actual).map(([k]) => k));
  for (const name of spec.forbidQueryParams ?? []) expect(names.has(name), `forbidden query ${name}`).toBe(false);
  for (const name of spec.requireQueryParams ?? []) expect(names.has(name), `required query ${name}`).toBe(true);
}

export function expectHeaders(
  actual: Record<string, string | undefined> | undefined,
  spec: { headers?: Record<string, string>; forbidHeaders?: string[]; requireHeaders?: string[] },
): void {
  const lower: Record<string, string> = {};
  for (const [k, v] of Object.entries(actual ?? {})) if (v !== undefined) lower[k.toLowerCase()] = String(v);
  for (const [name, value] of Object.entries(spec.headers ?? {})) {
    expect(lower[name.toLowerCase()], `header ${name}`).toBe(value);
  }
  for (const name of spec.forbidHeaders ?? []) {
    expect(lower[name.toLowerCase()], `forbidden header ${name}`).toBeUndefined();
  }
  for (const name of spec.requireHeaders ?? []) {
    expect(lower[name.toLowerCase()], `required header ${name}`).toBeDefined();
  }
}

/** Compares a body with the expected one: as JSON when the media type says so, as text otherwise. */
export function expectBody(actual: unknown, expected: string, mediaType: string | undefined): void {
  const text = bodyText(actual);
  if (mediaType !== undefined && /[/+]json\b/.test(mediaType) && expected !== "") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error(`the body is not JSON: ${JSON.stringify(text)}`);
    }
    expect(parsed, "body").toEqual(JSON.parse(expected));
    return;
  }
  expect(text, "body").toBe(expected);
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  throw new Error(`a body of an unexpected kind: ${Object.prototype.toString.call(body)}`);
}
