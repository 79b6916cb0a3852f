// Event streams in requests end to end on a small fixture model (test/fixtures/event-streams.smithy): the generated
// client against the generated server over loopback HTTP, the server checking SigV4 signatures, each message's
// too. Events go as they come (the server sees the first before the client has made the second), a tampered
// message is refused, an abort mid-stream ends the caller's iterable and the server's, a modelled error answered
// while the client is still sending ends the call with it, and a duplex call streams both ways at once.
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { EventStreamCodec } from "@smithy/core/event-streams";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { HttpRequest } from "@smithy/protocol-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchRequestHandler } from "../../../packages/client/src/runtime/fetch-handler.js";
import { type OperationCall, ServiceError } from "../../../packages/fake-server/src/runtime/index.js";
import { EventMessageSplitter } from "../../../packages/types/src/generated/runtime.js";
import { type GeneratedService, generateService } from "./support/bedrock-streams.js";
import { type Handler, serveVerified, type VerifiedServer } from "./support/verified-server.js";

type Event = { text: { seq?: number; body?: string } } | { data: { bytes?: Uint8Array } };
interface ChatterClient {
  publish(
    input: { Topic: string; Publisher?: string; Messages: AsyncIterable<Event> },
    options?: { abortSignal?: AbortSignal },
  ): Promise<{ Received?: number }>;
  converse(
    input: { Topic: string; Messages: AsyncIterable<Event> },
    options?: { abortSignal?: AbortSignal },
  ): Promise<{ Session?: string; Replies: AsyncIterable<Event> }>;
  destroy(): void;
}

const CREDENTIALS = { accessKeyId: "AKIDEVENTS", secretAccessKey: "events-secret" };
const codec = new EventStreamCodec(
  (bytes) => new TextDecoder().decode(bytes),
  (text) => new TextEncoder().encode(text),
);

/** A promise with its resolver, for one side to wait on a sign from the other. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const text = (seq: number, body = `message ${seq}`): Event => ({ text: { seq, body } });
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Text events without end, a few milliseconds apart, until the reader stops: then `stopped` runs. */
async function* endlessEvents(stopped: () => void): AsyncGenerator<Event> {
  try {
    for (let i = 0; ; i++) {
      yield text(i);
      await pause();
    }
  } finally {
    stopped();
  }
}

const fixture = {
  name: "chatter",
  file: fileURLToPath(new URL("fixtures/event-streams.smithy", import.meta.url)),
  service: "example.events#Chatter",
  shapes: 0,
};

describe("event streams in requests between the generated client and the generated server", () => {
  let generated: GeneratedService;
  let server: VerifiedServer;
  let handlers: Record<string, Handler>;
  let calls: OperationCall[];

  beforeAll(async () => {
    generated = await generateService(fixture);
    server = await serveVerified(generated, {
      service: "Chatter",
      signingName: "chatter",
      credentials: CREDENTIALS,
      validationError: "ValidationError",
    });
    ({ handlers, calls } = server);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await generated?.remove();
  });

  const client = (config: object = {}): ChatterClient => {
    const Client = generated.client["ChatterClient"] as new (config: object) => ChatterClient;
    return new Client({ endpoint: server.url, region: "us-east-1", credentials: CREDENTIALS, ...config });
  };

  it("sends events as they come, signed one by one: the server reads the first before the client makes the second", async () => {
    const serverSaw: Event[] = [];
    const sawFirst = signal();
    handlers["Publish"] = async (input) => {
      for await (const event of input["Messages"] as AsyncIterable<Event>) {
        serverSaw.push(event);
        sawFirst.resolve();
      }
      return { Received: serverSaw.length };
    };
    let madeAtFirst = -1;
    let made = 0;
    async function* events(): AsyncGenerator<Event> {
      yield text(0);
      made++;
      await sawFirst.promise;
      madeAtFirst = made;
      for (let i = 1; i < 5; i++) {
        yield i % 2 === 0 ? text(i) : { data: { bytes: new Uint8Array([i, i + 1]) } };
        made++;
      }
    }
    const c = client();
    const output = await c.publish({ Topic: "news", Publisher: "ann", Messages: events() });
    expect(output.Received).toBe(5);
    expect(madeAtFirst).toBe(1);
    expect(serverSaw[0]).toEqual(text(0));
    expect(serverSaw[1]).toEqual({ data: { bytes: new Uint8Array([1, 2]) } });
    expect(serverSaw[4]).toEqual(text(4));
    const request = calls[calls.length - 1]!.request;
    expect(request.headers["x-amz-content-sha256"]).toBe("STREAMING-AWS4-HMAC-SHA256-EVENTS");
    expect(request.headers["content-type"]).toBe("application/vnd.amazon.eventstream");
    expect(request.headers["x-publisher"]).toBe("ann");
    expect(request.headers["content-length"]).toBeUndefined();
    c.destroy();
  });

  it("sends signed events over the fetch handler too (a web stream with duplex: half)", async () => {
    handlers["Publish"] = async (input) => {
      const events = [];
      for await (const event of input["Messages"] as AsyncIterable<Event>) events.push(event);
      return { Received: events.length };
    };
    const c = client({ requestHandler: new FetchRequestHandler() });
    async function* events(): AsyncGenerator<Event> {
      for (let i = 0; i < 3; i++) yield text(i);
    }
    expect((await c.publish({ Topic: "news", Messages: events() })).Received).toBe(3);
    expect(calls[calls.length - 1]!.request.headers["x-amz-content-sha256"]).toBe("STREAMING-AWS4-HMAC-SHA256-EVENTS");
    c.destroy();
  });

  it("refuses a message changed after it was signed, and one sent without its envelope", async () => {
    let reached = 0;
    handlers["Publish"] = async (input) => {
      for await (const _ of input["Messages"] as AsyncIterable<Event>) reached++;
      return { Received: reached };
    };
    // A handler between the client and the network that rewrites the second message inside its envelope (checksums
    // made anew, the signature kept), or sends the inner message bare.
    const tampering = (change: "tamper" | "unwrap") => {
      const inner = new NodeHttpHandler();
      return {
        handle: (request: HttpRequest, options: object) => {
          const body = request.body as AsyncIterable<Uint8Array>;
          request.body = Readable.from(
            (async function* () {
              const splitter = new EventMessageSplitter();
              let index = 0;
              for await (const chunk of body) {
                splitter.push(chunk);
                for (let bytes = splitter.next(); bytes !== undefined; bytes = splitter.next()) {
                  const envelope = codec.decode(bytes);
                  if (index++ === 1) {
                    const message = codec.decode(envelope.body);
                    message.body = new TextEncoder().encode('{"body":"forged"}');
                    yield change === "tamper"
                      ? codec.encode({ ...envelope, body: codec.encode(message) })
                      : codec.encode(message);
                  } else yield bytes;
                }
              }
            })(),
          );
          return inner.handle(request as never, options as never);
        },
        destroy: () => inner.destroy(),
      };
    };
    for (const change of ["tamper", "unwrap"] as const) {
      reached = 0;
      const c = client({ requestHandler: tampering(change) });
      const events = async function* () {
        for (let i = 0; i < 3; i++) yield text(i);
      };
      const failure = await c.publish({ Topic: "news", Messages: events() }).catch((error: unknown) => error);
      expect(failure, change).toMatchObject({ name: "InvalidSignatureException", $metadata: { httpStatusCode: 403 } });
      expect((failure as Error).message).toMatch(change === "tamper" ? /event message 1 does not match/ : /not signed/);
      // The first message was signed right and reached the behaviour; the changed one never did.
      expect(reached).toBe(1);
      c.destroy();
    }
  });

  it("stops reading the caller's events when the call is aborted mid-stream, and ends the server's iteration", async () => {
    const callerStopped = signal();
    const serverStopped = signal();
    const sawThree = signal();
    handlers["Publish"] = async (input) => {
      let seen = 0;
      try {
        for await (const _ of input["Messages"] as AsyncIterable<Event>) if (++seen === 3) sawThree.resolve();
      } finally {
        serverStopped.resolve();
      }
      return { Received: seen };
    };
    const c = client();
    const controller = new AbortController();
    const call = c.publish(
      { Topic: "news", Messages: endlessEvents(callerStopped.resolve) },
      { abortSignal: controller.signal },
    );
    await sawThree.promise;
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    await callerStopped.promise;
    await serverStopped.promise;
    c.destroy();
  });

  it("ends the call with the modelled error the server answers while the client is still sending", async () => {
    const callerStopped = signal();
    handlers["Publish"] = async (input) => {
      for await (const _ of input["Messages"] as AsyncIterable<Event>) {
        throw new ServiceError("TopicClosed", { message: "the topic closed" });
      }
      return {};
    };
    const c = client();
    const failure = await c
      .publish({ Topic: "news", Messages: endlessEvents(callerStopped.resolve) })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: "TopicClosed", message: "the topic closed" });
    expect(failure).toBeInstanceOf(generated.client["TopicClosed"] as new () => unknown);
    await callerStopped.promise;
    c.destroy();
  });

  it("answers a malformed event with a SerializationException naming where it is", async () => {
    handlers["Publish"] = async (input) => {
      for await (const _ of input["Messages"] as AsyncIterable<Event>);
      return {};
    };
    const c = client();
    async function* events(): AsyncGenerator<Event> {
      yield text(0);
      // A member of the wrong type: the binding writes what it is given, the server reads it strictly.
      yield { text: { seq: 1, body: 5 as unknown as string } };
    }
    const failure = await c.publish({ Topic: "news", Messages: events() }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: "SerializationException", $metadata: { httpStatusCode: 400 } });
    expect((failure as Error).message).toMatch(/Messages\[1\]/);
    c.destroy();
  });

  it.each([
    ["NodeHttpHandler", () => ({})],
    ["the fetch handler", () => ({ requestHandler: new FetchRequestHandler() })],
  ])(
    "streams both ways at once over %s: the answer's head arrives, then each reply comes before the next event is made",
    async (_, config) => {
      handlers["Converse"] = (input) => ({
        Session: "s-1",
        Replies: (async function* () {
          for await (const event of input["Messages"] as AsyncIterable<Event>) {
            if ("text" in event) yield text(event.text.seq ?? -1, `echo: ${event.text.body}`);
          }
        })(),
      });
      const c = client(config());
      const replies: Event[] = [];
      const nextReply: Array<() => void> = [];
      const waitForReply = () => new Promise<void>((resolve) => nextReply.push(resolve));
      let made = 0;
      async function* events(): AsyncGenerator<Event> {
        for (let i = 0; i < 4; i++) {
          const replied = waitForReply();
          yield text(i);
          made++;
          // The next event is made only once the server has answered this one.
          await replied;
        }
      }
      const output = await c.converse({ Topic: "chat", Messages: events() });
      expect(output.Session).toBe("s-1");
      expect(made).toBeLessThan(4);
      for await (const reply of output.Replies) {
        replies.push(reply);
        nextReply.shift()?.();
      }
      expect(replies).toEqual([0, 1, 2, 3].map((i) => text(i, `echo: message ${i}`)));
      c.destroy();
    },
  );

  it("refuses an input member that is not an AsyncIterable before sending", async () => {
    const c = client();
    await expect(c.publish({ Topic: "news", Messages: [text(0)] as never })).rejects.toMatchObject({
      name: "InputValidationError",
    });
    c.destroy();
  });
});
