// The check of an event stream's chained signatures, on envelopes made by the client's own signer: a stream signed
// right passes whole, and a changed message, a broken chain, a stream cut short before its final signed message or
// a message after it are refused, each with an error that says which.
import { EventStreamCodec } from "@smithy/core/event-streams";
import { Hash } from "@smithy/hash-node";
import { SignatureV4 } from "@smithy/signature-v4";
import type { ChecksumConstructor } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { signedMessages } from "../../../../client/src/runtime/event-signer.js";
import { type EventSignatureChain, verifiedEventStream } from "./event-signatures.js";

const chain: EventSignatureChain = {
  seedSignature: "5eed".repeat(16),
  region: "us-east-1",
  service: "chatter",
  secretAccessKey: "chain-secret",
};
const sha256 = Hash.bind(null, "sha256") as unknown as ChecksumConstructor;

/** The envelopes the client would send for these messages, one a second apart. */
async function envelopes(messages: Uint8Array[]): Promise<Uint8Array[]> {
  let second = 0;
  const out: Uint8Array[] = [];
  const signed = signedMessages(
    (async function* () {
      yield* messages;
    })(),
    {
      ...chain,
      credentials: { accessKeyId: "AKID", secretAccessKey: chain.secretAccessKey },
      sha256,
      now: () => new Date(Date.UTC(2026, 11, 2, 10, 0, second++)),
    },
  );
  for await (const envelope of signed) out.push(envelope);
  return out;
}

async function verify(chunks: Uint8Array[], seed = chain.seedSignature): Promise<number> {
  const refuse = (message: string) => new Error(message);
  let count = 0;
  for await (const _ of verifiedEventStream(
    (async function* () {
      yield* chunks;
    })(),
    { ...chain, seedSignature: seed },
    refuse,
  ))
    count++;
  return count;
}

const join = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const inner = (n: number) => new Uint8Array(24).fill(n);

describe("verifiedEventStream", () => {
  it("passes every envelope of a stream signed right, however its chunks split the messages", async () => {
    const signed = await envelopes([inner(1), inner(2), inner(3)]);
    expect(await verify(signed)).toBe(4);
    const whole = join(signed);
    expect(await verify([whole.subarray(0, 7), whole.subarray(7, 90), whole.subarray(90)])).toBe(4);
  });

  it("passes envelopes signed by AWS's own SignatureV4.signMessage", async () => {
    const codec = new EventStreamCodec(
      (bytes) => new TextDecoder().decode(bytes),
      (text) => new TextEncoder().encode(text),
    );
    const signer = new SignatureV4({
      service: chain.service,
      region: chain.region,
      credentials: { accessKeyId: "AKID", secretAccessKey: chain.secretAccessKey },
      sha256,
    });
    let prior = chain.seedSignature;
    const chunks: Uint8Array[] = [];
    for (const [i, body] of [inner(1), inner(2), new Uint8Array(0)].entries()) {
      // With milliseconds, as AWS's event signing stream dates its messages.
      const date = new Date(Date.UTC(2026, 11, 2, 10, 0, i, 250));
      const headers = { ":date": { type: "timestamp" as const, value: date } };
      const { signature } = await signer.signMessage(
        { message: { headers, body }, priorSignature: prior },
        { signingDate: date },
      );
      prior = signature;
      chunks.push(
        codec.encode({
          headers: { ...headers, ":chunk-signature": { type: "binary", value: Buffer.from(signature, "hex") } },
          body,
        }),
      );
    }
    expect(await verify(chunks)).toBe(3);
    await expect(verify([chunks[0]!, chunks[0]!, chunks[2]!])).rejects.toThrow(/event message 1 does not match/);
  });

  it("refuses a chain seeded from another request's signature", async () => {
    const signed = await envelopes([inner(1)]);
    await expect(verify(signed, "0".repeat(64))).rejects.toThrow(/event message 0 does not match/);
  });

  it("refuses messages out of order, which break the chain", async () => {
    const signed = await envelopes([inner(1), inner(2), inner(3)]);
    await expect(verify([signed[0]!, signed[2]!, signed[1]!, signed[3]!])).rejects.toThrow(
      /event message 1 does not match/,
    );
  });

  it("refuses a stream cut short before its final signed message", async () => {
    const signed = await envelopes([inner(1), inner(2)]);
    await expect(verify(signed.slice(0, 2))).rejects.toThrow(/ended without its final signed message/);
  });

  it("refuses a message signed outside the window around the server's clock, when given one", async () => {
    const signed = await envelopes([inner(1)]);
    const verifyAt = async (now: number) => {
      let count = 0;
      const skew = { now: () => now, maxSkewMs: 15 * 60_000 };
      for await (const _ of verifiedEventStream(
        (async function* () {
          yield* signed;
        })(),
        { ...chain, skew },
        (message) => new Error(message),
      ))
        count++;
      return count;
    };
    const signedAt = Date.UTC(2026, 11, 2, 10, 0, 0);
    expect(await verifyAt(signedAt + 14 * 60_000)).toBe(2);
    await expect(verifyAt(signedAt + 16 * 60_000)).rejects.toThrow(/event message 0 is signed at .* more than 15 min/);
  });

  it("refuses a message after the final one", async () => {
    const signed = await envelopes([inner(1)]);
    await expect(verify([...signed, signed[0]!])).rejects.toThrow(/after the stream's final signed message/);
  });
});
