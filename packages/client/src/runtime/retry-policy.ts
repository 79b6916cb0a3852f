// The standard retry mode of AWS SDKs: which failures are worth another attempt, how long to wait (exponential
// backoff with full jitter, never less than a Retry-After the service asked for), and a retry quota so that a
// failing service is not hammered by every caller's retries at once.
import { INITIAL_RETRY_TOKENS, NO_RETRY_INCREMENT, RETRY_COST, TIMEOUT_RETRY_COST } from "@smithy/util-retry";
import type { RetryOptions } from "./config.js";

/** What went wrong with an attempt, as far as retrying is concerned. */
export type FailureKind = "throttling" | "transient" | "network" | "fatal";

const THROTTLING_CODES = new Set([
  "ThrottlingException",
  "Throttling",
  "ThrottledException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
  "LimitExceededException",
  "ProvisionedThroughputExceededException",
  "BandwidthLimitExceeded",
]);
const TRANSIENT_CODES = new Set(["RequestTimeout", "RequestTimeoutException"]);
const TRANSIENT_STATUSES = new Set([500, 502, 503, 504]);

/** Classifies an error response by its status and error code. Other 4xx answers are never retried. */
export function classifyResponse(statusCode: number, errorCode: string | undefined): FailureKind {
  if (statusCode === 429 || (errorCode !== undefined && THROTTLING_CODES.has(errorCode))) return "throttling";
  if (TRANSIENT_STATUSES.has(statusCode)) return "transient";
  if (errorCode !== undefined && TRANSIENT_CODES.has(errorCode)) return "transient";
  return "fatal";
}

/**
 * The wait a response asks for, in ms: `Retry-After` as seconds or as an HTTP-date, or `x-amz-retry-after` in
 * milliseconds. Undefined when there is none or it cannot be read.
 */
export function retryAfterMs(headers: Record<string, string>, now: number): number | undefined {
  const amz = headers["x-amz-retry-after"];
  if (amz !== undefined && /^\d+$/.test(amz.trim())) return Number(amz.trim());
  const value = headers["retry-after"]?.trim();
  if (value === undefined || value === "") return undefined;
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Retry decisions of one client: its attempt budget per call and its quota across calls. */
export class RetryPolicy {
  readonly #options: Required<RetryOptions>;
  #quota = INITIAL_RETRY_TOKENS;

  constructor(options: Required<RetryOptions>) {
    this.#options = options;
  }

  /** Tokens left in the retry quota; each retry spends some, each success earns some back. */
  get quota(): number {
    return this.#quota;
  }

  /**
   * How long to wait before attempt `attempt + 1`, or undefined when the call must end now: the failure is not
   * worth retrying, the attempts are used up or the quota is empty.
   */
  delayBeforeRetry(
    kind: FailureKind,
    attempt: number,
    maxAttempts: number,
    random: number,
    requestedMs: number | undefined,
  ): RetryDecision | undefined {
    if (kind === "fatal" || attempt >= maxAttempts) return undefined;
    const cost = kind === "network" ? TIMEOUT_RETRY_COST : RETRY_COST;
    if (this.#quota < cost) return undefined;
    this.#quota -= cost;
    const base = kind === "throttling" ? this.#options.throttlingBaseDelayMs : this.#options.baseDelayMs;
    const ceiling = Math.min(this.#options.maxDelayMs, base * 2 ** (attempt - 1));
    const jittered = Math.floor(random * ceiling);
    const delayMs = Math.min(this.#options.maxDelayMs, Math.max(jittered, requestedMs ?? 0));
    return { delayMs, cost };
  }

  /** A call succeeded: return what its retries cost, or a little when it needed none. */
  recordSuccess(retryCost: number): void {
    this.#quota = Math.min(INITIAL_RETRY_TOKENS, this.#quota + (retryCost > 0 ? retryCost : NO_RETRY_INCREMENT));
  }
}

export interface RetryDecision {
  delayMs: number;
  /** Quota tokens this retry spent. */
  cost: number;
}
