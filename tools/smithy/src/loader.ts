// Loads a model from files and directories of IDL (.smithy) and JSON AST (.json) files into one JSON AST.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { type ModelSource, mergeSources } from "./assemble/merge-sources.js";
import type { ShapeNode, SmithyAst } from "./ast.js";
import { bundledTraitShapes } from "./bundled-traits.js";
import type { SourceLocation, ValidationEvent } from "./errors.js";

export type { ModelSource };

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
  /**
   * Shapes the model may use without defining them, besides the prelude: the bundled trait definitions, or none
   * when the model was loaded with `bundledTraits: false`.
   */
  library: Readonly<Record<string, ShapeNode>>;
}

export interface LoadOptions {
  /**
   * Make the trait definitions bundled with this package (`aws.*`, `smithy.rules`, `smithy.waiters`, `smithy.test`,
   * `smithy.framework`, `smithy.protocols`) available to the model, as the prelude is. Default true; turn it off to
   * load a model that defines those shapes itself.
   */
  bundledTraits?: boolean;
}

const MODEL_FILE = /\.(smithy|json)$/;

/**
 * Loads the model made of the given files and directories (directories are read recursively, in sorted order, for
 * `.smithy` and `.json` files).
 *
 * @throws SmithyParseError for a syntax error in any file.
 */
export async function loadModel(paths: string[], options: LoadOptions = {}): Promise<LoadedModel> {
  const files: string[] = [];
  for (const path of paths) files.push(...(await discover(path)));
  const unique = [...new Set(files)];
  const sources = await Promise.all(unique.map(async (file) => ({ file, content: await readFile(file, "utf8") })));
  return loadModelFromSources(sources, options);
}

/** The synchronous twin of {@link loadModel}. */
export function loadModelSync(paths: string[], options: LoadOptions = {}): LoadedModel {
  const files = [...new Set(paths.flatMap(discoverSync))];
  return loadModelFromSources(
    files.map((file) => ({ file, content: readFileSync(file, "utf8") })),
    options,
  );
}

/** Loads a model from file contents in memory; a file is read as JSON AST when its name ends in `.json`. */
export function loadModelFromSources(sources: ModelSource[], options: LoadOptions = {}): LoadedModel {
  const library = options.bundledTraits === false ? {} : bundledTraitShapes();
  return { ...mergeSources(sources, library), files: sources.map((s) => s.file), library };
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
