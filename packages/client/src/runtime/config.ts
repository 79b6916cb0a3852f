// The client configuration: names follow AWS's SDK (region, endpoint, credentials, requestHandler, maxAttempts,
// logger) so that code moves over; the rest is this client's own. resolveConfig checks every value once, at
// construction, and fills in the defaults.
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Logger } from "@smithy/types";
import { createDefaultRequestHandler, defaultCredentials, readEnvironment } from "#platform";
import { type BearerTokenConfig, type BearerTokenSource, bearerTokenSource } from "./bearer-token.js";
import { ConfigurationError } from "./client-errors.js";
import { type Clock, systemClock } from "./clock.js";
import { type CredentialSource, credentialSource } from "./credentials.js";
import { resolveEndpoint, type ServiceEndpointFacts } from "./endpoint.js";
import type { HttpRequestHandler } from "./http-handler.js";

/** Tuning of the standard retry mode. Every value has a default that suits AWS services. */
export interface RetryOptions {
  /** Base of the exponential backoff for transient errors, in ms (default 100). */
  baseDelayMs?: number;
  /** Base of the exponential backoff for throttling errors, in ms (default 500). */
  throttlingBaseDelayMs?: number;
  /** The longest wait between attempts, Retry-After included, in ms (default 20000). */
  maxDelayMs?: number;
}

export interface ClientConfig {
  /** The AWS region, such as `us-east-1`. Defaults to AWS_REGION, then AWS_DEFAULT_REGION. */
  region?: string;
  /** Where to send requests instead of the service's regional endpoint, such as `http://127.0.0.1:4566`. */
  endpoint?: string | URL | { url: string | URL };
  /**
   * Static credentials, or any provider of them (such as those of `@aws-sdk/credential-providers`). Defaults to
   * AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, read when the first request is signed.
   */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** What sends the HTTP requests. Defaults to a keep-alive NodeHttpHandler (a fetch handler in browsers). */
  requestHandler?: HttpRequestHandler;
  /** How many times a call may be attempted, the first included (default 3; 1 turns retries off). */
  maxAttempts?: number;
  retry?: RetryOptions;
  /** How long one attempt may take, from sending to the last byte of the response, in ms (default: no limit). */
  timeoutMs?: number;
  /** Check every constraint of the input (lengths, ranges, enums) before sending, not only required members. */
  strictInput?: boolean;
  /** Receives a debug line per retry. */
  logger?: Logger;
  /** Added to the user agent, such as `my-dashboard/1.2`. */
  customUserAgent?: string;
  /** The source of time, sleep and jitter; replace it to test retries without waiting. */
  clock?: Clock;
  /**
   * Milliseconds to add to the local clock when signing (server time - local time; default 0). The client keeps
   * it up to date from the Date header of the service's answers, as AWS's SDK does.
   */
  systemClockOffset?: number;
  /** Never compress request bodies, even for operations that allow it (`@requestCompression`; default false). */
  disableRequestCompression?: boolean;
  /** The smallest body, in bytes, that is compressed where an operation allows it (default 10240, as AWS's SDK). */
  requestMinCompressionSizeBytes?: number;
}

export interface ResolvedConfig {
  readonly region: string | undefined;
  readonly endpoint: URL;
  readonly credentials: CredentialSource;
  /** For a service that takes a bearer token, when one is configured. */
  readonly bearerToken: BearerTokenSource | undefined;
  readonly requestHandler: HttpRequestHandler;
  /** Whether the client made the handler, and so must destroy it. */
  readonly ownsRequestHandler: boolean;
  readonly maxAttempts: number;
  readonly retry: Required<RetryOptions>;
  readonly timeoutMs: number | undefined;
  readonly strictInput: boolean;
  readonly logger: Logger | undefined;
  readonly userAgent: string;
  readonly clock: Clock;
  /**
   * Milliseconds added to the local clock when signing: learnt from the service's answers, and settable (to carry
   * it over to a new client, for instance).
   */
  systemClockOffset: number;
  /** The smallest request body that is compressed, in bytes; undefined when compression is off. */
  readonly requestMinCompressionSizeBytes: number | undefined;
}

export interface ServiceFacts extends ServiceEndpointFacts {
  /** The SigV4 signing name; absent when the service takes unsigned requests. */
  readonly signingName?: string;
  /** Whether the service takes a bearer token (Smithy's httpBearerAuth). */
  readonly bearerAuth?: boolean;
}

const REGION = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function resolveConfig(config: ClientConfig, service: ServiceFacts): ResolvedConfig {
  if (typeof config !== "object" || config === null) {
    throw new ConfigurationError("config", "expected an object of client settings");
  }
  const region = config.region ?? readEnvironment("AWS_REGION") ?? readEnvironment("AWS_DEFAULT_REGION");
  if (region !== undefined && (typeof region !== "string" || !REGION.test(region))) {
    throw new ConfigurationError("region", `${JSON.stringify(region)} is not a region name such as us-east-1`);
  }
  if (region === undefined && service.signingName !== undefined) {
    throw new ConfigurationError(
      "region",
      "missing: requests are signed for a region; set the region option or the AWS_REGION environment variable",
    );
  }
  const requestHandler = config.requestHandler ?? createDefaultRequestHandler();
  if (typeof requestHandler?.handle !== "function") {
    throw new ConfigurationError("requestHandler", "expected an object with a handle(request, options) method");
  }
  return {
    region,
    endpoint: resolveEndpoint(config.endpoint, region, service),
    credentials: credentialSource(config.credentials, defaultCredentials),
    bearerToken: service.bearerAuth === true ? bearerTokenSource((config as BearerTokenConfig).token) : undefined,
    requestHandler,
    ownsRequestHandler: config.requestHandler === undefined,
    maxAttempts: positiveInteger("maxAttempts", config.maxAttempts) ?? 3,
    retry: {
      baseDelayMs: nonNegative("retry.baseDelayMs", config.retry?.baseDelayMs) ?? 100,
      throttlingBaseDelayMs: nonNegative("retry.throttlingBaseDelayMs", config.retry?.throttlingBaseDelayMs) ?? 500,
      maxDelayMs: nonNegative("retry.maxDelayMs", config.retry?.maxDelayMs) ?? 20_000,
    },
    timeoutMs: positive("timeoutMs", config.timeoutMs),
    strictInput: config.strictInput === true,
    logger: config.logger,
    userAgent: config.customUserAgent ? `rtca-client ${config.customUserAgent}` : "rtca-client",
    clock: config.clock ?? systemClock,
    systemClockOffset: finite("systemClockOffset", config.systemClockOffset) ?? 0,
    requestMinCompressionSizeBytes:
      config.disableRequestCompression === true
        ? undefined
        : (checkNumber(
            "requestMinCompressionSizeBytes",
            config.requestMinCompressionSizeBytes,
            (n) => n >= 0 && n <= 10_485_760,
            "0 to 10485760 bytes",
          ) ?? 10_240),
  };
}

/** A whole number of at least 1, or undefined when not set. */
export function positiveInteger(key: string, value: number | undefined): number | undefined {
  return checkNumber(key, value, (n) => Number.isInteger(n) && n >= 1, "a whole number of at least 1");
}

/** A finite number above 0, or undefined when not set. */
export function positive(key: string, value: number | undefined): number | undefined {
  return checkNumber(key, value, (n) => n > 0 && n < Infinity, "a number of milliseconds above 0");
}

function finite(key: string, value: number | undefined): number | undefined {
  return checkNumber(key, value, (n) => Number.isFinite(n), "a finite number of milliseconds");
}

function nonNegative(key: string, value: number | undefined): number | undefined {
  return checkNumber(key, value, (n) => n >= 0 && n < Infinity, "a number of milliseconds of at least 0");
}

function checkNumber(
  key: string,
  value: number | undefined,
  valid: (n: number) => boolean,
  expected: string,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !valid(value)) {
    throw new ConfigurationError(key, `expected ${expected}, got ${String(value)}`);
  }
  return value;
}
