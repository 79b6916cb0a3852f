// What the runtime needs from its platform, for Node.js: a keep-alive HTTP handler, SHA-256 from node:crypto and
// the process environment. The browser build swaps this file for platform.browser.ts (package.json "imports").

import { Readable } from "node:stream";
import { Hash } from "@smithy/hash-node";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { AwsCredentialIdentity, ChecksumConstructor } from "@smithy/types";
import { environmentCredentials } from "./credentials.js";
import type { HttpRequestHandler } from "./http-handler.js";

/** A handler over node:http(s) whose agents keep connections alive (up to 50 sockets per host). */
export function createDefaultRequestHandler(): HttpRequestHandler {
  return new NodeHttpHandler({
    httpAgent: { keepAlive: true, maxSockets: 50 },
    httpsAgent: { keepAlive: true, maxSockets: 50 },
  });
}

export const Sha256: ChecksumConstructor = Hash.bind(null, "sha256") as unknown as ChecksumConstructor;

export function readEnvironment(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === "" ? undefined : value;
}

/** The credentials a client uses when given none: the environment's. */
export async function defaultCredentials(): Promise<AwsCredentialIdentity> {
  return environmentCredentials(readEnvironment);
}

/** A request body sent as it comes, as NodeHttpHandler pipes it: a Node Readable. */
export function requestStreamBody(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  return chunks instanceof Readable ? chunks : Readable.from(chunks, { objectMode: false });
}
