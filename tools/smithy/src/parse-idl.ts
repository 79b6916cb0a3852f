// One IDL file to its JSON AST.
import { assemble } from "./assemble/assemble.js";
import type { SmithyAst } from "./ast.js";
import { SmithyParseError } from "./errors.js";
import { parseIdlSyntax } from "./idl/parser.js";
import { resolveIdl } from "./idl/resolve.js";
import { PRELUDE } from "./prelude.js";

/**
 * Parses one IDL 2.0 file into the JSON AST that Smithy's model serializer gives for it: absolute shape ids,
 * documentation comments as `smithy.api#documentation`, inline input/output as shapes of their own, enum values
 * filled in, shapes and traits sorted by id. Relative ids are resolved against this file alone (its `use`
 * statements, its own shapes, the prelude); traits applied to shapes defined elsewhere stay `apply` entries.
 *
 * @throws SmithyParseError for a syntax error, or a conflict inside the file (a shape defined twice differently,
 * conflicting trait values, an elided member target that cannot be found).
 */
export function parseIdl(source: string, file = "<input>"): SmithyAst {
  const parsed = parseIdlSyntax(source, file);
  const types = new Map(parsed.shapes.map((s) => [s.id, s.type]));
  const defs = resolveIdl(parsed, {
    isDefined: (id) => types.has(id),
    typeOf: (id) => types.get(id) ?? (Object.hasOwn(PRELUDE.shapes, id) ? PRELUDE.shapes[id]!.type : undefined),
    complete: false,
  });
  const result = assemble([defs], { partial: true });
  const error = result.events.find((e) => e.severity === "ERROR");
  if (error) throw SmithyParseError.at(error.location ?? { file, line: 1, column: 1 }, error.message);
  return result.ast;
}
