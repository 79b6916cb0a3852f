// Smithy's validation suite (conformance/smithy/validation): each model file with the `.errors` file beside it,
// one expected event a line (`[SEVERITY] shape: message | EventId`, `-` for no shape), and how our events compare.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { SmithyParseError, type ValidationEvent } from "../../src/errors.js";
import { loadModelFromSources } from "../../src/loader.js";
import { matchesEventId } from "../../src/validate/severity-rules.js";
import { validateModel } from "../../src/validate/validate.js";

export interface ExpectedEvent {
  severity: string;
  shapeId: string | undefined;
  id: string;
  message: string;
}

export interface ValidationCase {
  /** The model file, relative to the suite. */
  name: string;
  file: string;
  expected: ExpectedEvent[];
}

const LINE = /^\[(\w+)\] (\S+): (.*) \| ([^|]*)$/;

export function parseErrorsFile(text: string): ExpectedEvent[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const m = LINE.exec(line.trim());
      if (!m) throw new Error(`unreadable line in an errors file: ${line}`);
      return { severity: m[1]!, shapeId: m[2] === "-" ? undefined : m[2], message: m[3]!, id: m[4]!.trim() };
    });
}

/** Every model of the suite that has an `.errors` file beside it, in sorted order. */
export function validationCases(suite: string, dir = suite): ValidationCase[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name): ValidationCase[] => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return validationCases(suite, path);
      if (!/\.(smithy|json)$/.test(name)) return [];
      let errors: string;
      try {
        errors = readFileSync(path.replace(/\.(smithy|json)$/, ".errors"), "utf8");
      } catch {
        return [];
      }
      return [{ name: path.slice(suite.length + 1), file: path, expected: parseErrorsFile(errors) }];
    });
}

/** The IDL version a model file declares (`$version` or the JSON AST's `smithy`); IDL files without one are 1.0. */
export function modelVersion(file: string, text: string): string {
  if (file.endsWith(".json")) return /"smithy"\s*:\s*"([^"]*)"/.exec(text)?.[1] ?? "2.0";
  return /^\s*\$version\s*:\s*"([^"]*)"/m.exec(text)?.[1] ?? "1.0";
}

/** Our events for a model file, suppressed ones included (the suite lists those too). */
export function ourEvents(file: string, text: string): ValidationEvent[] {
  try {
    return validateModel(loadModelFromSources([{ file, content: text }]), { includeSuppressed: true });
  } catch (e) {
    if (e instanceof SmithyParseError)
      return [
        {
          id: "Model",
          severity: "ERROR",
          message: e.reason,
          location: e.location,
          ...(e.shapeId ? { shapeId: e.shapeId } : {}),
        },
      ];
    throw e;
  }
}

/** The first segment of an event id: `PaginatedTrait` for `PaginatedTrait.WrongShapeType.inputToken`. */
export function rootId(id: string): string {
  const dot = id.indexOf(".");
  return dot < 0 ? id : id.slice(0, dot);
}

function sameEvent(expected: ExpectedEvent, actual: ValidationEvent): boolean {
  return (
    expected.severity === actual.severity &&
    expected.shapeId === actual.shapeId &&
    matchesEventId(actual.id, expected.id)
  );
}

export interface Comparison {
  missing: ExpectedEvent[];
  extra: ValidationEvent[];
}

/**
 * Pairs each expected event with one of ours; what is left on either side is a difference. A line an errors file
 * repeats word for word counts once: Smithy's own runner only asks that each expected line be found.
 */
export function compareEvents(expected: ExpectedEvent[], actual: ValidationEvent[]): Comparison {
  const left = [...actual];
  const missing: ExpectedEvent[] = [];
  const lines = new Set<string>();
  for (const e of expected) {
    const line = JSON.stringify([e.severity, e.shapeId, e.id, e.message]);
    if (lines.has(line)) continue;
    lines.add(line);
    const i = left.findIndex((a) => sameEvent(e, a));
    if (i < 0) missing.push(e);
    else left.splice(i, 1);
  }
  return { missing, extra: left };
}
