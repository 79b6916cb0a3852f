// Malformed IDL: each case gives the exact message and position of the syntax error.
import { describe, expect, it } from "vitest";
import { SmithyParseError } from "../src/errors.js";
import { parseError } from "./helpers.js";

const HEAD = '$version: "2"\nnamespace ex\n'; // lines 1 and 2

const cases: [name: string, source: string, line: number, column: number, reason: string][] = [
  ["a member without ':'", `${HEAD}structure A {\n    foo {\n}\n`, 4, 9, "expected ':' after member name, found '{'"],
  [
    "a member target missing",
    `${HEAD}structure A {\n    foo:\n}\n`,
    4,
    9,
    "expected a target shape for member 'foo', found a line break",
  ],
  ["an unknown shape type", `${HEAD}strin Name\n`, 3, 1, "unknown shape type 'strin'"],
  ["a second namespace", `${HEAD}string A\nnamespace other\n`, 4, 1, "only one namespace can be declared per file"],
  [
    "a use statement after a shape",
    `${HEAD}string A\nuse other#B\n`,
    4,
    1,
    "use statements must come before any shape or apply statement",
  ],
  [
    "a shape before the namespace",
    '$version: "2"\nstring A\n',
    2,
    1,
    "expected a namespace statement before any use statement or shape, found 'string'",
  ],
  [
    "metadata after the namespace",
    `${HEAD}metadata x = 1\n`,
    3,
    1,
    "metadata statements must come before the namespace statement",
  ],
  [
    "an unterminated string",
    `${HEAD}@documentation("never closed)\nstring A\n`,
    3,
    16,
    "unterminated string: expected a closing '\"'",
  ],
  ["an invalid escape", `${HEAD}@documentation("a \\q b")\nstring A\n`, 3, 19, "invalid escape '\\q' in string"],
  [
    "an invalid unicode escape",
    `${HEAD}@documentation("\\u12G4")\nstring A\n`,
    3,
    17,
    "invalid unicode escape '\\u12G4'",
  ],
  ["a duplicate member", `${HEAD}structure A {\n    a: String\n    a: Integer\n}\n`, 5, 5, "duplicate member 'a'"],
  ["two shapes on one line", `${HEAD}string A string B\n`, 3, 10, "expected a line break, found 'string'"],
  [
    "a structure that never closes",
    `${HEAD}structure A {\n    a: String\n`,
    5,
    1,
    "expected '}' to close the body of A, found end of file",
  ],
  [
    "traits on an apply statement",
    `${HEAD}@deprecated\napply A @sensitive\n`,
    3,
    1,
    "traits cannot be applied to an apply statement",
  ],
  [
    "':=' outside operation input and output",
    `${HEAD}structure A {\n    b := {}\n}\n`,
    4,
    7,
    "':=' can only define the input or output of an operation",
  ],
  [
    "an unknown operation property",
    `${HEAD}operation Op {\n    inputs: Foo\n}\n`,
    4,
    5,
    "unknown operation property 'inputs': expected input, output or errors",
  ],
  ["a duplicate key in a node value", `${HEAD}@tags({a: 1, a: 2})\nstring A\n`, 3, 14, "duplicate object key 'a'"],
  [
    "a duplicate key in a trait value",
    `${HEAD}@range(min: 1, min: 2)\nstring A\n`,
    3,
    16,
    "duplicate member 'min' in the trait value",
  ],
  [
    "an unsupported IDL version",
    '$version: "1.0"\nnamespace ex\n',
    1,
    11,
    'unsupported Smithy IDL version "1.0": this parser reads IDL version 2; version 1.0 models need converting to 2.0',
  ],
  [
    "a file without $version, which is IDL 1.0",
    "// a comment\nnamespace ex\n",
    2,
    1,
    'no $version control statement, so this is Smithy IDL version 1.0, which this parser does not read; models in IDL 2 start with `$version: "2"`',
  ],
  ["a duplicate control statement", '$version: "2"\n$version: "2"\n', 2, 1, "duplicate control statement '$version'"],
  [
    "a list member with the wrong name",
    `${HEAD}list L {\n    item: String\n}\n`,
    4,
    5,
    "a list has only a `member` member; `item` is left out",
  ],
  ["an unexpected character", `${HEAD}string A\n%\n`, 4, 1, "unexpected character '%'"],
  ["a single slash", `${HEAD}string A / comment\n`, 3, 10, "expected '/' after '/' to start a comment"],
  [
    "traits with no shape",
    `${HEAD}string A\n@deprecated\n`,
    5,
    1,
    "expected a shape definition after the traits, found end of file",
  ],
  [
    "a shape name that conflicts with a use statement",
    `${HEAD}use other#A\nstring A\n`,
    4,
    8,
    "shape name 'A' conflicts with the imported shape 'other#A'",
  ],
  [
    "an elided member with nothing to inherit from",
    `${HEAD}structure A {\n    $id\n}\n`,
    4,
    5,
    "cannot resolve the target of elided member `$id`: the shape has no mixins and no resource",
  ],
  [
    "two definitions of a shape that differ",
    `${HEAD}string A\ninteger A\n`,
    4,
    1,
    "shape `ex#A` is defined differently here and at bad.smithy:3:1",
  ],
  [
    "conflicting trait values",
    `${HEAD}@documentation("one")\nstring A\napply A @documentation("two")\n`,
    5,
    9,
    'conflicting values of trait `smithy.api#documentation` on `ex#A`: "two" here, "one" at bad.smithy:3:1',
  ],
  ["an empty mixin list", `${HEAD}structure A with [] {}\n`, 3, 19, "expected at least one mixin between '[' and ']'"],
  [
    "a namespace followed by a shape id part",
    `${HEAD}structure A {\n    a: foo.bar\n}\n`,
    4,
    15,
    "expected '#' after the namespace 'foo.bar' of a shape id, found a line break",
  ],
];

describe("syntax errors", () => {
  it.each(cases)("%s", (_name, source, line, column, reason) => {
    const e = parseError(source);
    expect({ line: e.line, column: e.column, reason: e.reason }).toEqual({ line, column, reason });
    expect(e.message).toBe(`bad.smithy:${line}:${column}: ${reason}`);
    expect(e.file).toBe("bad.smithy");
  });

  it("names the shape it is in when the parser knows it", () => {
    expect(parseError(`${HEAD}structure S {\n    a: String\n    a: String\n}\n`).shapeId).toBe("ex#S");
    expect(parseError(`${HEAD}list L {\n    member: String\n    member: String\n}\n`).shapeId).toBe("ex#L");
    expect(parseError(`${HEAD}structure A {\n    foo {\n}\n`).shapeId).toBeUndefined();
  });

  it("is a SmithyParseError whose message starts with file:line:column", () => {
    const e = parseError(`${HEAD}structure A {\n    foo {\n}\n`);
    expect(e).toBeInstanceOf(SmithyParseError);
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe("bad.smithy:4:9: expected ':' after member name, found '{'");
    expect(e.location).toEqual({ file: "bad.smithy", line: 4, column: 9 });
  });

  it("counts columns in UTF-16 code units and lines across multi-line strings", () => {
    const e = parseError(`${HEAD}@documentation("é\nline two")\nstring A extra\n`);
    expect([e.line, e.column]).toEqual([5, 10]);
  });
});

describe("positions", () => {
  it("does not count a byte order mark as a column", () => {
    const e = parseError('\uFEFF$version: "2" %\n');
    expect([e.line, e.column, e.reason]).toEqual([1, 15, "unexpected character '%'"]);
  });
});
