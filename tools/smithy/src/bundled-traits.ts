// The trait definitions bundled with this package (`traits/*.smithy`): the `aws.*`, `smithy.rules`, `smithy.waiters`,
// `smithy.test`, `smithy.framework` and `smithy.protocols` shapes that AWS's models and Smithy's protocol tests use.
// Like the prelude, they are available to every model without being part of it; they are parsed once, on first use.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mergeSources } from "./assemble/merge-sources.js";
import type { ShapeNode } from "./ast.js";
import { formatEvent } from "./errors.js";

/** The folder of the bundled trait definition files. */
export const BUNDLED_TRAITS_DIR = fileURLToPath(new URL("../traits/", import.meta.url));

let cached: Readonly<Record<string, ShapeNode>> | undefined;

/** The bundled trait definitions (and the shapes their values are made of), by absolute shape id. */
export function bundledTraitShapes(): Readonly<Record<string, ShapeNode>> {
  if (cached) return cached;
  const files = readdirSync(BUNDLED_TRAITS_DIR)
    .filter((name) => name.endsWith(".smithy"))
    .sort()
    .map((name) => join(BUNDLED_TRAITS_DIR, name));
  const loaded = mergeSources(
    files.map((file) => ({ file, content: readFileSync(file, "utf8") })),
    {},
  );
  const broken = loaded.events.filter((e) => e.severity === "ERROR");
  if (broken.length > 0)
    throw new Error(`bundled trait definitions do not load:\n${broken.map(formatEvent).join("\n")}`);
  cached = Object.freeze(loaded.ast.shapes);
  return cached;
}

/** Whether the id names a shape of the bundled trait definitions. */
export function isBundledTraitShape(id: string): boolean {
  return Object.hasOwn(bundledTraitShapes(), id);
}
