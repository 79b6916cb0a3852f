// What a command may touch: its output streams, the environment, and the signal that Ctrl-C aborts.
import type { TextStream } from "./render/output.js";

export interface CliIO {
  stdout: TextStream;
  stderr: TextStream;
  env: Record<string, string | undefined>;
  /** Aborted when the user interrupts the program. */
  signal: AbortSignal;
}

/** What a failing command was doing, so that its error report can give the right hint. */
export interface CommandScene {
  command: string;
  endpoint: string | undefined;
  outputType?: string;
}
