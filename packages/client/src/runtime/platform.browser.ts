// What the runtime needs from its platform, for browsers (and other fetch-only runtimes): a fetch handler, SHA-256
// from WebCrypto, and no environment. Chosen over platform.node.ts by the "browser" condition of package.json
// "imports", so that no node built-in reaches a browser bundle.
import { webStreamOf } from "@rtca/types";
import type { AwsCredentialIdentity } from "@smithy/types";
import { CredentialsError } from "./client-errors.js";
import { FetchRequestHandler } from "./fetch-handler.js";
import type { HttpRequestHandler } from "./http-handler.js";
import { WebCryptoSha256 } from "./sha256-webcrypto.js";

export function createDefaultRequestHandler(): HttpRequestHandler {
  return new FetchRequestHandler();
}

export const Sha256 = WebCryptoSha256;

/** Browsers have no process environment: configuration comes from the code. */
export function readEnvironment(_name: string): string | undefined {
  return undefined;
}

/** A browser has no credentials to fall back on. */
export async function defaultCredentials(): Promise<AwsCredentialIdentity> {
  throw new CredentialsError("no credentials: in a browser, pass the credentials option (such as a Cognito provider)");
}

/** A request body sent as it comes, as fetch takes it: a web ReadableStream (fetch sends it with `duplex: "half"`). */
export function requestStreamBody(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  if (chunks instanceof ReadableStream) return chunks;
  return webStreamOf(chunks[Symbol.asyncIterator]()) as unknown as AsyncIterable<Uint8Array>;
}
