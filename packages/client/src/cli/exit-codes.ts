// The exit codes of `rtca`, which scripts can rely on. Documented in `rtca --help` and the README.
export const ExitCode = {
  /** Done: every page read (`segments`), or the contact's analysis COMPLETED (`follow`). */
  Ok: 0,
  /** A bug or an unexpected failure. */
  Internal: 1,
  /** The command line or the configuration (region, credentials, endpoint) is wrong. */
  Usage: 2,
  /** The service refused the request: not found, access denied, invalid request, output type not produced. */
  Refused: 3,
  /** The service could not be used: unreachable, throttled or failing after retries, timed out, unreadable answer. */
  Unavailable: 4,
  /** `follow`: the contact's analysis ended with status FAILED. */
  AnalysisFailed: 5,
  /** Interrupted (Ctrl-C). */
  Interrupted: 130,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
