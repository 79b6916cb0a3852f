// Checks the signatures of an event stream sent in a request (payload hash STREAMING-AWS4-HMAC-SHA256-EVENTS), as
// the body is read: every message must be an envelope whose `:chunk-signature` signs its `:date` header and the
// message inside, chained from the signature before it (the first from the request's), and the stream must end with
// an empty signed envelope. The first message that fails throws to the reader, so a behaviour never takes an event
// the signature does not cover.
import { timingSafeEqual } from "node:crypto";
import { HeaderMarshaller } from "@smithy/core/event-streams";
import { eventStreamMessages } from "../../runtime/index.js";
import { hmacHex, sha256Hex, signingKey } from "./signature.js";

const EVENT_ALGORITHM = "AWS4-HMAC-SHA256-PAYLOAD";
const headerMarshaller = new HeaderMarshaller(
  (bytes) => new TextDecoder().decode(bytes),
  (text) => new TextEncoder().encode(text),
);

/** What checking the chain needs: the request's signature, its scope, and the caller's secret key. */
export interface EventSignatureChain {
  readonly seedSignature: string;
  readonly region: string;
  readonly service: string;
  readonly secretAccessKey: string;
  /**
   * The window around the wall clock a message's `:date` must fall in, as the request's own date must (a stream may
   * last long, so each message is held to it when it arrives). Unchecked when not given.
   */
  readonly skew?: { readonly now: () => number; readonly maxSkewMs: number };
}

/** The hex signature of an envelope's payload at its date, chained from the prior signature. */
export function eventSignature(chain: EventSignatureChain, prior: string, date: Date, payload: Uint8Array): string {
  const longDate = date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
  const shortDate = longDate.slice(0, 8);
  const scope = `${shortDate}/${chain.region}/${chain.service}/aws4_request`;
  const dateHeader = headerMarshaller.format({ ":date": { type: "timestamp", value: date } });
  const stringToSign = [EVENT_ALGORITHM, longDate, scope, prior, sha256Hex(dateHeader), sha256Hex(payload)].join("\n");
  return hmacHex(signingKey(chain.secretAccessKey, shortDate, chain.region, chain.service), stringToSign);
}

/** The body's messages as they arrive, one chunk each, every signature checked; `refuse` makes the error to throw. */
export async function* verifiedEventStream(
  body: unknown,
  chain: EventSignatureChain,
  refuse: (message: string) => Error,
): AsyncGenerator<Uint8Array, void, undefined> {
  let prior = chain.seedSignature;
  let ended = false;
  let index = 0;
  for await (const { message, bytes } of eventStreamMessages(body, "body")) {
    if (ended) throw refuse(`event message ${index} came after the stream's final signed message`);
    const date = message.headers[":date"];
    const signature = message.headers[":chunk-signature"];
    if (signature?.type !== "binary") {
      throw refuse(
        `event message ${index} is not signed: a signed event stream wraps each message with a :chunk-signature`,
      );
    }
    if (date?.type !== "timestamp") throw refuse(`event message ${index} must say its :date as a timestamp`);
    const skew = chain.skew;
    if (skew !== undefined && Math.abs(date.value.getTime() - skew.now()) > skew.maxSkewMs) {
      throw refuse(
        `event message ${index} is signed at ${date.value.toISOString()}, more than ${skew.maxSkewMs / 60_000} min. from the server's time`,
      );
    }
    const expected = eventSignature(chain, prior, date.value, message.body);
    const given = Buffer.from(signature.value).toString("hex");
    if (given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
      throw refuse(
        `The signature of event message ${index} does not match the one we calculated: check the signing key and that the message was not changed`,
      );
    }
    prior = expected;
    ended = message.body.byteLength === 0;
    index++;
    yield bytes;
  }
  if (!ended) throw refuse("the event stream ended without its final signed message: it may have been cut short");
}
