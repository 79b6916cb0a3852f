// Undoing a request's Content-Encoding: gzip codings from the last applied, others left in place, bounded output.
import { gzipSync } from "node:zlib";
import type { HttpRequestParts } from "@rtca/types";
import { describe, expect, it } from "vitest";
import { decodeContentEncoding } from "./content-encoding.js";
import { ProtocolError } from "./errors.js";

const parts = (body: HttpRequestParts["body"], encoding?: string): HttpRequestParts => ({
  method: "POST",
  path: "/",
  query: {},
  headers: encoding === undefined ? {} : { "content-encoding": encoding },
  body,
});
const text = (body: HttpRequestParts["body"]) => (typeof body === "string" ? body : new TextDecoder().decode(body));

describe("decodeContentEncoding", () => {
  it("inflates gzip and drops the header once nothing is left to undo", async () => {
    const out = await decodeContentEncoding(parts(gzipSync("hello"), "GZIP"), 100);
    expect(text(out.body)).toBe("hello");
    expect(out.headers["content-encoding"]).toBeUndefined();
  });

  it("stops at a coding it does not know, leaving it and the body as they are then", async () => {
    const out = await decodeContentEncoding(parts(gzipSync("custom-bytes"), "custom, gzip"), 100);
    expect(text(out.body)).toBe("custom-bytes");
    expect(out.headers["content-encoding"]).toBe("custom");
    const untouched = parts("as is", "br");
    expect(await decodeContentEncoding(untouched, 100)).toBe(untouched);
  });

  it("allows exactly the limit and refuses one byte more with a 413", async () => {
    const body = gzipSync("x".repeat(64));
    expect(text((await decodeContentEncoding(parts(body, "gzip"), 64)).body)).toHaveLength(64);
    const refused = await decodeContentEncoding(parts(body, "gzip"), 63).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ProtocolError);
    expect(refused).toMatchObject({ status: 413, errorType: "RequestEntityTooLargeException" });
  });

  it("leaves a request without a body or without the header alone", async () => {
    const empty = parts(undefined, "gzip");
    expect(await decodeContentEncoding(empty, 10)).toBe(empty);
    const plain = parts("{}");
    expect(await decodeContentEncoding(plain, 10)).toBe(plain);
  });
});
