import type { SmithyAst } from "../src/ast.js";
import { type Severity, SmithyParseError, type ValidationEvent } from "../src/errors.js";
import { type LoadedModel, loadModelFromSources } from "../src/loader.js";
import { parseIdl } from "../src/parse-idl.js";
import { validateModel } from "../src/validate/validate.js";

/** An IDL file in namespace `ex` with the given body. */
export function idl(body: string): string {
  return `$version: "2"\nnamespace ex\n${body}`;
}

/** The JSON AST shapes of an IDL snippet in namespace `ex`. */
export function shapesOf(body: string): SmithyAst["shapes"] {
  return parseIdl(idl(body), "test.smithy").shapes;
}

/** The parse error an IDL text gives; fails the test when it parses. */
export function parseError(source: string): SmithyParseError {
  try {
    parseIdl(source, "bad.smithy");
  } catch (e) {
    if (e instanceof SmithyParseError) return e;
    throw e;
  }
  throw new Error("expected a SmithyParseError, but the model parsed");
}

/** A model of IDL files given as `name -> text`. */
export function modelOf(files: Record<string, string>): LoadedModel {
  return loadModelFromSources(Object.entries(files).map(([file, content]) => ({ file, content })));
}

/** The findings on an IDL snippet in namespace `ex` (one file, `m.smithy`). */
export function findingsOf(body: string): ValidationEvent[] {
  return validateModel(modelOf({ "m.smithy": idl(body) }));
}

/** A finding as the tests compare it with Smithy's: event id, severity and shape. */
export type Graded = [string, Severity, string | undefined];

/** The findings on an IDL snippet in namespace `ex`, each as [id, severity, shape]. */
export function graded(body: string): Graded[] {
  return findingsOf(body).map((e) => [e.id, e.severity, e.shapeId]);
}
