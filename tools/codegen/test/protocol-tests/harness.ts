// What the generated protocol test suites call: each function registers one vitest case that drives the code
// generated for a service of Smithy's suite (its client, or its server handler) with the case's request or
// response, and compares what comes out with what the case expects.
import { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { afterEach, expect, it, vi } from "vitest";
import {
  type ExpectedRequest,
  type ExpectedResponse,
  expectBody,
  expectHeaders,
  expectQuery,
  type MalformedResponse,
  parseQueryParams,
} from "./compare.js";

afterEach(() => {
  vi.restoreAllMocks();
});

/** Bytes of a blob given as text in a case (the suite writes blobs as UTF-8 text). */
export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

type Handlers = Record<string, (input: unknown) => unknown>;
type Handle = (request: HttpRequest, context: undefined) => Promise<HttpResponse>;

/** The code generated for one service of the suite, as the suites see it. */
export interface ServiceUnderTest {
  Client: new (config: Record<string, unknown>) => Record<string, (input: unknown) => Promise<unknown>>;
  /** The client module: exception classes by error name. */
  exceptions: Record<string, unknown>;
  createHandler: (
    handlers: Handlers,
    options: { validationError: string; onInternalError: (error: unknown) => void },
  ) => Handle;
  /** The types module: `serialize<Operation>Request` functions. */
  types: Record<string, unknown>;
  operations: readonly string[];
  /** The server runtime's ServiceError: what a behaviour throws to answer with a modelled error. */
  ServiceError: new (
    errorType: string,
    data: Record<string, unknown>,
  ) => Error;
  /** The modelled error that answers constraint violations, when the service declares one. */
  validationError?: string;
}

interface CaseBase {
  id: string;
  operation: string;
  /** The client method of the operation. */
  method: string;
}

export interface ClientRequestCase extends CaseBase {
  request: ExpectedRequest;
  input: () => unknown;
}

export interface ClientResponseCase extends CaseBase {
  response: ExpectedResponse;
  /** An input that reaches the operation. */
  input: () => unknown;
  /** The expected output, or the expected error's members. */
  output: () => unknown;
  error?: string;
}

export interface ServerRequestCase extends CaseBase {
  request: ExpectedRequest;
  input: () => unknown;
}

export interface ServerResponseCase extends CaseBase {
  response: ExpectedResponse;
  output: () => unknown;
  /** An input that reaches the operation. */
  input: () => unknown;
  error?: string;
}

export interface MalformedCase extends CaseBase {
  request: ExpectedRequest;
  response: MalformedResponse;
}

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };

/** A client whose requests end in `answer` instead of the network. */
function clientOf(service: ServiceUnderTest, host: string | undefined, answer: (request: HttpRequest) => HttpResponse) {
  return new service.Client({
    endpoint: `https://${host ?? "example.com"}`,
    region: "us-east-1",
    credentials,
    maxAttempts: 1,
    requestHandler: { handle: async (request: HttpRequest) => ({ response: answer(request) }) },
  });
}

export function clientRequestTest(service: ServiceUnderTest, c: ClientRequestCase): void {
  it(c.id, async () => {
    // The suite expects generated idempotency tokens from a source of zeros: a UUID v4 of zero random bits.
    vi.spyOn(globalThis.crypto, "getRandomValues").mockImplementation(((array: Uint8Array) => array.fill(0)) as never);
    let captured: HttpRequest | undefined;
    const client = clientOf(service, c.request.host, (request) => {
      captured = request;
      return new HttpResponse({ statusCode: 200, headers: {}, body: "{}" });
    });
    let failure: unknown;
    try {
      await client[c.method]!(c.input());
    } catch (error) {
      failure = error;
    }
    if (captured === undefined) throw new Error(`the client sent no request: ${describe(failure)}`);
    const [path, queryString] = c.request.uri.split("?") as [string, string | undefined];
    expect(captured.method, "method").toBe(c.request.method);
    expect(captured.path, "path").toBe(path);
    expectQuery(captured.query, c.request, queryString);
    expectHeaders(captured.headers, c.request);
    if (c.request.resolvedHost !== undefined) expect(captured.hostname, "host").toBe(c.request.resolvedHost);
    if (c.request.body !== undefined) expectBody(captured.body, c.request.body, c.request.bodyMediaType);
  });
}

export function clientResponseTest(service: ServiceUnderTest, c: ClientResponseCase): void {
  it(c.id, async () => {
    const client = clientOf(
      service,
      undefined,
      () =>
        new HttpResponse({
          statusCode: c.response.code,
          headers: c.response.headers ?? {},
          body: c.response.body ?? "",
        }),
    );
    if (c.error === undefined) {
      const output = await client[c.method]!(c.input());
      expect(await plain(output)).toEqual(c.output());
      return;
    }
    const failure = await client[c.method]!(c.input()).then(
      () => undefined,
      (error: unknown) => error,
    );
    const Exception = service.exceptions[c.error] as new (...args: never[]) => unknown;
    expect(failure, describe(failure)).toBeInstanceOf(Exception);
    const expected = c.output() as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) {
      expect((failure as Record<string, unknown>)[key], key).toEqual(value);
    }
  });
}

export function serverRequestTest(service: ServiceUnderTest, c: ServerRequestCase): void {
  it(c.id, async () => {
    let received: unknown = NOT_CALLED;
    const handle = handlerOf(service, c.operation, async (input) => {
      received = await collectStreams(input);
      throw new Error("the case compares the input only");
    });
    const response = await handle(requestOf(c.request), undefined);
    if (received === NOT_CALLED) {
      throw new Error(`${c.operation} was not called: HTTP ${response.statusCode} ${await textOf(response.body)}`);
    }
    expect(received).toEqual(c.input());
  });
}

export function serverResponseTest(service: ServiceUnderTest, c: ServerResponseCase): void {
  it(c.id, async () => {
    const handle = handlerOf(service, c.operation, () => {
      if (c.error === undefined) return c.output();
      throw new service.ServiceError(c.error, c.output() as Record<string, unknown>);
    });
    const serialize = service.types[`serialize${c.operation}Request`] as (input: unknown) => {
      method: string;
      path: string;
      query: Record<string, string | string[]>;
      headers: Record<string, string>;
      body: string | undefined;
    };
    const parts = serialize(c.input());
    const request = new HttpRequest({ ...parts, hostname: "example.com", protocol: "https:" });
    const response = await handle(request, undefined);
    const body = await textOf(response.body);
    expect(response.statusCode, statusContext(response, body)).toBe(c.response.code);
    expectHeaders(response.headers, c.response);
    if (c.response.body !== undefined) expectBody(body, c.response.body, c.response.bodyMediaType);
  });
}

export function malformedRequestTest(service: ServiceUnderTest, c: MalformedCase): void {
  it(c.id, async () => {
    const handle = handlerOf(service, c.operation, () => {
      throw new Error(`${c.operation} accepted a malformed request`);
    });
    const response = await handle(requestOf(c.request), undefined);
    const body = await textOf(response.body);
    expect(response.statusCode, statusContext(response, body)).toBe(c.response.code);
    expectHeaders(response.headers, { headers: c.response.headers ?? {} });
    const expected = c.response.body;
    if (expected === undefined) return;
    if (expected.assertion.contents !== undefined) expectBody(body, expected.assertion.contents, expected.mediaType);
    if (expected.assertion.messageRegex !== undefined) {
      const message = (JSON.parse(body) as { message?: unknown }).message;
      expect(String(message), "message").toMatch(new RegExp(expected.assertion.messageRegex));
    }
  });
}

/** A case the skip list names: shown as skipped, with the reason. */
export function skippedTest(id: string, reason: string): void {
  it.skip(`${id} (skipped: ${reason})`, () => {});
}

const NOT_CALLED = Symbol("not called");

/** A handler of the service whose answers say, when they are internal errors, what the error was. */
function handlerOf(service: ServiceUnderTest, operation: string, behaviour: (input: unknown) => unknown): Handle {
  const handlers: Handlers = {};
  for (const name of service.operations) {
    handlers[name] =
      name === operation
        ? behaviour
        : () => {
            throw new Error(`the request reached ${name}, not ${operation}`);
          };
  }
  let internal: unknown;
  const handle = service.createHandler(handlers, {
    validationError: service.validationError as string,
    onInternalError: (error) => {
      internal = error;
    },
  });
  return async (request, context) => {
    internal = undefined;
    const response = await handle(request, context);
    if (internal !== undefined) {
      response.headers["x-test-internal-error"] = describe(internal);
    }
    return response;
  };
}

function requestOf(spec: ExpectedRequest): HttpRequest {
  const [path, queryString] = spec.uri.split("?") as [string, string | undefined];
  const query = parseQueryParams([...(queryString ? queryString.split("&") : []), ...(spec.queryParams ?? [])]);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(spec.headers ?? {})) headers[k.toLowerCase()] = v;
  return new HttpRequest({
    method: spec.method,
    protocol: "https:",
    hostname: spec.host ?? "example.com",
    path,
    query,
    headers,
    ...(spec.body !== undefined && spec.body !== "" ? { body: bytes(spec.body) } : {}),
  });
}

/** What explains an unexpected status: the body, or the internal error behind a 500. */
function statusContext(response: HttpResponse, body: string): string {
  const internal = response.headers["x-test-internal-error"];
  return internal === undefined ? `status (body: ${body})` : `status (internal error: ${internal})`;
}

async function textOf(body: unknown): Promise<string> {
  if (body === undefined || body === null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
    chunks.push(typeof chunk === "string" ? bytes(chunk) : chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The output without the client's response metadata (not enumerable, but toEqual reads every own key). */
async function plain(output: unknown): Promise<unknown> {
  if (typeof output !== "object" || output === null) return output;
  const copy = (await collectStreams(output)) as Record<string, unknown>;
  delete copy["$metadata"];
  return copy;
}

/**
 * A received input or output with its streaming blob members read into bytes, as the cases give them; a stream with
 * no bytes is left out, as the cases leave out an empty streaming body.
 */
async function collectStreams(value: unknown): Promise<unknown> {
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [key, member] of Object.entries(copy)) {
    const stream = member as { transformToByteArray?: () => Promise<Uint8Array> } | null;
    if (typeof stream?.transformToByteArray !== "function") continue;
    const read = await stream.transformToByteArray();
    if (read.byteLength === 0) delete copy[key];
    else copy[key] = read;
  }
  return copy;
}

function describe(error: unknown): string {
  if (error === undefined) return "no error";
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** A case that cannot run because the service's code could not be generated. */
export function failedTest(id: string, problem: string): void {
  it(id, () => {
    throw new Error(problem);
  });
}
