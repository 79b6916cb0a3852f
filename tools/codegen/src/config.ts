// The checked-in config that says which model to read and what to generate where.
import { access, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { MODULES, type ModuleName, type Target, type TargetImports } from "./generate.js";

export const CONFIG_FILE = "rtca-codegen.config.json";

/** A target, with the model it is generated from. */
export interface ConfiguredTarget extends Target {
  /** Model files or directories (absolute once read). */
  model: string[];
}

export interface CodegenConfig {
  targets: ConfiguredTarget[];
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Finds the config file in the directory or the nearest one above it. */
export async function findConfig(from: string): Promise<string> {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    try {
      await access(candidate);
      return candidate;
    } catch {
      const parent = dirname(dir);
      if (parent === dir) throw new ConfigError(`no ${CONFIG_FILE} in ${from} or any directory above it`);
      dir = parent;
    }
  }
}

/** Reads and checks a config file; paths in the result are absolute. */
export async function readConfig(file: string): Promise<CodegenConfig> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ConfigError(`${file}: ${(error as Error).message}`);
  }
  const base = dirname(file);
  const fail = (what: string): never => {
    throw new ConfigError(`${file}: ${what}`);
  };
  if (typeof raw !== "object" || raw === null) return fail("expected an object");
  const { model: defaultModel, targets } = raw as Record<string, unknown>;
  const isPaths = (v: unknown): v is string[] =>
    Array.isArray(v) && v.length > 0 && v.every((m) => typeof m === "string");
  if (defaultModel !== undefined && !isPaths(defaultModel)) return fail('"model" must be a non-empty list of paths');
  if (!Array.isArray(targets) || targets.length === 0) return fail('"targets" must be a non-empty list');
  return {
    targets: targets.map((t, i) => {
      const {
        service,
        out,
        modules,
        imports,
        skipEventStreams,
        model = defaultModel,
      } = (t ?? {}) as Record<string, unknown>;
      if (!isPaths(model)) fail(`targets[${i}] needs a "model" (or a top-level one): a non-empty list of paths`);
      if (typeof service !== "string" || !service.includes("#")) fail(`targets[${i}].service must be a shape id`);
      if (typeof out !== "string") fail(`targets[${i}].out must be a path`);
      if (modules !== undefined && (!Array.isArray(modules) || !modules.every((m) => MODULES.includes(m)))) {
        fail(`targets[${i}].modules must list some of: ${MODULES.join(", ")}`);
      }
      if (
        imports !== undefined &&
        (typeof imports !== "object" || imports === null || !Object.values(imports).every((v) => typeof v === "string"))
      ) {
        fail(`targets[${i}].imports must map names to module specifiers`);
      }
      if (skipEventStreams !== undefined && typeof skipEventStreams !== "boolean") {
        fail(`targets[${i}].skipEventStreams must be true or false`);
      }
      return {
        ...(imports ? { imports: imports as TargetImports } : {}),
        ...(skipEventStreams ? { skipEventStreams: true } : {}),
        model: (model as string[]).map((m) => resolve(base, m)),
        service: service as string,
        out: resolve(base, out as string),
        ...(modules ? { modules: modules as ModuleName[] } : {}),
      };
    }),
  };
}
