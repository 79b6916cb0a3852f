// The limits of the HTTP face, with their defaults and checks: how large a request may be, how long it may take,
// how long an idle connection stays open, how long shutdown waits.

export interface ServeOptions {
  /** 127.0.0.1 by default. */
  host?: string;
  /** 0 (any free port) by default. */
  port?: number;
  /**
   * Larger request bodies answer 413; 5 MiB by default. A body the handler takes as it comes (`streamsRequestBody`,
   * a `@streaming` blob input) is not read first and not bounded by it.
   */
  maxBodyBytes?: number;
  /**
   * How much of a body over the limit is still read (and thrown away) so that the client gets the 413 rather than
   * a reset; past it, the connection is cut. 16 MiB by default.
   */
  maxDrainBytes?: number;
  /** The request line and headers together; larger answers 431. 16 KiB by default. */
  maxHeaderBytes?: number;
  /** More headers than this answer 431; 100 by default. */
  maxHeaderCount?: number;
  /** How long a client may take to send the request line and headers (408 after); 10 s by default. */
  headersTimeoutMs?: number;
  /** How long a client may take to send a whole request, body included (408 after); 30 s by default. */
  requestTimeoutMs?: number;
  /** How long a keep-alive connection may sit idle between requests before it is closed; 5 s by default. */
  keepAliveTimeoutMs?: number;
  /** How long close() waits for in-flight requests before cutting their sockets; 5 s by default. */
  shutdownGraceMs?: number;
}

export interface ServeLimits {
  readonly maxBodyBytes: number;
  readonly maxDrainBytes: number;
  readonly maxHeaderBytes: number;
  readonly maxHeaderCount: number;
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly keepAliveTimeoutMs: number;
  readonly shutdownGraceMs: number;
  /** How often node looks for requests past their timeouts. */
  readonly checkIntervalMs: number;
}

export const SERVE_DEFAULTS = {
  maxBodyBytes: 5 * 1024 * 1024,
  maxDrainBytes: 16 * 1024 * 1024,
  maxHeaderBytes: 16 * 1024,
  maxHeaderCount: 100,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  shutdownGraceMs: 5_000,
} as const;

function checked(name: keyof typeof SERVE_DEFAULTS, value: number | undefined, min: number): number {
  const n = value ?? SERVE_DEFAULTS[name];
  if (!Number.isInteger(n) || n < min) {
    throw new RangeError(`serve option ${name} must be a whole number of at least ${min}, got ${value}`);
  }
  return n;
}

export function resolveServeLimits(options: ServeOptions): ServeLimits {
  const headersTimeoutMs = checked("headersTimeoutMs", options.headersTimeoutMs, 1);
  const requestTimeoutMs = checked("requestTimeoutMs", options.requestTimeoutMs, 1);
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new RangeError(
      `serve option headersTimeoutMs (${headersTimeoutMs}) must not be above requestTimeoutMs (${requestTimeoutMs})`,
    );
  }
  return {
    maxBodyBytes: checked("maxBodyBytes", options.maxBodyBytes, 0),
    maxDrainBytes: checked("maxDrainBytes", options.maxDrainBytes, 0),
    maxHeaderBytes: checked("maxHeaderBytes", options.maxHeaderBytes, 1024),
    maxHeaderCount: checked("maxHeaderCount", options.maxHeaderCount, 1),
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs: checked("keepAliveTimeoutMs", options.keepAliveTimeoutMs, 1),
    shutdownGraceMs: checked("shutdownGraceMs", options.shutdownGraceMs, 0),
    // Timeouts are found by a periodic sweep: often enough that a timeout is not overrun by much.
    checkIntervalMs: Math.max(10, Math.min(1000, Math.floor(headersTimeoutMs / 4))),
  };
}
