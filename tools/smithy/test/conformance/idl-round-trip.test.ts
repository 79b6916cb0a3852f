// The IDL serializer against every model we can find: Smithy's IDL loader suite (the JSON AST beside each valid IDL
// 2 file), AWS's published models, the restJson1 protocol-test models and our own model/. For each, the IDL written
// for the AST parses back into the same AST, compared as the IDL loader suite compares.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describeConformance } from "@rtca/conformance/vitest";
import { describe, expect, it } from "vitest";
import type { SmithyAst } from "../../src/ast.js";
import { serializeModel } from "../../src/idl-writer/serialize.js";
import { loadModelSync } from "../../src/loader.js";
import { parseIdl } from "../../src/parse-idl.js";
import { canonicalAst } from "./canonical-ast.js";

const MODEL_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../../../model");

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

/** Serializes, then parses every file written and puts their shapes and metadata together again. */
function roundTrip(ast: SmithyAst): SmithyAst {
  const back: SmithyAst = { smithy: "2.0", shapes: {} };
  for (const file of serializeModel(ast)) {
    const parsed = parseIdl(file.text, `${file.namespace}.smithy`);
    Object.assign(back.shapes, parsed.shapes);
    if (parsed.metadata) back.metadata = { ...back.metadata, ...parsed.metadata };
  }
  return back;
}

function expectRoundTrip(ast: SmithyAst): void {
  expect(canonicalAst(roundTrip(ast))).toEqual(canonicalAst({ ...ast, smithy: "2.0" }));
}

describe("IDL round trip of our own model", () => {
  it("model/ written as IDL reads back as the same AST", () => {
    expectRoundTrip(loadModelSync([MODEL_DIR]).ast);
  });
});

describeConformance("IDL round trip of the conformance models", (root) => {
  const loader = join(root, "smithy", "idl-loader", "valid");
  for (const file of walk(loader).filter((f) => f.endsWith(".json"))) {
    const idl = file.replace(/\.json$/, ".smithy");
    let version: string | undefined;
    try {
      version = /^\s*\$version\s*:\s*"([^"]*)"/m.exec(readFileSync(idl, "utf8"))?.[1];
    } catch {
      continue; // a JSON file that is not the AST of an IDL case
    }
    if (!version?.startsWith("2")) continue;
    it(`idl-loader ${relative(loader, file)}`, () => {
      expectRoundTrip(JSON.parse(readFileSync(file, "utf8")) as SmithyAst);
    });
  }

  const aws = join(root, "aws-models");
  for (const name of readdirSync(aws).filter((f) => f.endsWith(".json"))) {
    it(`aws-models ${name}`, () => {
      expectRoundTrip(JSON.parse(readFileSync(join(aws, name), "utf8")) as SmithyAst);
    });
  }

  it("protocol-tests restJson1 with the trait definitions it needs", () => {
    // The suite's few IDL 1.0 files are left out, as the protocol compliance run leaves them out.
    const files = walk(join(root, "smithy", "protocol-tests")).filter(
      (f) => f.endsWith(".smithy") && /^\s*\$version\s*:\s*"2/m.test(readFileSync(f, "utf8")),
    );
    expectRoundTrip(loadModelSync(files).ast);
  });
});
