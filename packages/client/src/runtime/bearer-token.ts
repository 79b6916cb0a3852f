// The bearer token of services that use Smithy's httpBearerAuth (such as the fake server's control plane when it is
// locked): a string, a TokenIdentity as AWS's SDKs describe one, or a provider of it, asked before every attempt.
import { ConfigurationError, CredentialsError } from "./client-errors.js";

/** A bearer token, as AWS's SDKs describe one. */
export interface TokenIdentity {
  readonly token: string;
  readonly expiration?: Date;
}

export type TokenIdentityProvider = () => Promise<TokenIdentity>;

/** The settings of a client for a service that takes a bearer token. */
export interface BearerTokenConfig {
  /** Sent as `Authorization: Bearer <token>` with every request; without it, requests carry no token. */
  token?: string | TokenIdentity | TokenIdentityProvider;
}

/** Resolves the token to send with the next request. */
export type BearerTokenSource = () => Promise<string>;

/** A token travels in a header: visible ASCII, no spaces. */
const TOKEN_SYNTAX = /^[\x21-\x7e]+$/;

function checkToken(token: unknown, where: string): string {
  if (typeof token !== "string" || !TOKEN_SYNTAX.test(token)) {
    throw new ConfigurationError(where, "expected a token of visible ASCII characters without spaces");
  }
  return token;
}

export function bearerTokenSource(configured: BearerTokenConfig["token"]): BearerTokenSource | undefined {
  if (configured === undefined) return undefined;
  if (typeof configured === "function") {
    return async () => {
      const identity = await configured();
      try {
        return checkToken(identity?.token, "token");
      } catch (error) {
        throw new CredentialsError(`the token provider gave no usable token: ${(error as Error).message}`);
      }
    };
  }
  const token = checkToken(typeof configured === "string" ? configured : configured?.token, "token");
  return async () => token;
}
