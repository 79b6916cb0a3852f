// Terminal styling that can be switched off. Colour is on only when stdout is a terminal and NO_COLOR is unset
// (https://no-color.org); FORCE_COLOR turns it on regardless, for tests and for pagers that understand it.

export interface Style {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  underline(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  magenta(text: string): string;
  cyan(text: string): string;
  /** Inverse video, for highlighting words in a line. */
  inverse(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;

const on: Style = {
  enabled: true,
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  underline: wrap(4, 24),
  inverse: wrap(7, 27),
  red: wrap(31, 39),
  green: wrap(32, 39),
  yellow: wrap(33, 39),
  blue: wrap(34, 39),
  magenta: wrap(35, 39),
  cyan: wrap(36, 39),
};

const same = (text: string) => text;

const off: Style = {
  enabled: false,
  bold: same,
  dim: same,
  underline: same,
  inverse: same,
  red: same,
  green: same,
  yellow: same,
  blue: same,
  magenta: same,
  cyan: same,
};

export function createStyle(enabled: boolean): Style {
  return enabled ? on : off;
}

/** Whether to colour output written to a stream, by the NO_COLOR / FORCE_COLOR conventions and the stream. */
export function colourWanted(env: Record<string, string | undefined>, isTTY: boolean, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  const force = env["FORCE_COLOR"];
  if (force !== undefined && force !== "" && force !== "0" && force !== "false") return true;
  return isTTY;
}

/** Removes terminal control sequences from text that came from the service, so it cannot restyle the terminal. */
export function stripControls(text: string): string {
  // OSC strings (titles, links) first, then CSI sequences, other escapes, and C0 controls but tab and newline.
  return text
    .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g, "")
    .replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f]/g, "");
}
