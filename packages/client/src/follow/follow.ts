// followSegments: the live view of a contact's analysis. It polls ListRealtimeContactAnalysisSegmentsV2, resumes
// from the last token it was given, yields each segment once, and ends when the contact's analysis is COMPLETED or
// FAILED and the service has nothing more to give (see end-watch.ts). Every request goes through a pacer (2 per second by default, the service's
// quota), throttling and transient failures are retried here with backoff rather than by the client, and a page
// is only taken as read once all its segments were yielded, so a failure never loses one.
import type {
  ListRealtimeContactAnalysisSegmentsV2Request,
  ListRealtimeContactAnalysisSegmentsV2Response,
  RealTimeContactAnalysisStatus,
  RealTimeContactAnalysisSupportedChannel,
  RealtimeContactAnalysisSegment,
} from "@rtca/types";
import { type CallOptions, type Clock, RequestAbortedError, systemClock } from "../runtime/index.js";
import { ContactCursor } from "./contact-cursor.js";
import { backoffMs, type FailureKind, requestedDelay, retryKind } from "./poll-failures.js";
import { RequestPacer } from "./request-pacer.js";

/** Anything that can read a page of segments: a ConnectClient, or a stand-in for one. */
export interface SegmentsReader {
  listRealtimeContactAnalysisSegmentsV2(
    input: ListRealtimeContactAnalysisSegmentsV2Request,
    options?: CallOptions,
  ): Promise<ListRealtimeContactAnalysisSegmentsV2Response>;
}

export type FollowInput = Omit<ListRealtimeContactAnalysisSegmentsV2Request, "NextToken" | "MaxResults">;

/** How long following waits for late segments after the analysis ends, unless told otherwise. */
export const DEFAULT_GRACE_AFTER_END_MS = 30_000;

export interface FollowOptions {
  /** How long to wait before polling again once every segment so far has been read, in ms (default 1000). */
  pollIntervalMs?: number;
  /** Ends the iteration, with a RequestAbortedError, when aborted. */
  signal?: AbortSignal;
  /** The most requests to send per second (default 2, the service's quota). */
  maxRequestsPerSecond?: number;
  /** The page size to ask for (MaxResults); the service's default when absent. */
  pageSize?: number;
  /** A token to resume from, such as `lastToken` of an earlier run. */
  startingToken?: string;
  /**
   * Once the contact's analysis is COMPLETED or FAILED, how long to keep polling for segments that come after it
   * (a post-contact summary) while the service still hands out a token, in ms from the status change or the last
   * such segment (default 30000). Following ends at once when the service gives no token.
   */
  graceAfterEndMs?: number;
  /** How many failed polls in a row to bear before giving up with the last error (default 10). */
  maxConsecutiveFailures?: number;
  /** The longest backoff after failures, in ms (default 30000). */
  maxBackoffMs?: number;
  /** Called after every page with where the contact stands. */
  onPage?: (progress: FollowProgress) => void;
  /** Called before waiting out a throttling or transient failure. */
  onRetry?: (retry: FollowRetry) => void;
  /** The source of time and jitter; replace it to test without waiting. */
  clock?: Clock;
}

export interface FollowProgress {
  status: RealTimeContactAnalysisStatus;
  channel: RealTimeContactAnalysisSupportedChannel;
  /** Segments in this page that had not been seen before. */
  newSegments: number;
  /** Segments yielded so far. */
  totalSegments: number;
  /** The token the next poll resumes from. */
  lastToken: string | undefined;
  /** Whether following ends with this page. */
  done: boolean;
}

export interface FollowRetry {
  error: unknown;
  kind: FailureKind;
  /** Failed polls in a row, this one included. */
  failures: number;
  delayMs: number;
}

/** What the iteration returns when it ends: the contact's final state. */
export interface FollowResult {
  status: RealTimeContactAnalysisStatus;
  channel: RealTimeContactAnalysisSupportedChannel;
  totalSegments: number;
  lastToken: string | undefined;
  /**
   * True when the service gave no more token: everything was read. False when the grace after the end ran out
   * while it still handed one out; `lastToken` then resumes from where following stopped.
   */
  readToEnd: boolean;
}

export async function* followSegments(
  client: SegmentsReader,
  input: FollowInput,
  options: FollowOptions = {},
): AsyncGenerator<RealtimeContactAnalysisSegment, FollowResult, undefined> {
  const settings = checkOptions(options);
  const { clock, signal } = settings;
  const pacer = new RequestPacer(settings.maxRequestsPerSecond, clock);
  const cursor = new ContactCursor({
    graceAfterEndMs: settings.graceAfterEndMs,
    pageSize: settings.pageSize,
    startingToken: options.startingToken,
  });
  let failures = 0;
  let totalSegments = 0;

  for (;;) {
    await wait(() => pacer.next(signal), signal);
    let page: ListRealtimeContactAnalysisSegmentsV2Response;
    try {
      page = await client.listRealtimeContactAnalysisSegmentsV2(
        { ...input, NextToken: cursor.token, MaxResults: settings.pageSize },
        { abortSignal: signal, maxAttempts: 1 },
      );
    } catch (error) {
      const kind = retryKind(error);
      failures++;
      if (kind === undefined || failures >= settings.maxConsecutiveFailures) throw error;
      const delayMs = backoff(settings, failures, clock.random(), requestedDelay(error, clock.now()));
      options.onRetry?.({ error, kind, failures, delayMs });
      await wait(() => clock.sleep(delayMs, signal), signal);
      continue;
    }
    failures = 0;

    let newSegments = 0;
    cursor.startPage();
    for (const segment of page.Segments) {
      if (!cursor.pass(segment)) continue;
      newSegments++;
      totalSegments++;
      yield segment;
    }

    const { caughtUp, ended } = cursor.finishPage(page, newSegments, clock.now());
    options.onPage?.({
      status: page.Status,
      channel: page.Channel,
      newSegments,
      totalSegments,
      lastToken: cursor.token,
      done: ended !== undefined,
    });
    if (ended !== undefined) {
      return {
        status: page.Status,
        channel: page.Channel,
        totalSegments,
        lastToken: cursor.token,
        readToEnd: ended === "read-to-end",
      };
    }
    if (caughtUp) await wait(() => clock.sleep(settings.pollIntervalMs, signal), signal);
  }
}

interface Settings {
  pollIntervalMs: number;
  maxRequestsPerSecond: number;
  pageSize: number | undefined;
  maxConsecutiveFailures: number;
  maxBackoffMs: number;
  graceAfterEndMs: number;
  clock: Clock;
  signal: AbortSignal | undefined;
}

function checkOptions(options: FollowOptions): Settings {
  const positive = (name: string, value: number | undefined, fallback: number) => {
    if (value === undefined) return fallback;
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
      throw new RangeError(`followSegments: ${name} must be a number above 0, got ${String(value)}`);
    }
    return value;
  };
  const grace = options.graceAfterEndMs;
  if (grace !== undefined && (typeof grace !== "number" || !Number.isFinite(grace) || grace < 0)) {
    throw new RangeError(`followSegments: graceAfterEndMs must be a number of at least 0, got ${String(grace)}`);
  }
  const pageSize = options.pageSize;
  if (pageSize !== undefined && (!Number.isInteger(pageSize) || pageSize < 1)) {
    throw new RangeError(`followSegments: pageSize must be a whole number of at least 1, got ${String(pageSize)}`);
  }
  return {
    pollIntervalMs: positive("pollIntervalMs", options.pollIntervalMs, 1000),
    maxRequestsPerSecond: positive("maxRequestsPerSecond", options.maxRequestsPerSecond, 2),
    pageSize,
    maxConsecutiveFailures: Math.floor(positive("maxConsecutiveFailures", options.maxConsecutiveFailures, 10)),
    maxBackoffMs: positive("maxBackoffMs", options.maxBackoffMs, 30_000),
    graceAfterEndMs: grace ?? DEFAULT_GRACE_AFTER_END_MS,
    clock: options.clock ?? systemClock,
    signal: options.signal,
  };
}

/** Exponential backoff from the poll interval, half fixed and half jitter, never shorter than asked for. */
function backoff(settings: Settings, failures: number, random: number, requestedMs: number | undefined): number {
  const base = Math.max(settings.pollIntervalMs, 1000 / settings.maxRequestsPerSecond);
  return backoffMs(base, settings.maxBackoffMs, failures, random, requestedMs);
}

/** Runs a wait, turning an abort into the RequestAbortedError the client's own calls end with. */
async function wait(run: () => Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (signal?.aborted) throw new RequestAbortedError("followSegments", {}, { cause: error });
    throw error;
  }
}
