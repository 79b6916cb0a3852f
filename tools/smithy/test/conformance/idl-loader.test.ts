// Smithy's IDL loader suite (conformance/smithy/idl-loader). Valid IDL 2 files give the JSON AST beside them,
// compared semantically; invalid IDL 2 files are refused, on the line Smithy names when its comment names one. IDL
// 1.0 files (and files without `$version`, which are 1.0) are refused: the valid ones with an error naming the
// version, the invalid ones with their own syntax error when it comes first.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describeConformance } from "@rtca/conformance/vitest";
import { afterAll, expect, it } from "vitest";
import { isBlocking, SmithyParseError } from "../../src/errors.js";
import { loadModelFromSources } from "../../src/loader.js";
import { parseIdl } from "../../src/parse-idl.js";
import { validateModel } from "../../src/validate/validate.js";
import { canonicalAst } from "./canonical-ast.js";

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

/** The IDL version a file declares; files without `$version` are 1.0. */
function idlVersion(text: string): string {
  return /^\s*\$version\s*:\s*"([^"]*)"/m.exec(text)?.[1] ?? "1.0";
}

/** How a file fares when loaded as a whole model: the parse error, or the blocking findings. */
function refusal(file: string, content: string): { line?: number; message: string }[] {
  try {
    const model = loadModelFromSources([{ file, content }]);
    return validateModel(model)
      .filter(isBlocking)
      .map((e) => ({ ...(e.location ? { line: e.location.line } : {}), message: `${e.id}: ${e.message}` }));
  } catch (e) {
    if (e instanceof SmithyParseError) return [{ line: e.line, message: e.reason }];
    throw e;
  }
}

describeConformance("Smithy's IDL loader suite", (root) => {
  const suite = join(root, "smithy", "idl-loader");
  const tally = { valid: [0, 0], invalid: [0, 0], v1: [0, 0], v1Invalid: [0, 0] };
  afterAll(() => {
    console.log(
      `[idl-loader] valid IDL 2: ${tally.valid[0]}/${tally.valid[1]} give Smithy's AST; ` +
        `invalid IDL 2: ${tally.invalid[0]}/${tally.invalid[1]} refused; ` +
        `valid IDL 1.0: ${tally.v1[0]}/${tally.v1[1]} refused naming the version; ` +
        `invalid IDL 1.0: ${tally.v1Invalid[0]}/${tally.v1Invalid[1]} refused`,
    );
  });

  const files = (kind: string) => walk(join(suite, kind)).filter((f) => f.endsWith(".smithy"));

  for (const file of files("valid")) {
    const name = relative(suite, file);
    const text = readFileSync(file, "utf8");
    const version = idlVersion(text);
    if (!version.startsWith("2")) {
      it(`${name} (IDL ${version}) is refused, naming the version`, () => {
        tally.v1[1]!++;
        expect(() => parseIdl(text, file)).toThrow(/version|\$version/);
        tally.v1[0]!++;
      });
      continue;
    }
    const expectedFile = file.replace(/\.smithy$/, ".json");
    let expected: unknown;
    try {
      expected = JSON.parse(readFileSync(expectedFile, "utf8"));
    } catch {
      continue; // no AST beside it: the file is an input of another case
    }
    it(`${name} gives Smithy's AST`, () => {
      tally.valid[1]!++;
      expect(canonicalAst(parseIdl(text, file))).toEqual(canonicalAst(expected));
      tally.valid[0]!++;
    });
  }

  for (const file of files("invalid")) {
    const name = relative(suite, file);
    const text = readFileSync(file, "utf8");
    const version = idlVersion(text);
    const line = /line (\d+)/.exec(text.split("\n", 1)[0]!)?.[1];
    it(`${name} (IDL ${version}) is refused${line && version.startsWith("2") ? ` at line ${line}` : ""}`, () => {
      const isV2 = version.startsWith("2");
      const count = isV2 ? tally.invalid : tally.v1Invalid;
      count[1]!++;
      const problems = refusal(file, text);
      expect(problems, "the file was accepted").not.toEqual([]);
      if (isV2 && line) expect(problems.map((p) => p.line)).toContain(Number(line));
      count[0]!++;
    });
  }
});
