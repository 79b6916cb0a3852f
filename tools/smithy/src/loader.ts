// Loads a model from files and directories of IDL (.smithy) and JSON AST (.json) files into one JSON AST.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { assemble } from "./assemble/assemble.js";
import type { FileDefs } from "./assemble/defs.js";
import { readJsonAst } from "./assemble/json-ast.js";
import type { SmithyAst } from "./ast.js";
import type { SourceLocation, ValidationEvent } from "./errors.js";
import { parseIdlSyntax } from "./idl/parser.js";
import { resolveIdl } from "./idl/resolve.js";
import type { ParsedIdl } from "./idl/syntax.js";
import { PRELUDE } from "./prelude.js";

export interface LoadedModel {
  /** The merged model, without the prelude: shapes sorted by id, `apply` statements applied. */
  ast: SmithyAst;
  /** Where each shape and member (`ns#Shape$member`) is defined. */
  locations: Map<string, SourceLocation>;
  /** Where each trait of a shape or member was applied: shape or member id -> trait id -> location. */
  traitLocations: Map<string, Map<string, SourceLocation>>;
  /**
   * Problems found while merging the files: shapes defined twice differently, conflicting trait or metadata
   * values, traits applied to unknown shapes, unresolvable elided targets, unquoted ids naming no shape. The
   * validator reports them with its own findings.
   */
  events: ValidationEvent[];
  /** The files the model was read from, in load order. */
  files: string[];
}

/** A model file given as text. */
export interface ModelSource {
  file: string;
  content: string;
}

const MODEL_FILE = /\.(smithy|json)$/;

/**
 * Loads the model made of the given files and directories (directories are read recursively, in sorted order, for
 * `.smithy` and `.json` files).
 *
 * @throws SmithyParseError for a syntax error in any file.
 */
export async function loadModel(paths: string[]): Promise<LoadedModel> {
  const files: string[] = [];
  for (const path of paths) files.push(...(await discover(path)));
  const unique = [...new Set(files)];
  const sources = await Promise.all(unique.map(async (file) => ({ file, content: await readFile(file, "utf8") })));
  return loadModelFromSources(sources);
}

/** The synchronous twin of {@link loadModel}. */
export function loadModelSync(paths: string[]): LoadedModel {
  const files = [...new Set(paths.flatMap(discoverSync))];
  return loadModelFromSources(files.map((file) => ({ file, content: readFileSync(file, "utf8") })));
}

/** Loads a model from file contents in memory; a file is read as JSON AST when its name ends in `.json`. */
export function loadModelFromSources(sources: ModelSource[]): LoadedModel {
  const idl: ParsedIdl[] = [];
  const json: FileDefs[] = [];
  for (const source of sources) {
    if (source.file.endsWith(".json")) json.push(readJsonAst(source.content, source.file));
    else idl.push(parseIdlSyntax(source.content, source.file));
  }
  const types = new Map<string, string>();
  for (const f of json) for (const s of f.shapes) types.set(s.id, s.type);
  for (const f of idl) for (const s of f.shapes) if (!types.has(s.id)) types.set(s.id, s.type);
  const context = {
    isDefined: (id: string) => types.has(id),
    typeOf: (id: string) => types.get(id) ?? (Object.hasOwn(PRELUDE.shapes, id) ? PRELUDE.shapes[id]!.type : undefined),
    complete: true,
  };
  // Keep the files' own order: definitions and traits merge in the order the files were given.
  const byFile = new Map<string, FileDefs>();
  for (const f of json) byFile.set(f.file, f);
  for (const f of idl) byFile.set(f.file, resolveIdl(f, context));
  const defs = sources.map((s) => byFile.get(s.file)!);
  const result = assemble(defs);
  return { ...result, files: sources.map((s) => s.file) };
}

async function discover(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const out: string[] = [];
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) out.push(...(await discover(full)));
    else if (MODEL_FILE.test(entry.name)) out.push(full);
  }
  return out;
}

function discoverSync(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) out.push(...discoverSync(full));
    else if (MODEL_FILE.test(entry.name)) out.push(full);
  }
  return out;
}
