// SigV4 signing of the messages of an event stream sent in a request. The request itself is signed with the payload
// hash STREAMING-AWS4-HMAC-SHA256-EVENTS; each message then travels inside an envelope message whose `:date` and
// `:chunk-signature` headers sign it, every signature chained from the one before (the first from the request's
// own), and an envelope with nothing inside ends the stream, so that a receiver can tell a cut-short stream from a
// finished one. Only clients of operations that take an event stream import this module.
import { HeaderMarshaller } from "@smithy/core/event-streams";
import type { AwsCredentialIdentity, ChecksumConstructor, MessageHeaders, SourceData } from "@smithy/types";
import { codec } from "./event-stream.js";
import { hex } from "./hex.js";

/** The payload hash a request signs when its body is a stream of signed event messages. */
export const STREAMING_EVENTS_PAYLOAD = "STREAMING-AWS4-HMAC-SHA256-EVENTS";
const EVENT_ALGORITHM = "AWS4-HMAC-SHA256-PAYLOAD";

const headerMarshaller = /*#__PURE__*/ new HeaderMarshaller(
  (bytes) => new TextDecoder().decode(bytes),
  (text) => new TextEncoder().encode(text),
);

/** What signing a request's messages needs: the request's signature, its scope and the credentials it used. */
export interface EventSigningContext {
  /** The hex signature of the request: the seed of the chain. */
  readonly seedSignature: string;
  readonly region: string;
  readonly service: string;
  readonly credentials: AwsCredentialIdentity;
  readonly sha256: ChecksumConstructor;
  /** The time each message is signed at (the service's clock, as the client knows it). */
  readonly now: () => Date;
}

/** The request's signature, from its Authorization header; undefined when the request is not SigV4-signed. */
export function requestSignature(authorization: string | undefined): string | undefined {
  return /\bSignature=([0-9a-f]{64})\b/.exec(authorization ?? "")?.[1];
}

/** The signature of one message (the encoded inner message) at a date, chained from the prior signature. */
export async function eventSignature(
  context: Omit<EventSigningContext, "seedSignature" | "now">,
  priorSignature: string,
  date: Date,
  payload: Uint8Array,
): Promise<string> {
  const longDate = date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
  const shortDate = longDate.slice(0, 8);
  const scope = `${shortDate}/${context.region}/${context.service}/aws4_request`;
  const dateHeader = headerMarshaller.format({ ":date": { type: "timestamp", value: date } });
  const stringToSign = [
    EVENT_ALGORITHM,
    longDate,
    scope,
    priorSignature,
    hex(await sha256Of(context.sha256, dateHeader)),
    hex(await sha256Of(context.sha256, payload)),
  ].join("\n");
  let key: SourceData = `AWS4${context.credentials.secretAccessKey}`;
  for (const part of [shortDate, context.region, context.service, "aws4_request"]) {
    key = await sha256Of(context.sha256, part, key);
  }
  return hex(await sha256Of(context.sha256, stringToSign, key));
}

/** The messages, each in its signed envelope, then the empty envelope that ends the stream. */
export async function* signedMessages(
  messages: AsyncIterable<Uint8Array>,
  context: EventSigningContext,
): AsyncGenerator<Uint8Array, void, undefined> {
  let prior = context.seedSignature;
  const envelope = async (payload: Uint8Array) => {
    // Whole seconds: the signature covers the date as SigV4 writes it, and the header carries the same instant.
    const date = new Date(Math.floor(context.now().getTime() / 1000) * 1000);
    prior = await eventSignature(context, prior, date, payload);
    const headers: MessageHeaders = {
      ":date": { type: "timestamp", value: date },
      ":chunk-signature": { type: "binary", value: hexBytes(prior) },
    };
    return codec.encode({ headers, body: payload });
  };
  for await (const message of messages) yield await envelope(message);
  yield await envelope(new Uint8Array(0));
}

// The SigV4 steps below are also in signer.ts, as private methods there: sharing them as functions made the browser
// bundle of every client (which never signs events) larger.

/** SHA-256 of the data, or its HMAC-SHA256 under the key when one is given. */
function sha256Of(sha256: ChecksumConstructor, data: string | Uint8Array, key?: SourceData): Promise<Uint8Array> {
  const hash = new sha256(key);
  hash.update(typeof data === "string" ? new TextEncoder().encode(data) : data);
  return hash.digest();
}

function hexBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return out;
}
