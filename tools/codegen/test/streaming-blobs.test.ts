// `@streaming` blobs end to end on a small fixture model (test/fixtures/streaming.smithy): the generated client
// against the generated server over loopback HTTP, both ways. Bodies go as they come (each side sees the first chunk
// before the other has made the rest), a stream is read once, an abort or an early stop ends the server's iteration,
// a body cut short throws an error naming the member, `@requiresLength` refuses a stream of unknown length before
// sending, and the server's SigV4 check accepts the UNSIGNED-PAYLOAD that a streamed body is signed with.
import { createServer, request as httpRequest } from "node:http";
import { fileURLToPath } from "node:url";
import { describeConformance } from "@rtca/conformance/vitest";
import { HttpRequest } from "@smithy/protocol-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchRequestHandler } from "../../../packages/client/src/runtime/fetch-handler.js";
import { createSigner } from "../../../packages/client/src/runtime/signer.js";
import { serve } from "../../../packages/fake-server/src/http/node-server.js";
import type { OperationCall } from "../../../packages/fake-server/src/runtime/index.js";
import { awsModels } from "./support/aws-models.js";
import { type GeneratedService, generateService, type Loopback, listen } from "./support/bedrock-streams.js";
import { type Handler, serveVerified, type VerifiedServer } from "./support/verified-server.js";

interface Payload extends AsyncIterable<Uint8Array> {
  transformToByteArray(): Promise<Uint8Array>;
  transformToString(encoding?: string): Promise<string>;
  transformToWebStream(): ReadableStream<Uint8Array>;
}
type Body = Uint8Array | string | Blob | AsyncIterable<Uint8Array>;
interface StreamerClient {
  upload(input: { Key: string; Body: Body }, options?: object): Promise<{ ReceivedBytes?: number }>;
  uploadSized(input: { Key: string; Body: Body; ContentLength?: number }): Promise<{ ReceivedBytes?: number }>;
  download(input: { Key: string }, options?: { abortSignal?: AbortSignal }): Promise<{ Name?: string; Body: Payload }>;
  destroy(): void;
}

const CREDENTIALS = { accessKeyId: "AKIDSTREAM", secretAccessKey: "stream-secret" };
const CHUNK = 256 * 1024;
/** 8 MiB in 32 chunks: each chunk is filled with its index, so that order and content can be checked. */
const CHUNKS = 32;

function chunk(index: number): Uint8Array {
  return new Uint8Array(CHUNK).fill(index % 256);
}

/** A promise with its resolver, for one side to wait on a sign from the other. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Chunks without end, until the reader stops the iteration: then `stopped` runs. */
async function* endlessChunks(stopped: () => void): AsyncGenerator<Uint8Array> {
  try {
    for (let i = 0; ; i++) yield chunk(i);
  } finally {
    stopped();
  }
}

/** Reads a stream of chunk(i) chunks, checking every byte; calls `first` after the first chunk. */
async function readChunks(stream: AsyncIterable<Uint8Array>, first: () => void = () => {}): Promise<number> {
  let offset = 0;
  let seen = false;
  for await (const part of stream) {
    for (let i = 0; i < part.byteLength; i++) {
      const expected = Math.floor((offset + i) / CHUNK) % 256;
      if (part[i] !== expected) throw new Error(`byte ${offset + i} is ${part[i]}, expected ${expected}`);
    }
    offset += part.byteLength;
    if (!seen) {
      seen = true;
      first();
    }
  }
  return offset;
}

const fixture = {
  name: "streamer",
  file: fileURLToPath(new URL("fixtures/streaming.smithy", import.meta.url)),
  service: "example.streaming#Streamer",
  shapes: 0,
};

describe("@streaming blobs between the generated client and the generated server", () => {
  let generated: GeneratedService;
  let server: VerifiedServer;
  let handlers: Record<string, Handler>;
  let calls: OperationCall[];

  beforeAll(async () => {
    generated = await generateService(fixture);
    server = await serveVerified(generated, {
      service: "Streamer",
      signingName: "streamer",
      credentials: CREDENTIALS,
      validationError: "ValidationError",
      // A limit on whole bodies far under what is streamed: it must not apply to a streamed member.
      maxBodyBytes: 1024 * 1024,
    });
    ({ handlers, calls } = server);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await generated?.remove();
  });

  const client = (config: object = {}): StreamerClient => {
    const Client = generated.client["StreamerClient"] as new (config: object) => StreamerClient;
    return new Client({
      endpoint: server.url,
      region: "us-east-1",
      credentials: CREDENTIALS,
      maxAttempts: 1,
      ...config,
    });
  };
  const lastCall = () => calls[calls.length - 1]!;

  describe("answers", () => {
    it("reads 8 MiB as the server writes it: the first chunk arrives before the server has made the rest", async () => {
      const clientSawFirst = signal();
      let written = 0;
      handlers["Download"] = () => ({
        Name: "big",
        Body: (async function* () {
          yield chunk(0);
          written++;
          // The rest is made only once the client has read the first chunk: a client that waited for the whole
          // body would never get it.
          await clientSawFirst.promise;
          for (let i = 1; i < CHUNKS; i++) {
            yield chunk(i);
            written++;
          }
        })(),
      });
      const c = client();
      const output = await c.download({ Key: "big" });
      expect(output.Name).toBe("big");
      let writtenAtFirst = -1;
      const length = await readChunks(output.Body, () => {
        writtenAtFirst = written;
        clientSawFirst.resolve();
      });
      expect(length).toBe(CHUNKS * CHUNK);
      expect(writtenAtFirst).toBeLessThan(CHUNKS);
      c.destroy();
    });

    it("reads a stream once, by any one of its ways; a second read throws a TypeError naming the member", async () => {
      handlers["Download"] = () => ({ Body: "hello, stream" });
      const c = client();
      const output = await c.download({ Key: "k" });
      expect(await output.Body.transformToString()).toBe("hello, stream");
      await expect(output.Body.transformToByteArray()).rejects.toThrow(/Body has already been read/);
      expect(() => output.Body[Symbol.asyncIterator]()).toThrow(TypeError);

      const again = await c.download({ Key: "k" });
      expect(new TextDecoder().decode(await again.Body.transformToByteArray())).toBe("hello, stream");
      const web = await c.download({ Key: "k" });
      const reader = web.Body.transformToWebStream().getReader();
      const first = await reader.read();
      expect(new TextDecoder().decode(first.value)).toBe("hello, stream");
      expect((await reader.read()).done).toBe(true);
      const base64 = await c.download({ Key: "k" });
      expect(await base64.Body.transformToString("base64")).toBe(btoa("hello, stream"));
      c.destroy();
    });

    it("ends the server's iteration when the call is aborted mid-stream, and throws the abort", async () => {
      const stopped = signal();
      handlers["Download"] = () => ({ Body: endlessChunks(stopped.resolve) });
      const c = client();
      const controller = new AbortController();
      const output = await c.download({ Key: "endless" }, { abortSignal: controller.signal });
      const iterator = output.Body[Symbol.asyncIterator]();
      expect((await iterator.next()).done).toBe(false);
      controller.abort();
      const failure = await (async () => {
        for (;;) if ((await iterator.next()).done) return undefined;
      })().catch((error: unknown) => error);
      expect(failure).toMatchObject({ name: "AbortError" });
      // The connection was torn down: the server's writer saw the client go and stopped its iteration.
      await stopped.promise;
      c.destroy();
    });

    it("ends the server's iteration when the reader leaves the loop early", async () => {
      const stopped = signal();
      handlers["Download"] = () => ({ Body: endlessChunks(stopped.resolve) });
      const c = client();
      const output = await c.download({ Key: "endless" });
      for await (const part of output.Body) {
        expect(part.byteLength).toBeGreaterThan(0);
        break;
      }
      await stopped.promise;
      c.destroy();
    });

    it("throws a ResponseStreamError naming the member when the body is cut short", async () => {
      const cut = await listen(
        createServer((req, res) => {
          req.resume();
          res.writeHead(200, { "content-type": "application/octet-stream", "content-length": "100000" });
          res.write(new Uint8Array(1000));
          setImmediate(() => res.socket?.destroy());
        }),
      );
      const Client = generated.client["StreamerClient"] as new (config: object) => StreamerClient;
      const c = new Client({ endpoint: cut.url, region: "us-east-1", credentials: CREDENTIALS, maxAttempts: 1 });
      const output = await c.download({ Key: "k" });
      const failure = await output.Body.transformToByteArray().catch((error: unknown) => error);
      expect(failure).toMatchObject({ name: "ResponseStreamError", member: "Body", operation: "Download" });
      c.destroy();
      await cut.close();
    });
  });

  describe("requests", () => {
    it("sends 8 MiB as it is made, signed UNSIGNED-PAYLOAD, past the server's limit on whole bodies", async () => {
      const serverSawFirst = signal();
      let made = 0;
      handlers["Upload"] = async (input) => ({
        ReceivedBytes: await readChunks(input["Body"] as Payload, serverSawFirst.resolve),
      });
      async function* body() {
        yield chunk(0);
        made++;
        // The rest is made only once the server has read the first chunk: a client that buffered the body first
        // would never send it.
        await serverSawFirst.promise;
        for (let i = 1; i < CHUNKS; i++) {
          yield chunk(i);
          made++;
        }
      }
      const c = client();
      let madeAtFirst = -1;
      void serverSawFirst.promise.then(() => (madeAtFirst = made));
      const output = await c.upload({ Key: "big", Body: body() });
      expect(output.ReceivedBytes).toBe(CHUNKS * CHUNK);
      expect(madeAtFirst).toBeLessThan(CHUNKS);
      const headers = lastCall().request.headers;
      expect(headers["x-amz-content-sha256"]).toBe("UNSIGNED-PAYLOAD");
      expect(headers["transfer-encoding"]).toBe("chunked");
      expect(headers["content-length"]).toBeUndefined();
      c.destroy();
    });

    it("sends bytes, text and a Blob whole, with their length, and signs their hash", async () => {
      handlers["Upload"] = async (input) => ({
        ReceivedBytes: (await (input["Body"] as Payload).transformToByteArray()).byteLength,
      });
      const c = client();
      for (const [body, length] of [
        [new Uint8Array(5000).fill(7), 5000],
        ["héllo", 6],
        [new Blob([new Uint8Array(3000), "abc"]), 3003],
      ] as const) {
        expect((await c.upload({ Key: "whole", Body: body })).ReceivedBytes).toBe(length);
        const headers = lastCall().request.headers;
        expect(headers["content-length"]).toBe(String(length));
        if (!(body instanceof Blob)) expect(headers["x-amz-content-sha256"]).toMatch(/^[0-9a-f]{64}$/);
      }
      c.destroy();
    });

    it("hands the handler the body as a stream that stops when the client goes away", async () => {
      const stopped = signal();
      const serverSawFirst = signal();
      let failure: unknown;
      handlers["Upload"] = async (input) => {
        try {
          await readChunks(input["Body"] as Payload, serverSawFirst.resolve);
        } catch (error) {
          failure = error;
        } finally {
          stopped.resolve();
        }
        return {};
      };
      const controller = new AbortController();
      async function* endless() {
        for (let i = 0; ; i++) {
          yield chunk(i);
          if (i === 0) await serverSawFirst.promise;
        }
      }
      const c = client();
      const call = c.upload({ Key: "endless", Body: endless() }, { abortSignal: controller.signal });
      await serverSawFirst.promise;
      controller.abort();
      await expect(call).rejects.toMatchObject({ name: "AbortError" });
      await stopped.promise;
      expect(failure).toBeInstanceOf(Error);
      c.destroy();
    });

    it("sends a stream in one attempt, since it cannot be sent again, and bytes in as many as allowed", async () => {
      let attempts = 0;
      handlers["Upload"] = async (input) => {
        attempts++;
        await (input["Body"] as Payload).transformToByteArray();
        throw new Error("a failure the client may retry (500 InternalFailure)");
      };
      async function* body() {
        yield chunk(1);
      }
      const c = client({ maxAttempts: 3, retry: { baseDelayMs: 1 } });
      for (const [given, expected] of [
        [body(), 1],
        [new Blob([chunk(1)]), 1],
        [chunk(1), 3],
      ] as const) {
        attempts = 0;
        const failure = await c.upload({ Key: "k", Body: given }).catch((error: unknown) => error);
        expect(failure).toMatchObject({ name: "InternalFailure", $metadata: { attempts: expected } });
        expect(attempts).toBe(expected);
      }
      c.destroy();
    });

    it("refuses a @requiresLength stream of unknown length before sending, naming the member", async () => {
      let called = 0;
      handlers["UploadSized"] = async (input) => {
        called++;
        return { ReceivedBytes: (await (input["Body"] as Payload).transformToByteArray()).byteLength };
      };
      async function* body() {
        yield chunk(1);
      }
      const c = client();
      const before = calls.length;
      const failure = await c.uploadSized({ Key: "k", Body: body() }).catch((error: unknown) => error);
      expect(failure).toMatchObject({ name: "InputValidationError", member: "Body" });
      expect((failure as Error).message).toMatch(/known length/);
      expect(calls.length).toBe(before);
      expect(called).toBe(0);

      // Known lengths: bytes, and a stream whose length the input gives in the member bound to Content-Length.
      expect((await c.uploadSized({ Key: "k", Body: chunk(2) })).ReceivedBytes).toBe(CHUNK);
      expect((await c.uploadSized({ Key: "k", Body: body(), ContentLength: CHUNK })).ReceivedBytes).toBe(CHUNK);
      expect(lastCall().request.headers["x-amz-content-sha256"]).toBe("UNSIGNED-PAYLOAD");
      expect(called).toBe(2);
      c.destroy();
    });

    it("answers 411 to a @requiresLength body sent without its length, before the behaviour sees it", async () => {
      let called = 0;
      handlers["UploadSized"] = () => {
        called++;
        return {};
      };
      const { hostname, port } = new URL(server.url);
      const head = new HttpRequest({
        method: "PUT",
        protocol: "http:",
        hostname,
        port: Number(port),
        path: "/sized/k",
        headers: { host: `${hostname}:${port}`, "content-type": "application/octet-stream" },
      });
      head.body = { [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true }) }) };
      const signer = createSigner("streamer", "us-east-1", async () => CREDENTIALS)!;
      const signed = await signer.sign(head, new Date());
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest({ hostname, port, method: "PUT", path: "/sized/k", headers: signed.headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        // No Content-Length: node sends the body in chunks.
        req.write(chunk(1));
        req.end();
      });
      expect(status).toBe(411);
      expect(called).toBe(0);
    });
  });

  describe("over fetch (the browser build's handler)", () => {
    it("sends a stream and reads one as it arrives", async () => {
      handlers["Upload"] = async (input) => ({ ReceivedBytes: await readChunks(input["Body"] as Payload) });
      handlers["Download"] = () => ({
        Body: (async function* () {
          for (let i = 0; i < 4; i++) yield chunk(i);
        })(),
      });
      const c = client({ requestHandler: new FetchRequestHandler() });
      async function* body() {
        for (let i = 0; i < 4; i++) yield chunk(i);
      }
      expect((await c.upload({ Key: "k", Body: body() })).ReceivedBytes).toBe(4 * CHUNK);
      expect(lastCall().request.headers["x-amz-content-sha256"]).toBe("UNSIGNED-PAYLOAD");
      expect(await readChunks((await c.download({ Key: "k" })).Body)).toBe(4 * CHUNK);
    });
  });
});

describeConformance("Lambda's InvokeAsync (InvokeArgs, a @streaming blob input)", (conformance) => {
  let lambda: GeneratedService;
  let server: Loopback;
  let received: Uint8Array | undefined;

  beforeAll(async () => {
    const model = awsModels(conformance).find((m) => m.name === "lambda-2015-03-31");
    if (model === undefined) throw new Error("no Lambda model in the conformance material");
    lambda = await generateService(model);
    const create = lambda.server["createAWSGirApiServiceHandler"] as (
      handlers: object,
      options: object,
    ) => Parameters<typeof serve>[0];
    const behaviour = {
      InvokeAsync: async (input: { FunctionName: string; InvokeArgs: Payload }) => {
        expect(input.FunctionName).toBe("my-function");
        received = await input.InvokeArgs.transformToByteArray();
        return { Status: 202 };
      },
    };
    const running = await serve(create(behaviour, { validationError: "InvalidParameterValueException" }));
    server = { url: running.url, close: () => running.close() };
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await lambda?.remove();
  });

  it("sends the event as it comes, and the behaviour reads it as a stream", async () => {
    const Client = lambda.client["LambdaClient"] as new (
      config: object,
    ) => {
      invokeAsync(input: object): Promise<{ Status?: number }>;
      destroy(): void;
    };
    const client = new Client({ endpoint: server.url, region: "us-east-1", credentials: CREDENTIALS, maxAttempts: 1 });
    async function* event() {
      yield new TextEncoder().encode('{"order":');
      yield new TextEncoder().encode("42}");
    }
    const output = await client.invokeAsync({ FunctionName: "my-function", InvokeArgs: event() });
    expect(output.Status).toBe(202);
    expect(new TextDecoder().decode(received)).toBe('{"order":42}');
    client.destroy();
  });
});
