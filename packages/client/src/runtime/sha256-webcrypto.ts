// SHA-256 and HMAC-SHA256 over WebCrypto, in the shape @smithy/signature-v4 asks for (a Checksum constructor that
// takes an optional HMAC key). WebCrypto digests whole messages only, so updates are buffered until digest().
import type { Checksum, SourceData } from "@smithy/types";

const encoder = new TextEncoder();

function toBytes(data: SourceData): Uint8Array {
  if (typeof data === "string") return encoder.encode(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

export class WebCryptoSha256 implements Checksum {
  readonly #secret: Uint8Array | undefined;
  #chunks: Uint8Array[] = [];

  constructor(secret?: SourceData) {
    this.#secret = secret === undefined ? undefined : toBytes(secret);
  }

  update(data: Uint8Array): void {
    this.#chunks.push(toBytes(data));
  }

  async digest(): Promise<Uint8Array> {
    const chunks = this.#chunks;
    const message = chunks.length === 1 ? chunks[0]! : new Uint8Array(await new Blob(chunks).arrayBuffer());
    const subtle = globalThis.crypto.subtle;
    if (this.#secret === undefined) return new Uint8Array(await subtle.digest("SHA-256", message));
    const key = await subtle.importKey("raw", this.#secret, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    return new Uint8Array(await subtle.sign("HMAC", key, message));
  }

  reset(): void {
    this.#chunks = [];
  }
}
