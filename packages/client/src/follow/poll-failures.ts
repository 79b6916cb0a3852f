// What a failed poll means for whoever follows contacts: whether it is worth another try, and how long to wait.
import { NetworkError, RequestAbortedError, RequestTimeoutError, ServiceException } from "../runtime/index.js";
import { classifyResponse, retryAfterMs } from "../runtime/retry-policy.js";

export type FailureKind = "throttling" | "transient";

/** Whether a failed poll is worth another try: throttling, a server fault, a broken connection or a timeout. */
export function retryKind(error: unknown): FailureKind | undefined {
  if (error instanceof RequestAbortedError) return undefined;
  if (error instanceof NetworkError || error instanceof RequestTimeoutError) return "transient";
  if (error instanceof ServiceException) {
    const kind = classifyResponse(error.$metadata.httpStatusCode ?? 0, error.name);
    if (kind === "throttling") return "throttling";
    if (kind === "transient") return "transient";
  }
  return undefined;
}

/** The wait the service asked for (Retry-After), in ms, if any. */
export function requestedDelay(error: unknown, now: number): number | undefined {
  if (!(error instanceof ServiceException) || error.$response === undefined) return undefined;
  return retryAfterMs(error.$response.headers, now);
}

/** Exponential backoff from `baseMs`, half fixed and half jitter, at most `maxMs`, never shorter than asked for. */
export function backoffMs(
  baseMs: number,
  maxMs: number,
  failures: number,
  random: number,
  requestedMs: number | undefined,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (failures - 1));
  const delay = Math.round(ceiling / 2 + (random * ceiling) / 2);
  return Math.max(delay, Math.min(requestedMs ?? 0, maxMs));
}
