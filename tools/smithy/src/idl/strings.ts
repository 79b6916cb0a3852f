// Decoding of IDL string literals: escapes (https://smithy.io/2.0/spec/idl.html#string-escape-characters) and
// text blocks with incidental whitespace removal (https://smithy.io/2.0/spec/idl.html#text-blocks).

/** Reports a problem at an offset into the text being decoded. */
export type StringErrorSink = (offset: number, message: string) => never;

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

function isHex(c: string): boolean {
  return (c >= "0" && c <= "9") || (c >= "a" && c <= "f") || (c >= "A" && c <= "F");
}

function isAllowedRaw(code: number, textBlock: boolean): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x20 ||
    code === 0x21 ||
    (textBlock && code === 0x22) ||
    (code >= 0x23 && code <= 0x5b) ||
    code >= 0x5d
  );
}

/**
 * Expands escapes and normalizes CR and CRLF to LF. `text` is the raw content between the quotes (or the already
 * re-indented content of a text block).
 */
export function decodeEscapes(text: string, textBlock: boolean, fail: StringErrorSink): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "\\") {
      const e = text[i + 1];
      if (e === undefined) fail(i, "unterminated escape sequence");
      const simple = SIMPLE_ESCAPES[e!];
      if (simple !== undefined) {
        out += simple;
        i += 2;
      } else if (e === "u") {
        const hex = text.slice(i + 2, i + 6);
        if (hex.length < 4 || ![...hex].every(isHex)) fail(i, `invalid unicode escape '\\u${hex}'`);
        out += String.fromCharCode(Number.parseInt(hex, 16));
        i += 6;
      } else if (e === "\n") {
        i += 2;
      } else if (e === "\r") {
        i += text[i + 2] === "\n" ? 3 : 2;
      } else {
        fail(i, `invalid escape '\\${e}' in string`);
      }
    } else if (c === "\r") {
      out += "\n";
      i += text[i + 1] === "\n" ? 2 : 1;
    } else {
      if (!isAllowedRaw(c.charCodeAt(0), textBlock)) {
        fail(i, `invalid character U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} in string`);
      }
      out += c;
      i++;
    }
  }
  return out;
}

/** The number of leading spaces of a line, or -1 when the line is blank (the closing line counts anyway). */
function leadingSpaces(line: string, isLast: boolean): number {
  for (let i = 0; i < line.length; i++) if (line[i] !== " ") return i;
  return isLast ? line.length : -1;
}

/**
 * Removes a text block's incidental whitespace. `content` starts with the line feed that follows the opening
 * delimiter and ends just before the closing delimiter; line endings are already LF.
 */
export function stripIncidentalWhitespace(content: string): string {
  const lines = content.split("\n");
  let indent = Number.MAX_SAFE_INTEGER;
  for (let i = 1; i < lines.length; i++) {
    const padding = leadingSpaces(lines[i]!, i === lines.length - 1);
    if (padding > -1 && padding < indent) indent = padding;
  }
  let out = "";
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 0) {
      const start = Math.min(indent, line.length);
      let end = line.length - 1;
      while (end > 0 && line[end] === " ") end--;
      if (end >= start) out += line.slice(start, end + 1);
    }
    if (i < lines.length - 1) out += "\n";
  }
  return out;
}

/** Decodes a text block: re-indents, then expands escapes (in that order, as the spec requires). */
export function decodeTextBlock(content: string, fail: StringErrorSink): string {
  const normalized = content.replace(/\r\n?/g, "\n");
  return decodeEscapes(stripIncidentalWhitespace(normalized), true, fail);
}
