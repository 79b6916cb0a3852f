// The messages of Smithy's restJson1 event-stream suite (the `@eventStreamTests` of its InputStream, OutputStream and
// DuplexStream operations, read from the conformance folder), against the code this generator makes for them: each
// event a sender writes (the client in requests, the server in answers) carries the headers and payload of the
// suite's message, and each receiver reads the suite's bytes into the suite's event, or refuses them where the suite
// says it must.

import { describeConformance } from "@rtca/conformance/vitest";
import type { NodeValue } from "@rtca/smithy";
import { EventStreamCodec } from "@smithy/core/event-streams";
import { afterAll, beforeAll, expect, it } from "vitest";
import { encodeEventMessage, eventStreamResponse } from "../../../packages/client/src/runtime/event-stream.js";
import { encodeMessage, readRequestEvents } from "../../../packages/fake-server/src/runtime/index.js";
import { collect } from "./support/bedrock-streams.js";
import {
  type GeneratedSuite,
  generateSuite,
  SUITE_NAMESPACE,
  type SuiteCase,
  type SuiteEvent,
} from "./support/event-stream-suite.js";

type Binding = {
  write(event: unknown): never;
  read(message: unknown, eventType: string, mode: string): unknown;
  errors: Record<string, string>;
  union: string;
};

const codec = new EventStreamCodec(
  (bytes) => new TextDecoder().decode(bytes),
  (text) => new TextEncoder().encode(text),
);

type Message = ReturnType<typeof codec.decode>;

/** A message's headers and payload in a form that compares: values as plain JSON, the payload parsed when JSON. */
function comparable(message: Message) {
  const headers: Record<string, unknown> = {};
  for (const [name, h] of Object.entries(message.headers)) {
    const value = h.value as unknown;
    headers[name] = {
      type: h.type,
      value:
        value instanceof Uint8Array
          ? [...value]
          : value instanceof Date
            ? value.getTime()
            : typeof value === "object"
              ? Number((value as { valueOf(): number }).valueOf())
              : value,
    };
  }
  const text = new TextDecoder().decode(message.body);
  const json = headers[":content-type"] && JSON.stringify(headers[":content-type"]).includes("json");
  return { headers, body: json ? JSON.parse(text) : text };
}

describeConformance("event-stream messages against Smithy's restJson1 suite", (conformance) => {
  let suite: GeneratedSuite;
  let binding: Binding;
  let cases: SuiteCase[];

  beforeAll(async () => {
    // A service of these operations: the suite's others bind initial messages, which restJson1 sends as HTTP
    // (test/event-stream-initial-messages.test.ts runs those).
    suite = await generateSuite(
      conformance,
      "EventStreamsOnly",
      ["InputStream", "OutputStream", "DuplexStream"],
      ["runtime", "shapes", "codecs", "validators", "protocol", "index"],
    );
    cases = suite.cases;
    binding = (await suite.load("protocol.ts"))["EventStreamEvents"] as Binding;
  }, 60_000);

  afterAll(async () => {
    await suite?.remove();
  });

  /** The suite's params of an event as the typed value the generated code takes. */
  const eventValue = (params: Record<string, NodeValue>): unknown =>
    suite.value(`${SUITE_NAMESPACE}#EventStream`, params);
  const suiteBytes = (event: SuiteEvent) => Uint8Array.from(Buffer.from(event.bytes!, "base64"));
  const messageEvents = (c: SuiteCase, type: SuiteEvent["type"]) =>
    (c.events ?? []).filter((e) => e.type === type && e.bytes);
  /** The cases with messages of the type, for the side the suite applies them to (the other side is left out). */
  const casesOf = (type: SuiteEvent["type"], side: "client" | "server") =>
    cases.filter((c) => c.appliesTo !== (side === "client" ? "server" : "client") && messageEvents(c, type).length > 0);

  it("runs every case: each message is written, read or refused by the side it applies to", () => {
    const written = (c: SuiteCase, type: SuiteEvent["type"]) =>
      !c.expectation?.failure && messageEvents(c, type).some((e) => e.params);
    const left = cases.filter(
      (c) =>
        !(casesOf("response", "server").includes(c) && written(c, "response")) &&
        !casesOf("response", "client").includes(c) &&
        !(casesOf("request", "client").includes(c) && written(c, "request")) &&
        !casesOf("request", "server").includes(c),
    );
    // Only the cases of an answer's HTTP head are left, which test/event-stream-initial-messages.test.ts runs.
    expect(left.filter((c) => c.initialResponse === undefined).map((c) => c.id)).toEqual([]);
    expect(cases.length - left.length).toBeGreaterThanOrEqual(88);
  });

  it("has the suite's request and answer cases", () => {
    expect(cases.filter((c) => messageEvents(c, "response").length > 0).length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => messageEvents(c, "request").length > 0).length).toBeGreaterThanOrEqual(30);
  });

  it("writes each event as the suite's message: the server in answers, the client in requests", () => {
    const writers = {
      response: (event: unknown) => encodeMessage(binding.write(event)),
      request: (event: unknown) => encodeEventMessage(binding.write(event)),
    };
    let compared = 0;
    for (const [type, side] of [
      ["response", "server"],
      ["request", "client"],
    ] as const) {
      for (const c of casesOf(type, side).filter((c) => !c.expectation?.failure)) {
        for (const event of messageEvents(c, type).filter((e) => e.params)) {
          const ours = codec.decode(writers[type](eventValue(event.params!)));
          expect(comparable(ours), c.id).toEqual(comparable(codec.decode(suiteBytes(event))));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(60);
  });

  it("reads the suite's answer bytes into its events on the client, and refuses those a client must refuse", async () => {
    const reader = eventStreamResponse("stream", binding as never);
    let checked = 0;
    for (const c of casesOf("response", "client")) {
      const events = messageEvents(c, "response");
      const body = new Uint8Array(events.flatMap((e) => [...suiteBytes(e)]));
      const stream = reader.open(body, {
        operation: "OutputStream",
        endpoint: "http://127.0.0.1",
        $metadata: { httpStatusCode: 200 },
        signal: undefined,
        exception: (code) => Object.assign(new Error(code), { name: code }) as never,
      });
      const failure = c.expectation?.failure;
      if (failure === undefined) {
        expect(await collect(stream), c.id).toEqual(events.map((e) => eventValue(e.params!)));
      } else {
        const expected = failure.errorId === undefined ? {} : { name: failure.errorId.split("#").pop() };
        await expect(collect(stream), c.id).rejects.toMatchObject(expected);
      }
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(30);
  });

  it("reads the suite's request bytes into its events on the server, and refuses those a server must refuse", async () => {
    let checked = 0;
    for (const c of casesOf("request", "server")) {
      const events = messageEvents(c, "request");
      const body = new Uint8Array(events.flatMap((e) => [...suiteBytes(e)]));
      const stream = readRequestEvents(body, binding as never, "stream");
      const failure = c.expectation?.failure;
      if (failure === undefined) {
        expect(await collect(stream), c.id).toEqual(events.map((e) => eventValue(e.params!)));
      } else {
        // A modelled error the client sends is thrown as that error; anything else malformed as a 400.
        const expected =
          failure.errorId === undefined
            ? { errorType: "SerializationException", status: 400 }
            : { name: "ServiceError", errorType: failure.errorId.split("#").pop() };
        await expect(collect(stream), c.id).rejects.toMatchObject(expected);
      }
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(30);
  });
});
