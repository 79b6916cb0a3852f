// The cases of Smithy's restJson1 event-stream suite that are about the HTTP head around a stream, not its
// messages: restJson1 binds an operation's other members to the request's and the answer's HTTP head (what RPC
// protocols send as initial-request and initial-response messages), and an error before the stream is an HTTP
// error. The generated client sends and reads them through a handler that answers in process; the generated server
// reads and writes them in process. Every operation of the suite with an event stream is generated, all seven.
import { Readable } from "node:stream";
import { describeConformance } from "@rtca/conformance/vitest";
import { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { afterAll, beforeAll, expect, it } from "vitest";
import { collect } from "./support/bedrock-streams.js";
import { type GeneratedSuite, generateSuite, SUITE_NAMESPACE, type SuiteCase } from "./support/event-stream-suite.js";

const OPERATIONS = [
  "InputStream",
  "OutputStream",
  "DuplexStream",
  "InputStreamWithInitialRequest",
  "OutputStreamWithInitialResponse",
  "DuplexStreamWithInitialMessages",
  "DuplexStreamWithDistinctStreams",
];
const CREDENTIALS = { accessKeyId: "AKIDSUITE", secretAccessKey: "suite-secret" };
const EVENT_STREAM = "application/vnd.amazon.eventstream";

type Client = Record<string, (input: object) => Promise<Record<string, unknown>>> & { destroy(): void };
type ServerHandler = (request: HttpRequest, context: unknown) => Promise<HttpResponse>;

async function* noEvents(): AsyncGenerator<never> {}

/** A request handler that records what the client sends and answers with the given response. */
function answering(response: { statusCode: number; headers?: Record<string, string>; body?: string | Uint8Array }) {
  const requests: HttpRequest[] = [];
  return {
    requests,
    handle: async (request: HttpRequest) => {
      requests.push(request);
      const body = response.body === undefined ? [] : [Buffer.from(response.body)];
      return {
        response: new HttpResponse({
          statusCode: response.statusCode,
          headers: response.headers ?? { "content-type": EVENT_STREAM },
          body: Readable.from(body),
        }),
      };
    },
  };
}

const lowerFirst = (name: string) => name[0]!.toLowerCase() + name.slice(1);
const lowerKeys = (headers: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

describeConformance("the HTTP head around event streams, against Smithy's restJson1 suite", (conformance) => {
  let suite: GeneratedSuite;
  let client: (handler: object) => Client;
  let serve: (handlers: Record<string, (input: Record<string, unknown>) => unknown>) => ServerHandler;

  beforeAll(async () => {
    suite = await generateSuite(conformance, "EventStreams", OPERATIONS, [
      "runtime",
      "shapes",
      "codecs",
      "validators",
      "protocol",
      "index",
      "client",
      "server",
    ]);
    const Client = (await suite.load("client.ts"))["EventStreamsClient"] as new (config: object) => Client;
    client = (requestHandler) =>
      new Client({
        endpoint: "http://127.0.0.1:9",
        region: "us-east-1",
        credentials: CREDENTIALS,
        requestHandler,
        maxAttempts: 1,
      });
    const create = (await suite.load("server.ts"))["createEventStreamsHandler"] as (
      handlers: object,
      options: object,
    ) => ServerHandler;
    // The suite's operations declare no validation error of their own: the one error they have answers it.
    serve = (handlers) => create(handlers, { validationError: "ServiceUnavailableError" });
  }, 60_000);

  afterAll(async () => {
    await suite?.remove();
  });

  const shapeOf = (operation: string, side: "input" | "output") => {
    const op = suite.index.expect(`${SUITE_NAMESPACE}#${operation}`) as { input?: { target: string } };
    const target = (op as Record<string, { target: string } | undefined>)[side]?.target;
    if (target === undefined) throw new Error(`${operation} has no ${side}`);
    return target;
  };
  const httpOf = (operation: string) =>
    suite.index.expect(`${SUITE_NAMESPACE}#${operation}`).traits?.["smithy.api#http"] as {
      method: string;
      uri: string;
    };
  const applies = (c: SuiteCase, side: "client" | "server") => c.appliesTo === undefined || c.appliesTo === side;
  const suiteBytes = (c: SuiteCase) =>
    new Uint8Array((c.events ?? []).flatMap((e) => (e.bytes ? [...Buffer.from(e.bytes, "base64")] : [])));
  /** What a server handler of the operation answers: the case's head members, and a stream without events. */
  const answerOf = (c: SuiteCase) => {
    const members = c.initialResponseParams ? suite.value(shapeOf(c.operation, "output"), c.initialResponseParams) : {};
    return { ...(members as object), stream: noEvents() };
  };

  it("has the suite's cases of the HTTP head", () => {
    const head = suite.cases.filter((c) => c.initialRequest || c.initialResponse || c.operation.includes("Initial"));
    expect(head.length).toBeGreaterThanOrEqual(12);
  });

  it("the client sends the initial request's members in the HTTP request the suite gives", async () => {
    const cases = suite.cases.filter((c) => c.initialRequest && c.initialRequestParams && applies(c, "client"));
    expect(cases.length).toBeGreaterThanOrEqual(2);
    for (const c of cases) {
      const handler = answering({ statusCode: 200 });
      const input = suite.value(shapeOf(c.operation, "input"), c.initialRequestParams!) as object;
      const c2 = client(handler);
      await c2[lowerFirst(c.operation)]!({ ...input, stream: noEvents() });
      const sent = handler.requests[0]!;
      expect(sent.method, c.id).toBe(c.initialRequest!.method);
      expect(sent.path, c.id).toBe(c.initialRequest!.uri);
      expect(sent.headers, c.id).toMatchObject(lowerKeys(c.initialRequest!.headers));
      expect(sent.headers["content-type"], c.id).toBe(EVENT_STREAM);
      c2.destroy();
    }
  });

  it("the server reads the initial request's members from the HTTP request the suite gives", async () => {
    const cases = suite.cases.filter((c) => c.initialRequest && c.initialRequestParams && applies(c, "server"));
    expect(cases.length).toBeGreaterThanOrEqual(2);
    for (const c of cases) {
      let seen: Record<string, unknown> | undefined;
      const handle = serve({
        [c.operation]: async (input) => {
          seen = input;
          await collect(input["stream"] as AsyncIterable<unknown>);
          return answerOf(c);
        },
      });
      const response = await handle(
        new HttpRequest({
          method: c.initialRequest!.method,
          path: c.initialRequest!.uri,
          headers: { ...lowerKeys(c.initialRequest!.headers), "content-type": EVENT_STREAM },
          body: new Uint8Array(0),
        }),
        undefined,
      );
      expect(response.statusCode, c.id).toBe(200);
      const { stream: _, ...members } = seen!;
      expect(members, c.id).toEqual(suite.value(shapeOf(c.operation, "input"), c.initialRequestParams!));
    }
  });

  it("the server refuses a request without a required member of the initial request", async () => {
    const cases = suite.cases.filter(
      (c) => c.expectation?.failure && applies(c, "server") && c.events?.some((e) => e.type === "request"),
    );
    const head = cases.filter((c) => c.operation.includes("Initial"));
    expect(head.length).toBeGreaterThanOrEqual(2);
    for (const c of head) {
      let called = false;
      const handle = serve({
        [c.operation]: () => {
          called = true;
          return answerOf(c);
        },
      });
      const { method, uri } = httpOf(c.operation);
      const response = await handle(
        new HttpRequest({ method, path: uri, headers: { "content-type": EVENT_STREAM }, body: suiteBytes(c) }),
        undefined,
      );
      expect(response.statusCode, c.id).toBeGreaterThanOrEqual(400);
      expect(called, c.id).toBe(false);
    }
  });

  it("the server writes the initial response's members in the HTTP answer the suite gives", async () => {
    const cases = suite.cases.filter((c) => c.initialResponse && c.initialResponseParams && applies(c, "server"));
    expect(cases.length).toBeGreaterThanOrEqual(2);
    for (const c of cases) {
      const handle = serve({ [c.operation]: () => answerOf(c) });
      const { method, uri } = httpOf(c.operation);
      const response = await handle(
        new HttpRequest({
          method,
          path: uri,
          // Whatever the initial request must carry, so that the answer is the case's.
          headers: { "content-type": EVENT_STREAM, "initial-request-member": "x" },
          body: new Uint8Array(0),
        }),
        undefined,
      );
      expect(response.statusCode, c.id).toBe(c.initialResponse!.code);
      expect(response.headers, c.id).toMatchObject(lowerKeys(c.initialResponse!.headers));
    }
  });

  it("the client reads the initial response's members, and the errors before a stream, from the suite's HTTP answer", async () => {
    const cases = suite.cases.filter((c) => c.initialResponse && applies(c, "client"));
    expect(cases.length).toBeGreaterThanOrEqual(6);
    for (const c of cases) {
      const answer = c.initialResponse!;
      const handler = answering({
        statusCode: answer.code,
        headers: { "content-type": EVENT_STREAM, ...lowerKeys(answer.headers) },
        ...(answer.body === undefined ? {} : { body: answer.body }),
      });
      const c2 = client(handler);
      const input = c.operation.includes("Initial") ? { initialRequestMember: "x" } : {};
      const call = c2[lowerFirst(c.operation)]!({
        ...input,
        ...(c.operation === "OutputStream" ? {} : { stream: noEvents() }),
      });
      const failure = c.expectation?.failure;
      if (failure === undefined) {
        const output = await call;
        const expected = suite.value(shapeOf(c.operation, "output"), c.initialResponseParams ?? {}) as object;
        expect(output, c.id).toMatchObject(expected);
        await collect(output["stream"] as AsyncIterable<unknown>);
      } else {
        const expected = failure.errorId === undefined ? {} : { name: failure.errorId.split("#").pop() };
        await expect(call, c.id).rejects.toMatchObject(expected);
      }
      c2.destroy();
    }
  });

  // The suite asks a client to refuse these; clients generated here decode answers tolerantly by design (as AWS's SDK
  // for JavaScript does), so the stream is read and the missing member left unset. Held here so that a change shows.
  it("the client reads an answer without a required member of the initial response, where the suite refuses it", async () => {
    const cases = suite.cases.filter(
      (c) =>
        c.expectation?.failure &&
        applies(c, "client") &&
        c.operation.includes("Initial") &&
        c.events?.some((e) => e.type === "response"),
    );
    expect(cases.map((c) => c.id).sort()).toEqual([
      "DuplexMissingRequiredInitialResponseOutput",
      "MissingRequiredInitialResponseOutput",
    ]);
    for (const c of cases) {
      const c2 = client(answering({ statusCode: 200, body: suiteBytes(c) }));
      const input = c.operation.startsWith("Duplex") ? { initialRequestMember: "x", stream: noEvents() } : {};
      const output = await c2[lowerFirst(c.operation)]!(input);
      expect(output["initialResponseMember"], c.id).toBeUndefined();
      expect(await collect(output["stream"] as AsyncIterable<unknown>), c.id).toEqual([
        { headers: { booleanHeader: true } },
      ]);
      c2.destroy();
    }
  });
});
