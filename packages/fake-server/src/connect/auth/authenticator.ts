// Authentication of Connect API requests. By default a request must carry a well-formed SigV4 Authorization header
// scoped to the service; checking the signature itself against known credentials is opt-in.
import { timingSafeEqual } from "node:crypto";
import type { HttpRequestParts } from "@rtca/types";
import { ProtocolError } from "../../runtime/index.js";
import {
  type CredentialScope,
  MalformedAuthorizationError,
  parseAuthorization,
  readWellFormedScope,
  type SigV4Authorization,
} from "./authorization-header.js";
import { verifiedEventStream } from "./event-signatures.js";
import type { GrantTable } from "./grants.js";
import { canonicalRequest, checkedStream, computeSignature, declaredPayloadHash } from "./signature.js";

export interface Credential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export interface AuthOptions {
  /**
   * `require` (the default): a SigV4 Authorization header scoped to the service must be present and well formed.
   * `verify`: the request must also carry X-Amz-Date, sign Host, be recent, and its signature must be right for
   * one of `credentials`.
   * `off`: anything goes.
   */
  readonly mode?: "require" | "verify" | "off";
  readonly credentials?: readonly Credential[];
  /** How far a request's X-Amz-Date may be from the wall clock when verifying; 15 minutes by default, as AWS. */
  readonly maxSkewMs?: number;
  /**
   * When verifying: whether `x-amz-content-sha256: UNSIGNED-PAYLOAD` is accepted. It leaves the body out of the
   * signature, so that the body can change after signing; refused by default, except for a body that is streamed
   * (a `@streaming` blob input), which no signer can hash up front.
   */
  readonly allowUnsignedPayload?: boolean;
  /**
   * Instance ids by access key id: a key listed here may read only those instances (AccessDeniedException
   * otherwise); a key that is not listed reads every instance.
   */
  readonly grants?: GrantTable;
  /**
   * Wall time for the skew check and for the Date header of the answers (signers use the caller's wall clock, not
   * the fake's scenario clock); Date.now by default. Set it off the host's time to see how a client copes.
   */
  readonly wallClock?: () => number;
}

/** Who made a request, as far as the fake can tell. */
export interface Caller {
  /** The access key, or "anonymous" when authentication is off and the request is not signed. */
  readonly accessKeyId: string;
}

const unrecognized = (message: string) => new ProtocolError("UnrecognizedClientException", 403, message);
const invalidSignature = (message: string) => new ProtocolError("InvalidSignatureException", 403, message);
const payloadMismatch = () =>
  invalidSignature("The provided 'x-amz-content-sha256' header does not match what was computed.");

export class Authenticator {
  readonly #mode: "require" | "verify" | "off";
  readonly #secrets: ReadonlyMap<string, string>;
  readonly #maxSkewMs: number;
  readonly #allowUnsignedPayload: boolean;
  readonly #wallClock: () => number;
  readonly #signingName: string;

  constructor(signingName: string, options: AuthOptions = {}) {
    this.#signingName = signingName;
    this.#mode = options.mode ?? "require";
    this.#secrets = new Map((options.credentials ?? []).map((c) => [c.accessKeyId, c.secretAccessKey]));
    if (this.#mode === "verify" && this.#secrets.size === 0) {
      throw new RangeError("verifying signatures needs at least one credential (access key id and secret key)");
    }
    this.#maxSkewMs = options.maxSkewMs ?? 15 * 60 * 1000;
    this.#allowUnsignedPayload = options.allowUnsignedPayload ?? false;
    this.#wallClock = options.wallClock ?? Date.now;
  }

  get mode(): "require" | "verify" | "off" {
    return this.#mode;
  }

  /**
   * The caller of a request; throws a ProtocolError (403) when the request does not authenticate. When verifying a
   * streamed body with a declared hash, the request's stream is replaced by one that checks the hash at its end.
   */
  authenticate(request: HttpRequestParts): Caller {
    const header = request.headers["authorization"];
    if (this.#mode === "off") {
      if (header === undefined) return { accessKeyId: "anonymous" };
      try {
        return { accessKeyId: parseAuthorization(header).accessKeyId };
      } catch {
        return { accessKeyId: "anonymous" };
      }
    }
    if (header === undefined) {
      throw unrecognized(
        `Missing Authentication Token: sign the request with SigV4 for service '${this.#signingName}'`,
      );
    }
    if (this.#mode === "require") {
      // The usual case, and the one to keep cheap: a well-formed header, whose signature is not checked.
      const scope = readWellFormedScope(header) ?? this.#parse(header);
      this.#checkService(scope);
      return scope;
    }
    const authorization = this.#parse(header);
    this.#checkService(authorization);
    this.#verify(request, authorization);
    return { accessKeyId: authorization.accessKeyId };
  }

  /** The parts of a header; InvalidSignatureException saying what is wrong when it is malformed. */
  #parse(header: string): SigV4Authorization {
    try {
      return parseAuthorization(header);
    } catch (error) {
      if (error instanceof MalformedAuthorizationError) throw invalidSignature(error.message);
      throw error;
    }
  }

  #checkService(scope: CredentialScope): void {
    if (scope.service !== this.#signingName) {
      throw invalidSignature(`Credential should be scoped to correct service: '${this.#signingName}'.`);
    }
  }

  #verify(request: HttpRequestParts, authorization: SigV4Authorization): void {
    const longDate = request.headers["x-amz-date"];
    if (longDate === undefined || !/^\d{8}T\d{6}Z$/.test(longDate)) {
      throw invalidSignature("The request must carry X-Amz-Date in the form yyyyMMddTHHmmssZ");
    }
    if (!longDate.startsWith(authorization.shortDate)) {
      throw invalidSignature(
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP",
      );
    }
    if (!authorization.signedHeaders.includes("host")) throw invalidSignature("'Host' must be a signed header");
    const secret = this.#secrets.get(authorization.accessKeyId);
    if (secret === undefined) throw unrecognized("The security token included in the request is invalid.");
    const signedAt = Date.parse(
      `${longDate.slice(0, 4)}-${longDate.slice(4, 6)}-${longDate.slice(6, 8)}T${longDate.slice(9, 11)}:${longDate.slice(11, 13)}:${longDate.slice(13, 15)}Z`,
    );
    const now = this.#wallClock();
    if (Number.isNaN(signedAt)) throw invalidSignature(`X-Amz-Date ${longDate} is not a valid date`);
    const skew = skewMessage(longDate, signedAt, now, this.#maxSkewMs);
    if (skew !== undefined) throw invalidSignature(skew);
    const payloadHash = declaredPayloadHash(request);
    // A body sent as it comes (a streaming blob) cannot be hashed before it is signed: AWS's signers then sign
    // UNSIGNED-PAYLOAD, which is accepted for such a body whatever allowUnsignedPayload says.
    if (payloadHash === "unsigned" && !this.#allowUnsignedPayload && request.stream === undefined) {
      throw invalidSignature(
        "x-amz-content-sha256: UNSIGNED-PAYLOAD leaves the body unsigned, which this server does not accept: sign the payload",
      );
    }
    if (payloadHash === "malformed") {
      throw invalidSignature("x-amz-content-sha256 must be the SHA-256 of the body in lower-case hex");
    }
    if (payloadHash === "mismatch") throw payloadMismatch();
    const declared = request.headers["x-amz-content-sha256"];
    if (request.stream !== undefined && declared !== undefined && payloadHash === "matches") {
      request.stream = checkedStream(request.stream, declared, payloadMismatch);
    }
    const canonical = canonicalRequest(request, authorization.signedHeaders);
    const expected = canonical === undefined ? undefined : computeSignature(canonical, authorization, longDate, secret);
    if (expected === undefined || !timingSafeEqual(Buffer.from(expected), Buffer.from(authorization.signature))) {
      throw invalidSignature(
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.",
      );
    }
    // An event stream: each message is signed on its own, chained from the request's signature, and checked as
    // the body is read.
    if (payloadHash === "events") {
      request.stream = verifiedEventStream(
        request.stream ?? request.body,
        {
          seedSignature: authorization.signature,
          region: authorization.region,
          service: authorization.service,
          secretAccessKey: secret,
          skew: { now: this.#wallClock, maxSkewMs: this.#maxSkewMs },
        },
        invalidSignature,
      );
    }
  }
}

/**
 * How AWS words a signature time outside the window it accepts around its own clock, with both ends of the
 * window in SigV4's basic ISO 8601 form; undefined when the time is inside it.
 */
function skewMessage(longDate: string, signedAt: number, now: number, maxSkewMs: number): string | undefined {
  const minutes = `${maxSkewMs / 60_000} min.`;
  if (signedAt < now - maxSkewMs) {
    return `Signature expired: ${longDate} is now earlier than ${amzDate(now - maxSkewMs)} (${amzDate(now)} - ${minutes})`;
  }
  if (signedAt > now + maxSkewMs) {
    return `Signature not yet current: ${longDate} is still later than ${amzDate(now + maxSkewMs)} (${amzDate(now)} + ${minutes})`;
  }
  return undefined;
}

function amzDate(time: number): string {
  return new Date(time)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}
