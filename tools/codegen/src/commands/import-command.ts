// rtca-codegen import: writes the closure of some operations of a model as IDL 2.0, into one of our model files.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { isBlocking, loadModel, parseIdl, serializeIdl, validateModel } from "@rtca/smithy";
import type { CliIo } from "../cli.js";
import { ImportError, importOperations } from "../model-import/import-operations.js";

export const IMPORT_USAGE = `  rtca-codegen import --model <file-or-dir>... --operation <shape-id>... [--out <file.smithy>]
                                             write the closure of the operations as IDL 2.0 (to stdout, or into
                                             --out, keeping its other shapes and our documentation)`;

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      model: { type: "string", multiple: true },
      operation: { type: "string", multiple: true },
      out: { type: "string" },
    },
  });
  if (!values.model?.length) throw new ImportError("import needs --model: the model to import from");
  if (!values.operation?.length) throw new ImportError("import needs --operation: the operations to import");
  const source = await loadModel(values.model.map((p) => resolve(io.cwd, p)));
  const blocking = validateModel(source, { allowUnknownTraits: true }).filter(isBlocking);
  if (blocking.length > 0) throw new ImportError(`the source model is not valid: ${blocking[0]!.message}`);
  const out = values.out ? resolve(io.cwd, values.out) : undefined;
  const existing = out && existsSync(out) ? parseIdl(await readFile(out, "utf8"), out) : undefined;
  const result = importOperations({
    source: source.ast,
    library: source.library,
    operations: values.operation,
    ...(existing ? { existing } : {}),
  });
  const text = serializeIdl(result.ast);
  if (out) await writeFile(out, text);
  else io.stdout(text);
  const added = result.imported.filter((id) => !existing?.shapes[id]);
  io.stderr(
    `imported ${result.imported.length} shapes (${added.length} new${added.length ? `: ${added.join(", ")}` : ""})\n`,
  );
  for (const id of result.kept) io.stderr(`kept ${id}: the source does not have it\n`);
  return 0;
}
