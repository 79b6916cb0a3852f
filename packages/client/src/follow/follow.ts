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
import {
  type CallOptions,
  type Clock,
  NetworkError,
  RequestAbortedError,
  RequestTimeoutError,
  ServiceException,
  systemClock,
} from "../runtime/index.js";
import { classifyResponse, retryAfterMs } from "../runtime/retry-policy.js";
import { EndWatch } from "./end-watch.js";
import { RequestPacer } from "./request-pacer.js";
import { SeenSegments } from "./seen-segments.js";

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
  /**
   * Wait for the post-contact summary, which the service writes after the chat has ended: following then ends as
   * soon as the summary has come, and gives up on it when `graceAfterEndMs` passes without news (default false:
   * following ends when the service has nothing more or the grace runs out, summary or not).
   */
  waitForSummary?: boolean;
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
  kind: "throttling" | "transient";
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
  /** Whether a post-contact summary was among the segments yielded. */
  summaryArrived: boolean;
}

export async function* followSegments(
  client: SegmentsReader,
  input: FollowInput,
  options: FollowOptions = {},
): AsyncGenerator<RealtimeContactAnalysisSegment, FollowResult, undefined> {
  const settings = checkOptions(options);
  const { clock, signal } = settings;
  const pacer = new RequestPacer(settings.maxRequestsPerSecond, clock);
  const seen = new SeenSegments();
  const endWatch = new EndWatch(settings.graceAfterEndMs, options.waitForSummary === true);
  let summaryArrived = false;
  let token = options.startingToken;
  let failures = 0;
  let totalSegments = 0;

  for (;;) {
    await wait(() => pacer.next(signal), signal);
    let page: ListRealtimeContactAnalysisSegmentsV2Response;
    try {
      page = await client.listRealtimeContactAnalysisSegmentsV2(
        { ...input, NextToken: token, MaxResults: settings.pageSize },
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
    seen.startPage(token);
    for (const segment of page.Segments) {
      if (!seen.pass(segment)) continue;
      newSegments++;
      totalSegments++;
      if (segment.PostContactSummary !== undefined) summaryArrived = true;
      yield segment;
    }

    const next = page.NextToken;
    const noToken = next === undefined || next === "";
    const advanced = !noToken && next !== token;
    if (advanced) token = next;
    // Caught up (an empty page, the same token back, or a page that was not full): polling again at once would
    // find nothing, so give the conversation time to say more.
    const partialPage = settings.pageSize !== undefined && page.Segments.length < settings.pageSize;
    const caughtUp = !advanced || page.Segments.length === 0 || partialPage;
    const ended = endWatch.afterPage({
      status: page.Status,
      noToken,
      newSegments,
      caughtUp,
      summarySeen: summaryArrived,
      now: clock.now(),
    });
    options.onPage?.({
      status: page.Status,
      channel: page.Channel,
      newSegments,
      totalSegments,
      lastToken: token,
      done: ended !== undefined,
    });
    if (ended !== undefined) {
      return {
        status: page.Status,
        channel: page.Channel,
        totalSegments,
        lastToken: token,
        readToEnd: ended === "read-to-end",
        summaryArrived,
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

/** Whether a failed poll is worth another try: throttling, a server fault, a broken connection or a timeout. */
function retryKind(error: unknown): FollowRetry["kind"] | undefined {
  if (error instanceof RequestAbortedError) return undefined;
  if (error instanceof NetworkError || error instanceof RequestTimeoutError) return "transient";
  if (error instanceof ServiceException) {
    const kind = classifyResponse(error.$metadata.httpStatusCode ?? 0, error.name);
    if (kind === "throttling") return "throttling";
    if (kind === "transient") return "transient";
  }
  return undefined;
}

function requestedDelay(error: unknown, now: number): number | undefined {
  if (!(error instanceof ServiceException) || error.$response === undefined) return undefined;
  return retryAfterMs(error.$response.headers, now);
}

/** Exponential backoff from the poll interval, half fixed and half jitter, never shorter than asked for. */
function backoff(settings: Settings, failures: number, random: number, requestedMs: number | undefined): number {
  const base = Math.max(settings.pollIntervalMs, 1000 / settings.maxRequestsPerSecond);
  const ceiling = Math.min(settings.maxBackoffMs, base * 2 ** (failures - 1));
  const delay = Math.round(ceiling / 2 + (random * ceiling) / 2);
  return Math.max(delay, Math.min(requestedMs ?? 0, settings.maxBackoffMs));
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
