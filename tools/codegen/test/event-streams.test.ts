// Event streams end to end on Bedrock Runtime's model: the generated client against the generated server over
// real HTTP (events in order, errors in the stream, abort), the client against bytes framed in advance (events it
// does not know, frames split anywhere, a bad checksum), and AWS's own client against the generated server.
import { BedrockRuntimeClient, ConverseStreamCommand } from "@aws-sdk/client-bedrock-runtime";
import { describeConformance } from "@rtca/conformance/vitest";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve } from "../../../packages/fake-server/src/http/node-server.js";
import { encodeMessage, ServiceError } from "../../../packages/fake-server/src/runtime/index.js";
import {
  cannedStreamServer,
  collect,
  collectUntilFailure,
  type GeneratedBedrock,
  generateBedrock,
  type Loopback,
} from "./support/bedrock-streams.js";

type Event = Record<string, unknown>;
type Handler = (input: Record<string, unknown>) => unknown;
interface StreamClient {
  converseStream(input: object, options?: { abortSignal?: AbortSignal }): Promise<{ stream: AsyncIterable<Event> }>;
  invokeModelWithResponseStream(input: object): Promise<{ body: AsyncIterable<Event>; contentType: string }>;
  destroy(): void;
}

const CREDENTIALS = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

/** A conversation as Bedrock streams it: the events of one answer, in order. */
const CONVERSATION: Event[] = [
  { messageStart: { role: "assistant" } },
  { contentBlockDelta: { delta: { text: "Hello" }, contentBlockIndex: 0 } },
  { contentBlockDelta: { delta: { text: ", world" }, contentBlockIndex: 0 } },
  { contentBlockStop: { contentBlockIndex: 0 } },
  { messageStop: { stopReason: "end_turn" } },
  {
    metadata: {
      usage: { inputTokens: 3, outputTokens: 4, totalTokens: 7 },
      metrics: { latencyMs: 120 },
    },
  },
];

async function* eventsOf(events: readonly Event[], then?: () => Promise<void> | void): AsyncGenerator<Event> {
  for (const event of events) yield event;
  await then?.();
}

describeConformance("event streams on Bedrock Runtime's model", (conformance) => {
  let bedrock: GeneratedBedrock;
  let server: Loopback;
  const handlers: Record<string, Handler> = {};
  const internalErrors: unknown[] = [];

  beforeAll(async () => {
    bedrock = await generateBedrock(conformance);
    const create = bedrock.server["createAmazonBedrockFrontendServiceHandler"] as (
      handlers: object,
      options: object,
    ) => Parameters<typeof serve>[0];
    const behaviour = new Proxy(
      {},
      {
        get: (_, operation: string) => (input: Record<string, unknown>) => {
          const handler = handlers[operation];
          if (handler === undefined) throw new ServiceError("ValidationException", { message: `no ${operation}` });
          return handler(input);
        },
      },
    );
    const handle = create(behaviour, {
      validationError: "ValidationException",
      onInternalError: (error: unknown) => internalErrors.push(error),
    });
    const running = await serve(handle);
    server = { url: running.url, close: () => running.close() };
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await bedrock?.remove();
  });

  const ourClient = (endpoint = server.url): StreamClient => {
    const Client = bedrock.client["BedrockRuntimeClient"] as new (config: object) => StreamClient;
    return new Client({ endpoint, region: "us-east-1", credentials: CREDENTIALS, maxAttempts: 1 });
  };
  const exceptionClass = (name: string) => bedrock.client[name] as new (...args: never[]) => Error;
  const converse = { modelId: "anthropic.model", messages: [{ role: "user", content: [{ text: "Hi" }] }] };

  describe("the generated client against the generated server", () => {
    it("reads the events in the order the handler gives them, each as it was sent", async () => {
      handlers["ConverseStream"] = (input) => {
        expect(input["modelId"]).toBe("anthropic.model");
        return { stream: eventsOf(CONVERSATION) };
      };
      const client = ourClient();
      const output = await client.converseStream(converse);
      expect(await collect(output.stream)).toEqual(CONVERSATION);
      client.destroy();
    });

    it("reads the members of the answer's head beside the stream, and blob payloads of events as bytes", async () => {
      const chunks = ['{"a":1}', '{"b":2}'].map((t) => new TextEncoder().encode(t));
      handlers["InvokeModelWithResponseStream"] = () => ({
        contentType: "application/json",
        body: eventsOf(chunks.map((bytes) => ({ chunk: { bytes } }))),
      });
      const client = ourClient();
      const output = await client.invokeModelWithResponseStream({ modelId: "m", body: new Uint8Array([123, 125]) });
      expect(output.contentType).toBe("application/json");
      expect(await collect(output.body)).toEqual(chunks.map((bytes) => ({ chunk: { bytes } })));
      client.destroy();
    });

    it("throws a modelled error the handler throws mid-stream as its exception class, after the events before it", async () => {
      handlers["ConverseStream"] = () => ({
        stream: eventsOf(CONVERSATION.slice(0, 2), () => {
          throw new ServiceError("ThrottlingException", { message: "slow down" });
        }),
      });
      const client = ourClient();
      const { events, error } = await collectUntilFailure((await client.converseStream(converse)).stream);
      expect(events).toEqual(CONVERSATION.slice(0, 2));
      expect(error).toBeInstanceOf(exceptionClass("ThrottlingException"));
      expect(error).toMatchObject({ name: "ThrottlingException", message: "slow down", $fault: "client" });
      client.destroy();
    });

    it("throws an error member of the union that the handler yields, and reads nothing after it", async () => {
      handlers["ConverseStream"] = () => ({
        stream: eventsOf([
          CONVERSATION[0]!,
          { modelStreamErrorException: { message: "the model failed", originalStatusCode: 500 } },
          CONVERSATION[1]!,
        ]),
      });
      const client = ourClient();
      const { events, error } = await collectUntilFailure((await client.converseStream(converse)).stream);
      expect(events).toEqual([CONVERSATION[0]]);
      expect(error).toBeInstanceOf(exceptionClass("ModelStreamErrorException"));
      expect(error).toMatchObject({ message: "the model failed", originalStatusCode: 500 });
      client.destroy();
    });

    it("ends the stream with a generic error, and no stack trace, when the handler fails unexpectedly", async () => {
      internalErrors.length = 0;
      handlers["ConverseStream"] = () => ({
        stream: eventsOf(CONVERSATION.slice(0, 1), () => {
          throw new RangeError("a bug in the behaviour");
        }),
      });
      const client = ourClient();
      const { events, error } = await collectUntilFailure((await client.converseStream(converse)).stream);
      expect(events).toEqual(CONVERSATION.slice(0, 1));
      expect(error).toBeInstanceOf(exceptionClass("BedrockRuntimeServiceException"));
      expect(error).toMatchObject({ name: "InternalFailure" });
      expect(String((error as Error).message)).not.toContain("a bug");
      expect(internalErrors).toEqual([expect.any(RangeError)]);
      client.destroy();
    });

    it("throws an error the handler throws before the stream starts as an ordinary error answer", async () => {
      handlers["ConverseStream"] = () => {
        throw new ServiceError("ValidationException", { message: "no such model" });
      };
      const client = ourClient();
      await expect(client.converseStream(converse)).rejects.toBeInstanceOf(exceptionClass("ValidationException"));
      client.destroy();
    });

    it("stops reading when the call is aborted mid-stream, and the server stops the handler's events", async () => {
      let stopped!: () => void;
      const handlerStopped = new Promise<void>((resolve) => (stopped = resolve));
      handlers["ConverseStream"] = () => ({
        stream: (async function* () {
          try {
            // Without end: only the client going away stops this stream.
            for (;;) {
              yield CONVERSATION[1]!;
              await new Promise((resolve) => setTimeout(resolve, 5));
            }
          } finally {
            stopped();
          }
        })(),
      });
      const client = ourClient();
      const abort = new AbortController();
      const output = await client.converseStream(converse, { abortSignal: abort.signal });
      const iterator = output.stream[Symbol.asyncIterator]();
      expect((await iterator.next()).value).toEqual(CONVERSATION[1]);
      abort.abort();
      await expect(iterator.next()).rejects.toMatchObject({ name: "AbortError" });
      await handlerStopped;
      client.destroy();
    });
  });

  describe("the generated client against bytes framed in advance", () => {
    const message = (eventType: string, body: object) => {
      const bytes = new TextEncoder().encode(JSON.stringify(body));
      return encodeMessage({
        headers: {
          ":message-type": { type: "string", value: "event" },
          ":event-type": { type: "string", value: eventType },
          ":content-type": { type: "string", value: "application/json" },
        },
        body: bytes,
      });
    };
    const first = message("messageStart", { role: "assistant" });
    const second = message("contentBlockStop", { contentBlockIndex: 2 });
    /** What the client reads of a stream that must fail. */
    const read = async (chunks: Uint8Array[]) => {
      const canned = await cannedStreamServer(chunks);
      const client = ourClient(canned.url);
      try {
        const output = await client.converseStream(converse);
        return await collectUntilFailure(output.stream);
      } finally {
        client.destroy();
        await canned.close();
      }
    };

    it("reads messages split across chunks anywhere, down to one byte at a time", async () => {
      const whole = new Uint8Array([...first, ...second]);
      const bytes = [...whole].map((b) => new Uint8Array([b]));
      const canned = await cannedStreamServer(bytes);
      const client = ourClient(canned.url);
      const output = await client.converseStream(converse);
      expect(await collect(output.stream)).toEqual([
        { messageStart: { role: "assistant" } },
        { contentBlockStop: { contentBlockIndex: 2 } },
      ]);
      client.destroy();
      await canned.close();
    });

    it("gives an event of a type the model does not know as $unknown, with its message, in its place", async () => {
      const canned = await cannedStreamServer([first, message("reasoningSummary", { text: "thought" }), second]);
      const client = ourClient(canned.url);
      const events = await collect((await client.converseStream(converse)).stream);
      expect(events).toHaveLength(3);
      const [name, unknown] = (events[1] as { $unknown: [string, { body: Uint8Array }] }).$unknown;
      expect(name).toBe("reasoningSummary");
      expect(JSON.parse(new TextDecoder().decode(unknown.body))).toEqual({ text: "thought" });
      expect(events[2]).toEqual({ contentBlockStop: { contentBlockIndex: 2 } });
      client.destroy();
      await canned.close();
    });

    it("fails with a DeserializationError naming the message whose checksum is wrong", async () => {
      const corrupt = second.slice();
      corrupt[corrupt.length - 6]! ^= 0x01;
      const { events, error } = await read([first, corrupt]);
      expect(events).toEqual([{ messageStart: { role: "assistant" } }]);
      expect(error).toMatchObject({ name: "DeserializationError", path: "stream[1]" });
      expect((error as Error).message).toMatch(/malformed event-stream message: .*checksum/);
    });

    it("fails with a DeserializationError when the stream ends inside a message", async () => {
      const { events, error } = await read([first, second.slice(0, 20)]);
      expect(events).toHaveLength(1);
      expect(error).toMatchObject({ name: "DeserializationError", path: "stream[1]" });
      expect((error as Error).message).toContain("the stream ended inside a message");
    });

    it("fails with a DeserializationError naming the member of an event that does not decode", async () => {
      const { error } = await read([message("contentBlockStop", { contentBlockIndex: "two" })]);
      expect(error).toMatchObject({
        name: "DeserializationError",
        path: "stream[0].contentBlockStop.contentBlockIndex",
      });
    });
  });

  describe("AWS's client (@aws-sdk/client-bedrock-runtime) against the generated server", () => {
    // AWS's client speaks HTTP/2 to Bedrock by default; the generated server speaks HTTP/1.1.
    const awsClient = () =>
      new BedrockRuntimeClient({
        endpoint: server.url,
        region: "us-east-1",
        credentials: CREDENTIALS,
        maxAttempts: 1,
        requestHandler: new NodeHttpHandler(),
      });

    it("reads the same events as the generated client", async () => {
      handlers["ConverseStream"] = () => ({ stream: eventsOf(CONVERSATION) });
      const client = awsClient();
      const output = await client.send(new ConverseStreamCommand(converse as never));
      const events: unknown[] = [];
      for await (const event of output.stream!) events.push(event);
      expect(events).toEqual(CONVERSATION);
      client.destroy();
    });

    it("throws the modelled error sent in the stream, by name and message", async () => {
      handlers["ConverseStream"] = () => ({
        stream: eventsOf(CONVERSATION.slice(0, 1), () => {
          throw new ServiceError("ThrottlingException", { message: "slow down" });
        }),
      });
      const client = awsClient();
      const output = await client.send(new ConverseStreamCommand(converse as never));
      const { events, error } = await collectUntilFailure(output.stream!);
      expect(events).toEqual(CONVERSATION.slice(0, 1));
      expect(error).toMatchObject({ name: "ThrottlingException", message: "slow down" });
      client.destroy();
    });
  });
});
