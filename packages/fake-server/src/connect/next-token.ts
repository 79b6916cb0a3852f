// Pagination tokens: opaque to callers, versioned, HMAC-signed with the server's secret, expiring on the fake's
// clock, and bound to the request they continue (instance, contact, output type and segment types), as Smithy's
// guidance for pagination asks. Inside: where in the contact's arrival order the next page starts. A token names
// that position for those parameters: at the live edge of a contact in progress the same token is handed back
// (see list-segments.ts), so a paginator that stops on a repeated token ends its snapshot there.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const VERSION = "v1";

/** What a token must match to be accepted. */
export interface TokenBinding {
  readonly instanceId: string;
  readonly contactId: string;
  /** The contact's incarnation: a contact deleted and made again with the same id gets a new one. */
  readonly incarnation: string;
  readonly outputType: string;
  /** Normalized: without repeats, sorted. */
  readonly segmentTypes: readonly string[];
}

/** Why a token was refused; the message is meant for the caller. */
export class InvalidTokenError extends Error {
  override readonly name = "InvalidTokenError";
}

interface Payload {
  /** instance, contact, incarnation, output type, segment types */
  b: [string, string, string, string, string[]];
  /** position: segments of the contact's arrival order already passed */
  p: number;
  /** expires at, ms on the fake's clock */
  x: number;
}

/** What a token holds once its signature has been checked. */
export interface ReadToken {
  /** Segments of the contact's arrival order already passed. */
  readonly position: number;
  /** ms on the fake's clock */
  readonly expiresAt: number;
}

/** The signature part: an HMAC-SHA256 in base64url without padding, the one way this codec writes it. */
const CANONICAL_SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

export class NextTokenCodec {
  readonly #secret: Buffer;
  readonly #ttlMs: number;

  constructor(options: { secret?: string | Uint8Array; ttlMs?: number } = {}) {
    this.#secret = options.secret === undefined ? randomBytes(32) : Buffer.from(options.secret);
    if (this.#secret.length === 0) throw new RangeError("the token secret must not be empty");
    this.#ttlMs = options.ttlMs ?? 60 * 60 * 1000;
    if (!(this.#ttlMs > 0)) throw new RangeError(`the token lifetime must be positive, got ${this.#ttlMs} ms`);
  }

  issue(binding: TokenBinding, position: number, now: number): string {
    const payload: Payload = {
      b: [binding.instanceId, binding.contactId, binding.incarnation, binding.outputType, [...binding.segmentTypes]],
      p: position,
      x: now + this.#ttlMs,
    };
    const body = `${VERSION}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}`;
    return `${body}.${this.#sign(body).toString("base64url")}`;
  }

  get ttlMs(): number {
    return this.#ttlMs;
  }

  /** The position a token resumes from. Throws InvalidTokenError when it is forged, expired or for another request. */
  read(token: string, binding: TokenBinding, now: number): number {
    return this.readToken(token, binding, now).position;
  }

  /** What a token holds. Throws InvalidTokenError when it is forged, expired or for another request. */
  readToken(token: string, binding: TokenBinding, now: number): ReadToken {
    const parts = token.split(".");
    if (parts.length !== 3) throw new InvalidTokenError("the NextToken is malformed");
    const [version, encoded, signature] = parts as [string, string, string];
    if (version !== VERSION)
      throw new InvalidTokenError(`the NextToken has an unsupported version (${version.slice(0, 16)})`);
    // Node's base64url decoder skips what it does not expect (padding, spaces, newlines, + and /): only the form
    // written here is taken, so that one token has one spelling.
    const given = Buffer.from(signature, "base64url");
    if (!CANONICAL_SIGNATURE.test(signature) || given.toString("base64url") !== signature) {
      throw new InvalidTokenError("the NextToken was not issued by this server or has been altered");
    }
    const expected = this.#sign(`${version}.${encoded}`);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new InvalidTokenError("the NextToken was not issued by this server or has been altered");
    }
    const payload = parsePayload(encoded);
    if (now > payload.x) throw new InvalidTokenError("the NextToken has expired: start again without a token");
    const [instanceId, contactId, incarnation, outputType, segmentTypes] = payload.b;
    if (instanceId !== binding.instanceId || contactId !== binding.contactId || incarnation !== binding.incarnation) {
      throw new InvalidTokenError("the NextToken belongs to another contact");
    }
    if (outputType !== binding.outputType)
      throw new InvalidTokenError("the NextToken was issued for another OutputType");
    if (segmentTypes.join(",") !== binding.segmentTypes.join(",")) {
      throw new InvalidTokenError("the NextToken was issued for other SegmentTypes");
    }
    return { position: payload.p, expiresAt: payload.x };
  }

  #sign(body: string): Buffer {
    return createHmac("sha256", this.#secret).update(body).digest();
  }
}

function parsePayload(encoded: string): Payload {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    throw new InvalidTokenError("the NextToken is malformed");
  }
  // The signature vouches for the payload, so a mismatch here means a bug, not a forgery; check anyway.
  const p = value as Partial<Payload>;
  if (
    !Array.isArray(p.b) ||
    p.b.length !== 5 ||
    !Array.isArray(p.b[4]) ||
    !Number.isInteger(p.p) ||
    typeof p.x !== "number"
  ) {
    throw new InvalidTokenError("the NextToken is malformed");
  }
  return p as Payload;
}
