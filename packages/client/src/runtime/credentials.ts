// Where the signing credentials come from: static ones, any AwsCredentialIdentityProvider, or the platform's
// default (in Node.js the AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN environment variables).
// Provided credentials are cached until shortly before they expire, so that a provider is not asked every time.
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";
import { CredentialsError } from "./client-errors.js";

/** Resolves the credentials to sign the next request with. */
export type CredentialSource = () => Promise<AwsCredentialIdentity>;

/** Credentials that expire within this window are fetched again before use. */
const REFRESH_WINDOW_MS = 5 * 60 * 1000;

export function credentialSource(
  configured: AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined,
  defaultProvider: AwsCredentialIdentityProvider,
): CredentialSource {
  if (configured === undefined) return cached(defaultProvider);
  if (typeof configured === "function") return cached(configured);
  if (typeof configured === "object" && configured !== null) {
    const identity = checkIdentity(configured, "the credentials option");
    return async () => identity;
  }
  throw new CredentialsError(
    "the credentials option must be { accessKeyId, secretAccessKey, sessionToken? } or a function that resolves to it",
  );
}

/**
 * Credentials from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, as read by `readEnvironment`:
 * the default where there is an environment (Node.js).
 */
export function environmentCredentials(readEnvironment: (name: string) => string | undefined): AwsCredentialIdentity {
  const accessKeyId = readEnvironment("AWS_ACCESS_KEY_ID");
  const secretAccessKey = readEnvironment("AWS_SECRET_ACCESS_KEY");
  if (accessKeyId === undefined || secretAccessKey === undefined) {
    throw new CredentialsError(
      "no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary credentials), or pass the credentials option",
    );
  }
  const sessionToken = readEnvironment("AWS_SESSION_TOKEN");
  return sessionToken === undefined ? { accessKeyId, secretAccessKey } : { accessKeyId, secretAccessKey, sessionToken };
}

function cached(provider: AwsCredentialIdentityProvider): CredentialSource {
  let current: AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  const fetchIdentity = async (): Promise<AwsCredentialIdentity> => {
    try {
      current = checkIdentity(await provider(), "the credential provider's answer");
      return current;
    } catch (error) {
      current = undefined;
      if (error instanceof CredentialsError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new CredentialsError(`the credential provider failed: ${detail}`, { cause: error });
    }
  };
  return async () => {
    if (current !== undefined && !expiresSoon(current)) return current;
    // Calls that arrive while the provider is working share its answer; a failure is not cached.
    if (pending === undefined) {
      const attempt = fetchIdentity();
      pending = attempt;
      const clear = () => {
        if (pending === attempt) pending = undefined;
      };
      attempt.then(clear, clear);
    }
    return pending;
  };
}

function expiresSoon(identity: AwsCredentialIdentity): boolean {
  return identity.expiration !== undefined && identity.expiration.getTime() - Date.now() < REFRESH_WINDOW_MS;
}

function checkIdentity(value: unknown, what: string): AwsCredentialIdentity {
  const identity = value as Partial<AwsCredentialIdentity> | null | undefined;
  if (typeof identity !== "object" || identity === null) {
    throw new CredentialsError(`${what} is not credentials: expected { accessKeyId, secretAccessKey }`);
  }
  for (const key of ["accessKeyId", "secretAccessKey"] as const) {
    if (typeof identity[key] !== "string" || identity[key] === "") {
      throw new CredentialsError(`${what} has no ${key}`);
    }
  }
  if (identity.sessionToken !== undefined && typeof identity.sessionToken !== "string") {
    throw new CredentialsError(`${what} has a sessionToken that is not a string`);
  }
  return identity as AwsCredentialIdentity;
}
