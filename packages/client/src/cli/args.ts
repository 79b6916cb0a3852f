// The command line read with node:util's parseArgs, against a table of options that also gives the help text.
// Unknown options, missing values and repeated options (unless the option is repeatable) are usage errors that name
// the option at fault and, for a mistyped one, the nearest known option.
import { parseArgs as parseNodeArgs } from "node:util";
import { closest, distance } from "fastest-levenshtein";

export interface OptionSpec {
  /** Long name without the dashes, such as `instance`. */
  name: string;
  /** Takes a value (`--instance ID`) or is a switch (`--json`). */
  kind: "value" | "switch";
  /** One-letter alias, such as `h`. */
  short?: string;
  /** Placeholder for the value in help, such as `ID`. */
  placeholder?: string;
  description: string;
  /** May be given more than once (`--contact a --contact b`); its values are collected in order. */
  repeatable?: boolean;
}

export class UsageError extends Error {
  override readonly name = "UsageError";
  /** The command whose help to point at, when there is one. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

export interface ParsedArgs {
  /** The value of each option that takes one; the last for a repeatable option. */
  values: Map<string, string>;
  /** Every value of each repeatable option, in the order given. */
  lists: Map<string, string[]>;
  switches: Set<string>;
  positionals: string[];
}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], command?: string): ParsedArgs {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const { tokens } = parseNodeArgs({
    args: [...argv],
    options: Object.fromEntries(
      specs.map((spec) => [
        spec.name,
        { type: spec.kind === "value" ? "string" : "boolean", ...(spec.short ? { short: spec.short } : {}) },
      ]),
    ),
    // Not strict: every mistake is then a token, which gets an error worded here.
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const parsed: ParsedArgs = { values: new Map(), lists: new Map(), switches: new Set(), positionals: [] };
  for (const token of tokens) {
    if (token.kind === "positional") parsed.positionals.push(token.value);
    if (token.kind !== "option") continue;
    const spec = byName.get(token.name);
    if (spec === undefined) {
      throw new UsageError(`unknown option ${token.rawName}${suggestion(token.name, [...byName.keys()])}`, command);
    }
    if (spec.kind === "switch") {
      if (token.value !== undefined) throw new UsageError(`--${spec.name} takes no value`, command);
      parsed.switches.add(spec.name);
    } else if (token.value === undefined || (!token.inlineValue && token.value.startsWith("-"))) {
      // As parseArgs has it: a value that starts with a dash goes after "=", so that it is not taken for an option.
      const negative = token.value !== undefined && /^-\d/.test(token.value);
      throw new UsageError(
        `--${spec.name} needs a value${spec.placeholder ? ` (${spec.placeholder})` : ""}${negative ? `; write a negative one as --${spec.name}=${token.value}` : ""}`,
        command,
      );
    } else if (spec.repeatable === true) {
      parsed.values.set(spec.name, token.value);
      parsed.lists.set(spec.name, [...(parsed.lists.get(spec.name) ?? []), token.value]);
    } else if (parsed.values.has(spec.name)) {
      throw new UsageError(`--${spec.name} is given more than once`, command);
    } else {
      parsed.values.set(spec.name, token.value);
    }
  }
  return parsed;
}

/** " (did you mean --x?)" for the known name nearest to a mistyped one, or nothing when none is near. */
function suggestion(name: string, known: readonly string[]): string {
  const nearest = closest(name, [...known]);
  return distance(name, nearest) <= Math.max(2, Math.floor(name.length / 3)) ? ` (did you mean --${nearest}?)` : "";
}
