// Glacier's checksum headers: the payload's SHA-256 and its tree hash over 1 MiB chunks, digests paired level by
// level with an odd last one carried up.
import { createHash } from "node:crypto";
import type { HttpRequestParts } from "@rtca/types";
import { describe, expect, it } from "vitest";
import { addGlacierChecksums, treeHash } from "../src/runtime/glacier-checksums.js";

const MiB = 1024 * 1024;
const sha256 = (...parts: Uint8Array[]) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
};
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const parts = (body: HttpRequestParts["body"], headers: Record<string, string> = {}): HttpRequestParts => ({
  method: "PUT",
  path: "/-/vaults/v/archives",
  query: {},
  headers,
  body,
});

/** Bytes that differ from chunk to chunk, so that a chunk taken twice or out of order changes the digest. */
function payload(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + (i >> 20)) & 0xff;
  return bytes;
}

describe("treeHash", () => {
  it("is the plain SHA-256 of a payload of one chunk or less, empty included", async () => {
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode("hello world"), payload(MiB)]) {
      expect(hex(await treeHash(bytes))).toBe(hex(sha256(bytes)));
    }
  });

  it("hashes adjacent chunk digests together, carrying an odd last digest up a level", async () => {
    const bytes = payload(2 * MiB + 5);
    const [h0, h1, h2] = [0, 1, 2].map((i) => sha256(bytes.subarray(i * MiB, (i + 1) * MiB)));
    expect(hex(await treeHash(bytes))).toBe(hex(sha256(sha256(h0!, h1!), h2!)));
  });

  it("builds every level of a four-chunk tree", async () => {
    const bytes = payload(3 * MiB + 1);
    const [h0, h1, h2, h3] = [0, 1, 2, 3].map((i) => sha256(bytes.subarray(i * MiB, (i + 1) * MiB)));
    expect(hex(await treeHash(bytes))).toBe(hex(sha256(sha256(h0!, h1!), sha256(h2!, h3!))));
  });
});

describe("addGlacierChecksums", () => {
  it("sets the content hash and the tree hash of a string or byte payload", async () => {
    const text = "hello world";
    const expected = hex(sha256(new TextEncoder().encode(text)));
    for (const body of [text, new TextEncoder().encode(text)]) {
      const out = await addGlacierChecksums(parts(body));
      expect(out.headers).toEqual({ "x-amz-content-sha256": expected, "x-amz-sha256-tree-hash": expected });
      expect(out.body).toBe(body);
    }
  });

  it("differs between content hash and tree hash once the payload spans chunks", async () => {
    const bytes = payload(MiB + 1);
    const out = await addGlacierChecksums(parts(bytes));
    expect(out.headers["x-amz-content-sha256"]).toBe(hex(sha256(bytes)));
    expect(out.headers["x-amz-sha256-tree-hash"]).toBe(hex(await treeHash(bytes)));
    expect(out.headers["x-amz-content-sha256"]).not.toBe(out.headers["x-amz-sha256-tree-hash"]);
  });

  it("keeps a tree hash the caller gave, and leaves alone a request whose content hash is set or has no body", async () => {
    const given = await addGlacierChecksums(parts("abc", { "x-amz-sha256-tree-hash": "given" }));
    expect(given.headers["x-amz-sha256-tree-hash"]).toBe("given");
    expect(given.headers["x-amz-content-sha256"]).toBe(hex(sha256(new TextEncoder().encode("abc"))));
    const preset = parts("abc", { "x-amz-content-sha256": "UNSIGNED-PAYLOAD" });
    expect(await addGlacierChecksums(preset)).toBe(preset);
    const empty = parts(undefined);
    expect(await addGlacierChecksums(empty)).toBe(empty);
  });
});
