// String escapes, text blocks (incidental whitespace removal) and number forms.
import { describe, expect, it } from "vitest";
import { parseIdl } from "../src/parse-idl.js";
import { parseError } from "./helpers.js";

/** The value of `metadata v = <literal>`. */
function value(literal: string): unknown {
  return parseIdl(`$version: "2"\nmetadata v = ${literal}\n`).metadata?.v;
}

describe("string escapes", () => {
  it("expands every escape of the spec", () => {
    expect(value(String.raw`"a\nb\tc\"d\\e\/f\bg\fh\ri"`)).toBe('a\nb\tc"d\\e/f\bg\fh\ri');
  });

  it("expands unicode escapes, including surrogate pairs", () => {
    expect(value(String.raw`"caf\u00e9 \u00C9 \uD83D\uDE00"`)).toBe("café É 😀");
  });

  it("keeps literal newlines and normalizes CRLF and CR to LF", () => {
    expect(value('"line1\nline2"')).toBe("line1\nline2");
    expect(value('"a\r\nb\rc"')).toBe("a\nb\nc");
  });

  it("drops an escaped line break", () => {
    expect(value('"one \\\ntwo"')).toBe("one two");
  });

  it("keeps non-ASCII characters as they are", () => {
    expect(value('"日本語 ünïcödé"')).toBe("日本語 ünïcödé");
  });

  it("reads an empty string", () => {
    expect(value('""')).toBe("");
  });
});

describe("text blocks", () => {
  it("removes the indentation common to all lines, and ends with a line feed when the closing quotes are alone", () => {
    const source = [
      '$version: "2"',
      'metadata v = """',
      "    <div>",
      "        <p>Hello!</p>",
      "    </div>",
      '    """',
    ].join("\n");
    expect(parseIdl(source).metadata?.v).toBe("<div>\n    <p>Hello!</p>\n</div>\n");
  });

  it("has no final line feed when the closing quotes follow the content", () => {
    expect(value('"""\n    <div>\n        <p>Hello!</p>\n    </div>"""')).toBe("<div>\n    <p>Hello!</p>\n</div>");
  });

  it("ignores blank lines for the indentation and trims trailing spaces (the spec's Foo/Baz/Bar example)", () => {
    expect(value('"""\n    Foo\n        Baz\n\n  \n    Bar\n    """')).toBe("Foo\n    Baz\n\n\nBar\n");
  });

  it("lets closing quotes at the margin keep all indentation", () => {
    expect(value('"""\n    Foo\n        Baz\n    Bar\n"""')).toBe("    Foo\n        Baz\n    Bar\n");
  });

  it("ignores closing quotes to the right of the content", () => {
    expect(value('"""\n    Foo\n        Baz\n    Bar\n            """')).toBe("Foo\n    Baz\nBar\n");
  });

  it("allows unescaped double quotes and escaped triple quotes", () => {
    expect(value('"""\n"hello!"\n"""')).toBe('"hello!"\n');
    expect(value('"""\nfoo \\"""\nbaz"""')).toBe('foo """\nbaz');
  });

  it("expands escapes after removing indentation", () => {
    expect(value('"""\n  <div>\n    <p>Hi\\n    bar</p>\n  </div>\n  """')).toBe(
      "<div>\n  <p>Hi\n    bar</p>\n</div>\n",
    );
  });

  it("joins lines whose line break is escaped", () => {
    expect(value('"""\n    Foo \\\n    Baz \\\n    Bam"""')).toBe("Foo Baz Bam");
    expect(value('"""\n    Foo\n    Baz \\\n    Bam"""')).toBe("Foo\nBaz Bam");
  });

  it("works as a trait value", () => {
    const ast = parseIdl('$version: "2"\nnamespace ex\n@documentation("""\n    Doc\n    text.""")\nstring A\n');
    expect(ast.shapes["ex#A"]).toEqual({ type: "string", traits: { "smithy.api#documentation": "Doc\ntext." } });
  });

  it("must start with a line break", () => {
    const e = parseError('$version: "2"\nmetadata v = """foo"""\n');
    expect([e.line, e.column, e.reason]).toEqual([
      2,
      14,
      'a text block must start with a line break after the opening """',
    ]);
  });
});

describe("numbers", () => {
  it("reads integers, fractions and exponents", () => {
    expect(value("[0, 7, -12, 1.5, -0.25, 1e3, 1E+2, 2.5e-3, -1.0e2, 1234567890123]")).toEqual([
      0, 7, -12, 1.5, -0.25, 1000, 100, 0.0025, -100, 1234567890123,
    ]);
  });

  it("rejects a fraction without digits", () => {
    const e = parseError('$version: "2"\nmetadata v = 1.\n');
    expect([e.line, e.column, e.reason]).toEqual([2, 15, "invalid number '1.': expected a digit"]);
  });

  it("rejects a minus sign without digits", () => {
    const e = parseError('$version: "2"\nmetadata v = -x\n');
    expect([e.line, e.column, e.reason]).toEqual([2, 14, "invalid number: expected a digit after '-'"]);
  });
});
