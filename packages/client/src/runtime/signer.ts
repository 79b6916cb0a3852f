// SigV4 signing (Authorization header) for the service's signing name and the configured region. A service without
// a signing name (the fake's control plane) is called unsigned.
//
// The steps are written here rather than taken from @smithy/signature-v4: every helper of that package imports
// @smithy/core's serde entry point, whose module-level code (a blob adapter class, a UUID generator, base64 tables)
// no bundler can drop, so a browser bundle of one call paid about 6 KB minified for code it never runs. A property
// test in test/signing.test.ts checks, on random requests, that every header is the one SignatureV4 itself gives.
import { sigV4CanonicalPath, sigV4CanonicalQuery } from "@rtca/types";
import { HttpRequest } from "@smithy/protocol-http";
import type { AwsCredentialIdentity, ChecksumConstructor, SourceData } from "@smithy/types";
import { Sha256 } from "#platform";
import { CredentialsError } from "./client-errors.js";
import type { CredentialSource } from "./credentials.js";
import { hex } from "./hex.js";

export interface RequestSigner {
  sign(request: HttpRequest, signingDate: Date): Promise<HttpRequest>;
}

export function createSigner(
  signingName: string | undefined,
  region: string | undefined,
  credentials: CredentialSource,
  sha256: ChecksumConstructor = Sha256,
): RequestSigner | undefined {
  if (signingName === undefined || region === undefined) return undefined;
  return new RequestSignerV4(signingName, region, credentials, sha256);
}

const ALGORITHM = "AWS4-HMAC-SHA256";
const CONTENT_SHA256 = "x-amz-content-sha256";
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
/** Headers the signer itself sets: any the request carries are dropped first. */
const SIGNER_HEADERS = ["authorization", "x-amz-date", "date"];
/** Headers that proxies, agents or browsers may change on the way: never signed. */
const UNSIGNED_HEADERS = new Set([
  "authorization",
  "cache-control",
  "connection",
  "expect",
  "from",
  "keep-alive",
  "max-forwards",
  "pragma",
  "referer",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "user-agent",
  "x-amzn-trace-id",
]);
const UNSIGNED_PREFIX = /^(?:proxy|sec)-/;
const encoder = new TextEncoder();

/** Signs requests for one service and region; never presigns. */
export class RequestSignerV4 implements RequestSigner {
  readonly #service: string;
  readonly #region: string;
  readonly #credentials: CredentialSource;
  readonly #sha256: ChecksumConstructor;
  /** The signing key of the last day and credentials signed with: it changes once a day. */
  #key: { scope: string; credentials: AwsCredentialIdentity; key: Promise<Uint8Array> } | undefined;

  constructor(service: string, region: string, credentials: CredentialSource, sha256: ChecksumConstructor) {
    this.#service = service;
    this.#region = region;
    this.#credentials = credentials;
    this.#sha256 = sha256;
  }

  async sign(request: HttpRequest, signingDate: Date): Promise<HttpRequest> {
    const credentials = await this.#credentials();
    if (typeof credentials?.accessKeyId !== "string" || typeof credentials.secretAccessKey !== "string") {
      throw new CredentialsError("the credentials to sign with have no accessKeyId and secretAccessKey strings");
    }
    const signed = HttpRequest.clone(request);
    const headers = signed.headers;
    for (const name of Object.keys(headers)) {
      if (SIGNER_HEADERS.includes(name.toLowerCase())) delete headers[name];
    }
    const longDate = signingDate
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z")
      .replace(/[-:]/g, "");
    const shortDate = longDate.slice(0, 8);
    const scope = `${shortDate}/${this.#region}/${this.#service}/aws4_request`;
    headers["x-amz-date"] = longDate;
    if (credentials.sessionToken) headers["x-amz-security-token"] = credentials.sessionToken;
    const given = Object.keys(headers).find((name) => name.toLowerCase() === CONTENT_SHA256);
    const payloadHash = given === undefined ? await this.#payloadHash(signed.body) : headers[given]!;
    if (given === undefined) headers[CONTENT_SHA256] = payloadHash;

    const canonical = new Map<string, string>();
    for (const name of Object.keys(headers).sort()) {
      const value = headers[name];
      const lower = name.toLowerCase();
      if (value == null || UNSIGNED_HEADERS.has(lower) || UNSIGNED_PREFIX.test(lower)) continue;
      canonical.set(
        lower,
        value
          .replace(/[\r\n]/g, " ")
          .replace(/[ \t]+/g, " ")
          .replace(/^ | $/g, ""),
      );
    }
    const names = [...canonical.keys()].sort();
    const canonicalRequest = [
      signed.method,
      sigV4CanonicalPath(signed.path),
      sigV4CanonicalQuery(signed.query),
      ...names.map((name) => `${name}:${canonical.get(name)}`),
      "",
      names.join(";"),
      payloadHash,
    ].join("\n");
    const stringToSign = `${ALGORITHM}\n${longDate}\n${scope}\n${hex(await this.#hash(canonicalRequest))}`;
    const signature = hex(await this.#hash(stringToSign, await this.#signingKey(credentials, scope, shortDate)));
    headers["authorization"] =
      `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${names.join(";")}, Signature=${signature}`;
    return signed;
  }

  #signingKey(credentials: AwsCredentialIdentity, scope: string, shortDate: string): Promise<Uint8Array> {
    const cached = this.#key;
    if (cached?.scope === scope && cached.credentials === credentials) return cached.key;
    const key = (async () => {
      let key: SourceData = `AWS4${credentials.secretAccessKey}`;
      for (const part of [shortDate, this.#region, this.#service, "aws4_request"]) key = await this.#hash(part, key);
      return key as Uint8Array;
    })();
    this.#key = { scope, credentials, key };
    return key;
  }

  /** SHA-256 of the data, or its HMAC-SHA256 under the key when one is given. */
  #hash(data: string | Uint8Array, key?: SourceData): Promise<Uint8Array> {
    const hash = new this.#sha256(key);
    hash.update(typeof data === "string" ? encoder.encode(data) : data);
    return hash.digest();
  }

  async #payloadHash(body: unknown): Promise<string> {
    if (body == null) return EMPTY_SHA256;
    if (typeof body === "string" || body instanceof Uint8Array) return hex(await this.#hash(body));
    if (ArrayBuffer.isView(body))
      return hex(await this.#hash(new Uint8Array(body.buffer, body.byteOffset, body.byteLength)));
    if (body instanceof ArrayBuffer) return hex(await this.#hash(new Uint8Array(body)));
    return "UNSIGNED-PAYLOAD";
  }
}
