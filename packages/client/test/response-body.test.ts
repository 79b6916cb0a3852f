// Response bodies in every form handlers give them.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readBody } from "../src/runtime/index.js";

const text = '{"Content":"héllo wörld ✓ 🎉"}';
const bytes = new TextEncoder().encode(text);
/** Chunks that split multi-byte characters. */
const chunks = [bytes.slice(0, 13), bytes.slice(13, 25), bytes.slice(25)];

describe("readBody", () => {
  it("reads strings, bytes, ArrayBuffers and nothing", async () => {
    expect(await readBody(text)).toBe(text);
    expect(await readBody(bytes)).toBe(text);
    expect(await readBody(bytes.buffer.slice(0))).toBe(text);
    expect(await readBody(Buffer.from(text))).toBe(text);
    expect(await readBody(undefined)).toBe("");
    expect(await readBody(null)).toBe("");
  });

  it("reads a Node Readable whose chunks split characters", async () => {
    expect(await readBody(Readable.from(chunks))).toBe(text);
  });

  it("reads a web ReadableStream and a Blob", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    expect(await readBody(stream)).toBe(text);
    expect(await readBody(new Blob(chunks))).toBe(text);
  });

  it("destroys a Node stream when the signal aborts", async () => {
    const stream = new Readable({ read() {} });
    stream.push(chunks[0]);
    const controller = new AbortController();
    const reading = readBody(stream, controller.signal);
    controller.abort(new Error("stop"));
    await expect(reading).rejects.toThrow("stop");
    expect(stream.destroyed).toBe(true);
  });

  it("cancels a web stream when the signal aborts", async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunks[0]!);
      },
      cancel() {
        cancelled = true;
      },
    });
    const controller = new AbortController();
    const reading = readBody(stream, controller.signal);
    controller.abort(new Error("stop"));
    await expect(reading).rejects.toThrow("stop");
    expect(cancelled).toBe(true);
  });

  it("reads string chunks, also after bytes that end in the middle of a character", async () => {
    const stream = new ReadableStream<unknown>({
      start(controller) {
        controller.enqueue("héllo ");
        controller.enqueue(new TextEncoder().encode("wörld"));
        controller.enqueue(new Uint8Array([0xe2, 0x9c])); // the first two of ✓'s three bytes
        controller.enqueue("!");
        controller.close();
      },
    });
    expect(await readBody(stream)).toBe("héllo wörld\ufffd!");
    expect(await readBody(Readable.from(["a", "b"]))).toBe("ab");
  });

  it("refuses a stream chunk it cannot read, naming its kind", async () => {
    await expect(readBody(Readable.from([{ not: "bytes" }]))).rejects.toThrow(
      /chunk of an unsupported kind \(Object\)/,
    );
    const stream = new ReadableStream<unknown>({
      start(controller) {
        controller.enqueue(7);
        controller.close();
      },
    });
    await expect(readBody(stream)).rejects.toThrow(/chunk of an unsupported kind \(number\)/);
  });

  it("refuses a body it cannot read, naming its kind", async () => {
    await expect(readBody(42)).rejects.toThrow(/unsupported kind \(number\)/);
    await expect(readBody(new Map())).rejects.toThrow(/unsupported kind \(Map\)/);
  });
});
