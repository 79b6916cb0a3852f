// Glacier's request checksums, which AWS's SDKs compute for every Glacier request with a body and which the
// generator turns on for that service only: `x-amz-content-sha256`, the SHA-256 of the payload, and
// `x-amz-sha256-tree-hash`, the root of a tree of SHA-256 digests over the payload's 1 MiB chunks (adjacent digests
// are hashed together, level by level, an odd last one going up as it is). A tree hash the caller gave (the
// operation's checksum member) is kept; so is a request whose content hash is already set.
import type { HttpRequestParts } from "@rtca/types";
import { hex } from "./hex.js";

const CHUNK_BYTES = 1024 * 1024;

export async function addGlacierChecksums(parts: HttpRequestParts): Promise<HttpRequestParts> {
  if (parts.body === undefined || parts.headers["x-amz-content-sha256"] !== undefined) return parts;
  const bytes = typeof parts.body === "string" ? new TextEncoder().encode(parts.body) : parts.body;
  const headers: Record<string, string> = { ...parts.headers, "x-amz-content-sha256": hex(await sha256(bytes)) };
  headers["x-amz-sha256-tree-hash"] ??= hex(await treeHash(bytes));
  return { ...parts, headers };
}

/** The SHA-256 tree hash of a payload, as Glacier defines it (the digest of its one chunk when it is empty). */
export async function treeHash(bytes: Uint8Array): Promise<Uint8Array> {
  let level: Uint8Array[] = [];
  for (let at = 0; at < bytes.byteLength || level.length === 0; at += CHUNK_BYTES) {
    level.push(await sha256(bytes.subarray(at, at + CHUNK_BYTES)));
  }
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const [left, right] = [level[i]!, level[i + 1]];
      next.push(right === undefined ? left : await sha256(concat(left, right)));
    }
    level = next;
  }
  return level[0]!;
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
}

function concat(left: Uint8Array, right: Uint8Array): Uint8Array {
  const out = new Uint8Array(left.byteLength + right.byteLength);
  out.set(left);
  out.set(right, left.byteLength);
  return out;
}
