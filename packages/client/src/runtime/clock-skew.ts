// Clock-skew correction, as AWS's SDKs do it: the client keeps an offset (server time - local time) learnt from
// the Date header of the service's answers and signs with local time + offset, so that a machine whose clock is
// off still signs requests the service accepts.

/** Error codes with which AWS services refuse a request signed at a time too far from theirs. */
const CLOCK_SKEW_ERROR_CODES = new Set([
  "AuthFailure",
  "InvalidSignatureException",
  "RequestExpired",
  "RequestInTheFuture",
  "RequestTimeTooSkewed",
  "SignatureDoesNotMatch",
]);

/**
 * How far the corrected clock may drift from the server's before the offset is learnt again. Below it, the
 * one-second resolution of the Date header would only add noise; services accept 15 minutes either way.
 */
const SKEW_THRESHOLD_MS = 5 * 60 * 1000;

export function isClockSkewErrorCode(code: string | undefined): boolean {
  return code !== undefined && CLOCK_SKEW_ERROR_CODES.has(code);
}

/**
 * The server's time as an answer states it: its Date header, unless an Age header says the answer came from a
 * cache (whose Date is when it was first made). Undefined when there is none or it cannot be read.
 */
export function serverTimeOf(headers: Record<string, string>): number | undefined {
  const date = headers["date"];
  if (date === undefined || headers["age"] !== undefined) return undefined;
  const time = Date.parse(date);
  return Number.isNaN(time) ? undefined : time;
}

/** The offset to sign with from now on: learnt afresh when the corrected clock is off the server's by 5 min or more. */
export function updatedClockOffset(serverTime: number, localNow: number, currentOffset: number): number {
  return Math.abs(localNow + currentOffset - serverTime) >= SKEW_THRESHOLD_MS ? serverTime - localNow : currentOffset;
}
