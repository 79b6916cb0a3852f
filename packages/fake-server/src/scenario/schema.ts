// The scenario schema, as published in the package (scenario.schema.json, for editors), and the checker the loader
// runs every scenario document through before compiling it.
import { createRequire } from "node:module";
import { type JsonSchema, SchemaChecker } from "./schema-check.js";

export const scenarioSchema = createRequire(import.meta.url)("../../scenario.schema.json") as JsonSchema;

let checker: SchemaChecker | undefined;

export function scenarioSchemaChecker(): SchemaChecker {
  checker ??= new SchemaChecker(scenarioSchema);
  return checker;
}
