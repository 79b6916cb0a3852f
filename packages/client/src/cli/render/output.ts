// Where the CLI writes: lines of transcript on stdout, and on a terminal a status line under them that is
// rewritten in place. Off a terminal there is no status line (and no control codes at all).

export interface TextStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export class LineWriter {
  readonly #out: TextStream;
  readonly #live: boolean;
  #status = "";

  /** `live`: keep a status line at the bottom (only sensible on a terminal). */
  constructor(out: TextStream, live: boolean) {
    this.#out = out;
    this.#live = live;
  }

  /** Prints lines above the status line. */
  lines(lines: readonly string[]): void {
    if (lines.length === 0) return;
    this.#out.write(`${this.#clear()}${lines.join("\n")}\n${this.#status}`);
  }

  /** Replaces the status line (a no-op off a terminal). */
  status(text: string): void {
    if (!this.#live) return;
    // A pseudo-terminal may report 0 columns: treat that as unknown.
    const width = this.#out.columns !== undefined && this.#out.columns >= 20 ? this.#out.columns : 80;
    const fitted = visibleLength(text) > width - 1 ? truncateVisible(text, width - 2) : text;
    this.#out.write(`${this.#clear()}${fitted}`);
    this.#status = fitted;
  }

  /** Removes the status line, before the program ends or writes elsewhere. */
  clearStatus(): void {
    if (!this.#live || this.#status === "") return;
    this.#out.write(this.#clear());
    this.#status = "";
  }

  #clear(): string {
    return this.#live && this.#status !== "" ? "\r\x1b[2K" : "";
  }
}

const ESCAPES = /\x1b\[[0-9;]*m/g;

function visibleLength(text: string): number {
  return text.replace(ESCAPES, "").length;
}

function truncateVisible(text: string, width: number): string {
  const plain = text.replace(ESCAPES, "");
  return `${plain.slice(0, width)}…`;
}
