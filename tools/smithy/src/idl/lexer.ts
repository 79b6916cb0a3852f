// The IDL tokenizer. Tokens are produced on demand, so that a syntax error is reported where the parser meets it.
// Whitespace is significant in a few places of the grammar (line breaks end statements), so spaces, line breaks,
// commas and comments are tokens too; the parser decides where to skip them.
import { SmithyParseError, type SourceLocation } from "../errors.js";
import { decodeEscapes, decodeTextBlock } from "./strings.js";

export type TokenType =
  | "IDENT"
  | "STRING"
  | "TEXT_BLOCK"
  | "NUMBER"
  | "SPACE"
  | "NEWLINE"
  | "COMMA"
  | "COMMENT"
  | "DOC_COMMENT"
  | "AT"
  | "DOLLAR"
  | "DOT"
  | "POUND"
  | "LBRACE"
  | "RBRACE"
  | "LBRACKET"
  | "RBRACKET"
  | "LPAREN"
  | "RPAREN"
  | "COLON"
  | "WALRUS"
  | "EQUAL"
  | "EOF";

export interface Token {
  type: TokenType;
  /** The source text of the token. */
  text: string;
  line: number;
  column: number;
  /** Offset of the first character. */
  start: number;
  /** Decoded value of STRING and TEXT_BLOCK; the text of a doc comment line without `///` and one space. */
  string?: string;
  /** Value of a NUMBER. */
  number?: number;
}

const PUNCTUATION: Record<string, TokenType> = {
  ",": "COMMA",
  "@": "AT",
  $: "DOLLAR",
  ".": "DOT",
  "#": "POUND",
  "{": "LBRACE",
  "}": "RBRACE",
  "[": "LBRACKET",
  "]": "RBRACKET",
  "(": "LPAREN",
  ")": "RPAREN",
  "=": "EQUAL",
};

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
const VALID_IDENTIFIER = /^_*[A-Za-z][A-Za-z0-9_]*$/;

function isIdentStart(c: string | undefined): boolean {
  return c !== undefined && (c === "_" || (c >= "A" && c <= "Z") || (c >= "a" && c <= "z"));
}

/** Describes a token for error messages: `'{'`, `'foo'`, `"a string"`, `a line break`, `end of file`. */
export function describe(token: Token): string {
  switch (token.type) {
    case "EOF":
      return "end of file";
    case "NEWLINE":
      return "a line break";
    case "SPACE":
      return "whitespace";
    case "COMMENT":
      return "a comment";
    case "DOC_COMMENT":
      return "a documentation comment";
    case "STRING":
      return `string ${JSON.stringify(token.string)}`;
    case "TEXT_BLOCK":
      return "a text block";
    default:
      return `'${token.text}'`;
  }
}

export class Lexer {
  #pos = 0;
  #line = 1;
  #lineStart = 0;
  #current: Token;

  constructor(
    readonly source: string,
    readonly file: string,
  ) {
    // A byte order mark is not part of the model.
    if (source.charCodeAt(0) === 0xfeff) {
      this.#pos = 1;
      this.#lineStart = 1;
    }
    this.#current = this.#scan();
  }

  /** The current token. */
  get token(): Token {
    return this.#current;
  }

  /** Moves to the next token and returns it. */
  next(): Token {
    if (this.#current.type !== "EOF") this.#current = this.#scan();
    return this.#current;
  }

  location(token: Token = this.#current): SourceLocation {
    return { file: this.file, line: token.line, column: token.column };
  }

  error(token: Token, reason: string): SmithyParseError {
    return new SmithyParseError(this.file, token.line, token.column, reason);
  }

  /** The location of an offset at or after the start of the current line. */
  #locationOf(offset: number, fromLine: number, fromLineStart: number): SourceLocation {
    let line = fromLine;
    let lineStart = fromLineStart;
    for (let i = fromLineStart; i < offset; i++) {
      const c = this.source[i];
      if (c === "\n" || (c === "\r" && this.source[i + 1] !== "\n")) {
        line++;
        lineStart = i + 1;
      }
    }
    return { file: this.file, line, column: offset - lineStart + 1 };
  }

  #fail(offset: number, reason: string, line = this.#line, lineStart = this.#lineStart): never {
    throw SmithyParseError.at(this.#locationOf(offset, line, lineStart), reason);
  }

  #make(type: TokenType, start: number, extra?: Partial<Token>): Token {
    return {
      type,
      text: this.source.slice(start, this.#pos),
      line: this.#line,
      column: start - this.#lineStart + 1,
      start,
      ...extra,
    };
  }

  /** Advances over a newline sequence at the current position (LF, CRLF or CR). */
  #newline(): void {
    if (this.source[this.#pos] === "\r" && this.source[this.#pos + 1] === "\n") this.#pos += 2;
    else this.#pos += 1;
    this.#line++;
    this.#lineStart = this.#pos;
  }

  #scan(): Token {
    const src = this.source;
    const start = this.#pos;
    const c = src[start];
    if (c === undefined) return this.#make("EOF", start);
    if (c === " " || c === "\t") {
      while (src[this.#pos] === " " || src[this.#pos] === "\t") this.#pos++;
      return this.#make("SPACE", start);
    }
    if (c === "\n" || c === "\r") {
      const token = this.#make("NEWLINE", start);
      this.#newline();
      token.text = src.slice(start, this.#pos);
      return token;
    }
    if (c === ":") {
      this.#pos++;
      if (src[this.#pos] === "=") {
        this.#pos++;
        return this.#make("WALRUS", start);
      }
      return this.#make("COLON", start);
    }
    const punctuation = PUNCTUATION[c];
    if (punctuation) {
      this.#pos++;
      return this.#make(punctuation, start);
    }
    if (c === "/") return this.#comment(start);
    if (c === '"') return this.#string(start);
    if (c === "-" || (c >= "0" && c <= "9")) return this.#number(start);
    if (isIdentStart(c)) {
      IDENTIFIER.lastIndex = start;
      IDENTIFIER.exec(src);
      this.#pos = IDENTIFIER.lastIndex;
      const token = this.#make("IDENT", start);
      if (!VALID_IDENTIFIER.test(token.text)) {
        this.#fail(start, `invalid identifier '${token.text}': an identifier needs a letter after leading underscores`);
      }
      return token;
    }
    const code = c.codePointAt(0)!;
    const shown = code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, "0")}` : `'${c}'`;
    this.#fail(start, `unexpected character ${shown}`);
  }

  #comment(start: number): Token {
    const src = this.source;
    if (src[start + 1] !== "/") this.#fail(start, "expected '/' after '/' to start a comment");
    const doc = src[start + 2] === "/";
    let end = start + 2;
    while (end < src.length && src[end] !== "\n" && src[end] !== "\r") end++;
    this.#pos = end;
    if (!doc) return this.#make("COMMENT", start);
    let textStart = start + 3;
    if (src[textStart] === " ") textStart++;
    return this.#make("DOC_COMMENT", start, { string: src.slice(textStart, end) });
  }

  #number(start: number): Token {
    NUMBER.lastIndex = start;
    const match = NUMBER.exec(this.source);
    if (!match) this.#fail(start, "invalid number: expected a digit after '-'");
    this.#pos = NUMBER.lastIndex;
    const after = this.source[this.#pos];
    if (after === "." || after === "e" || after === "E") {
      this.#fail(this.#pos, `invalid number '${match[0]}${after}': expected a digit`);
    }
    return this.#make("NUMBER", start, { number: Number(match[0]) });
  }

  #string(start: number): Token {
    const src = this.source;
    const line = this.#line;
    const lineStart = this.#lineStart;
    if (src[start + 1] === '"' && src[start + 2] === '"') return this.#textBlock(start);
    let i = start + 1;
    while (i < src.length && src[i] !== '"') {
      if (src[i] === "\\") i++;
      i++;
    }
    if (i >= src.length) this.#fail(start, "unterminated string: expected a closing '\"'");
    const raw = src.slice(start + 1, i);
    const value = decodeEscapes(raw, false, (offset, message) =>
      this.#fail(start + 1 + offset, message, line, lineStart),
    );
    this.#advanceTo(i + 1);
    return { type: "STRING", text: src.slice(start, i + 1), line, column: start - lineStart + 1, start, string: value };
  }

  #textBlock(start: number): Token {
    const src = this.source;
    const line = this.#line;
    const lineStart = this.#lineStart;
    let i = start + 3;
    while (src[i] === " " || src[i] === "\t") i++;
    if (src[i] !== "\n" && src[i] !== "\r") {
      this.#fail(start, 'a text block must start with a line break after the opening """');
    }
    const contentStart = i;
    while (i < src.length && !(src[i] === '"' && src[i + 1] === '"' && src[i + 2] === '"')) {
      if (src[i] === "\\") i++;
      i++;
    }
    if (i >= src.length) this.#fail(start, 'unterminated text block: expected a closing """');
    const value = decodeTextBlock(src.slice(contentStart, i), (_offset, message) =>
      this.#fail(start, `${message} (in text block)`, line, lineStart),
    );
    this.#advanceTo(i + 3);
    return {
      type: "TEXT_BLOCK",
      text: src.slice(start, i + 3),
      line,
      column: start - lineStart + 1,
      start,
      string: value,
    };
  }

  /** Moves to an offset, counting the line breaks on the way. */
  #advanceTo(offset: number): void {
    while (this.#pos < offset) {
      const c = this.source[this.#pos];
      if (c === "\n" || c === "\r") this.#newline();
      else this.#pos++;
    }
  }
}
