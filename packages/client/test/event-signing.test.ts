// The SigV4 signatures of event messages sent in a request, checked against AWS's own implementation
// (SignatureV4.signMessage of @smithy/signature-v4): every envelope's :chunk-signature, chained from the request's
// signature, and the empty envelope that ends the stream.
import { EventStreamCodec } from "@smithy/core/event-streams";
import { Hash } from "@smithy/hash-node";
import { SignatureV4 } from "@smithy/signature-v4";
import type { ChecksumConstructor } from "@smithy/types";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { requestSignature, signedMessages } from "../src/runtime/event-signer.js";

const sha256 = Hash.bind(null, "sha256") as unknown as ChecksumConstructor;
const codec = new EventStreamCodec(
  (bytes) => new TextDecoder().decode(bytes),
  (text) => new TextEncoder().encode(text),
);
const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

async function collect(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const chunk of stream) out.push(chunk);
  return out;
}

const hexOf = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("SigV4 signing of event messages", () => {
  it("signs each message as SignatureV4.signMessage does, chained from the request's signature, and ends with an empty signed message", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ minLength: 16, maxLength: 200 }), { maxLength: 4 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.constantFrom("us-east-1", "eu-west-3"),
        async (payloads, seedBytes, start, region) => {
          const seedSignature = hexOf(seedBytes);
          let tick = 0;
          // Each message a little later than the one before, so that every :date differs.
          const now = () => new Date(start + 1500 * tick++);
          const envelopes = await collect(
            signedMessages(each(payloads), { seedSignature, region, service: "chatter", credentials, sha256, now }),
          );
          expect(envelopes).toHaveLength(payloads.length + 1);
          const signer = new SignatureV4({ service: "chatter", region, credentials, sha256 });
          let prior = seedSignature;
          for (const [i, bytes] of envelopes.entries()) {
            const envelope = codec.decode(bytes);
            const date = envelope.headers[":date"];
            const signature = envelope.headers[":chunk-signature"];
            if (date?.type !== "timestamp" || signature?.type !== "binary") throw new Error("not an envelope");
            expect(envelope.body).toEqual(i < payloads.length ? payloads[i] : new Uint8Array(0));
            const theirs = await signer.signMessage(
              { message: { headers: { ":date": date }, body: envelope.body }, priorSignature: prior },
              { signingDate: date.value },
            );
            expect(hexOf(signature.value)).toBe(theirs.signature);
            prior = theirs.signature;
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("a changed message no longer matches its signature", async () => {
    const date = new Date(Date.UTC(2026, 11, 2, 10, 0, 0));
    const [bytes] = await collect(
      signedMessages(each([new Uint8Array(20).fill(7)]), {
        seedSignature: "0".repeat(64),
        region: "us-east-1",
        service: "chatter",
        credentials,
        sha256,
        now: () => date,
      }),
    );
    const envelope = codec.decode(bytes!);
    const signer = new SignatureV4({ service: "chatter", region: "us-east-1", credentials, sha256 });
    const changed = new Uint8Array(20).fill(8);
    const theirs = await signer.signMessage(
      { message: { headers: { ":date": envelope.headers[":date"]! }, body: changed }, priorSignature: "0".repeat(64) },
      { signingDate: date },
    );
    expect(hexOf(envelope.headers[":chunk-signature"]!.value as Uint8Array)).not.toBe(theirs.signature);
  });

  it("takes the seed from the request's Authorization header", () => {
    const signature = "ab".repeat(32);
    expect(
      requestSignature(
        `AWS4-HMAC-SHA256 Credential=AKID/20261202/us-east-1/chatter/aws4_request, SignedHeaders=host, Signature=${signature}`,
      ),
    ).toBe(signature);
    expect(requestSignature(undefined)).toBeUndefined();
    expect(requestSignature("Bearer token")).toBeUndefined();
  });
});
