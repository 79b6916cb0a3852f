// Request compression (@requestCompression): gzip for bodies at or above the threshold, appended to any
// Content-Encoding the request already has.
import type { HttpRequestParts } from "@rtca/types";
import { describe, expect, it } from "vitest";
import { compressRequest } from "../src/runtime/request-compression.js";

const parts = (body: string, headers: Record<string, string> = {}): HttpRequestParts => ({
  method: "POST",
  path: "/",
  query: {},
  headers,
  body,
});

async function gunzip(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text();
}

describe("compressRequest", () => {
  it("gzips a body at the threshold, and it decompresses to the same text", async () => {
    const text = "x".repeat(100);
    const out = await compressRequest(parts(text), ["gzip"], 100);
    expect(out.headers["content-encoding"]).toBe("gzip");
    expect(out.body).toBeInstanceOf(Uint8Array);
    expect(await gunzip(out.body as Uint8Array)).toBe(text);
  });

  it("appends gzip to the encoding the request already names", async () => {
    const out = await compressRequest(parts("y".repeat(10), { "content-encoding": "custom" }), ["gzip"], 0);
    expect(out.headers["content-encoding"]).toBe("custom, gzip");
  });

  it("leaves small bodies, other encodings and a disabled setting alone", async () => {
    const small = parts("z".repeat(99));
    expect(await compressRequest(small, ["gzip"], 100)).toBe(small);
    expect(await compressRequest(small, ["br"], 0)).toBe(small);
    expect(await compressRequest(small, ["gzip"], undefined)).toBe(small);
  });
});
