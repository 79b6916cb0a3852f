// A small, strict parser for `--name value`, `--name=value` and boolean `--flag` options. Unknown options and
// missing values are usage errors that say what was wrong and suggest the nearest known option.

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
  values: Map<string, string>;
  switches: Set<string>;
  positionals: string[];
}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], command?: string): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short !== undefined).map((s) => [s.short!, s]));
  const parsed: ParsedArgs = { values: new Map(), switches: new Set(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
      spec = byName.get(name);
      if (spec === undefined)
        throw new UsageError(`unknown option --${name}${suggest(name, [...byName.keys()])}`, command);
    } else if (arg.startsWith("-") && arg.length === 2) {
      spec = byShort.get(arg.slice(1));
      if (spec === undefined) throw new UsageError(`unknown option ${arg}`, command);
    } else {
      parsed.positionals.push(arg);
      continue;
    }
    if (spec.kind === "switch") {
      if (inline !== undefined) throw new UsageError(`--${spec.name} takes no value`, command);
      parsed.switches.add(spec.name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) {
      throw new UsageError(`--${spec.name} needs a value${spec.placeholder ? ` (${spec.placeholder})` : ""}`, command);
    }
    if (parsed.values.has(spec.name)) throw new UsageError(`--${spec.name} is given more than once`, command);
    parsed.values.set(spec.name, value);
  }
  return parsed;
}

/** ", did you mean --x?" for the known name nearest to a mistyped one, or nothing when none is near. */
function suggest(name: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3))
    ? ` (did you mean --${best}?)`
    : "";
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
