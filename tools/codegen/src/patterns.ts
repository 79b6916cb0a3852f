// Smithy's @pattern is an ECMA-262 regular expression, written for engines without JavaScript's `u` flag as often
// as with it: `\p{L}` needs the flag, while escapes such as `\-` or `\ ` are a SyntaxError under it.

/** The flags a pattern compiles with: `u` when it can, none when only that works. Throws when neither does. */
export function patternFlags(pattern: string, where: string): "u" | "" {
  try {
    new RegExp(pattern, "u");
    return "u";
  } catch {
    try {
      new RegExp(pattern);
      return "";
    } catch (error) {
      throw new Error(
        `${where}: @pattern ${JSON.stringify(pattern)} is not a regular expression: ${(error as Error).message}`,
      );
    }
  }
}

/** An expression building the pattern's RegExp in generated code. */
export function patternExpression(pattern: string, where: string): string {
  const flags = patternFlags(pattern, where);
  return `new RegExp(${JSON.stringify(pattern)}${flags ? `, "${flags}"` : ""})`;
}

// Lookahead and lookbehind groups without nested groups inside (the only kind the models use).
const LOOKAROUND = /\(\?<?[=!](?:[^()\\]|\\.)*\)/g;
// Character classes that exclude the whole start of the code space, which fast-check can only hit by chance.
const NEGATED_FROM_NUL = /\[\^(?:\\u0000|\\x00|\\0)/;

/**
 * What fast-check generates strings from for the pattern: the pattern itself, or, when fast-check cannot generate
 * from it, the pattern without its lookarounds (whose values may then break them), or undefined when even that
 * cannot work and strings are taken without the pattern.
 */
export function generatorPattern(pattern: string): string | undefined {
  if (NEGATED_FROM_NUL.test(pattern)) return undefined;
  const stripped = pattern.replace(LOOKAROUND, "").replace(/\(\)/g, "(?:)");
  if (/\(\?<?[=!]/.test(stripped) || /\\[1-9]/.test(stripped)) return undefined;
  try {
    patternFlags(stripped, "");
    return stripped;
  } catch {
    return undefined;
  }
}
