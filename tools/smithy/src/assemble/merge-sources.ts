// Model files given as text to one merged model: JSON AST files are read, IDL files parsed and their relative ids
// resolved against every file (and the prelude and library), then everything is assembled in the files' order.
import type { ShapeNode } from "../ast.js";
import { parseIdlSyntax } from "../idl/parser.js";
import { resolveIdl } from "../idl/resolve.js";
import type { ParsedIdl } from "../idl/syntax.js";
import { PRELUDE } from "../prelude.js";
import { type Assembled, assemble } from "./assemble.js";
import type { FileDefs } from "./defs.js";
import { readJsonAst } from "./json-ast.js";

/** A model file given as text. */
export interface ModelSource {
  file: string;
  content: string;
}

/** Merges the files; a file is read as JSON AST when its name ends in `.json`, as IDL otherwise. */
export function mergeSources(sources: ModelSource[], library: Readonly<Record<string, ShapeNode>>): Assembled {
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
    typeOf: (id: string) =>
      types.get(id) ??
      (Object.hasOwn(PRELUDE.shapes, id) ? PRELUDE.shapes[id]!.type : undefined) ??
      (Object.hasOwn(library, id) ? library[id]!.type : undefined),
    complete: true,
  };
  // Keep the files' own order: definitions and traits merge in the order the files were given.
  const byFile = new Map<string, FileDefs>();
  for (const f of json) byFile.set(f.file, f);
  for (const f of idl) byFile.set(f.file, resolveIdl(f, context));
  return assemble(
    sources.map((s) => byFile.get(s.file)!),
    { library },
  );
}
