// Checks a JSON value against a JSON Schema, for the subset of keywords that the scenario schema uses, and names
// the first place that is wrong, as `contacts[0].timeline[3].message.text: expected a string, got a number (3)`.
// A keyword outside the subset is refused when the schema is read, so the schema cannot say more than is checked.
import { describe } from "@rtca/types";
import { at, ScenarioError } from "./reader.js";

export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: "object" | "array" | "string" | "integer";
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: false | JsonSchema;
  readonly propertyNames?: JsonSchema;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly oneOf?: readonly JsonSchema[];
  readonly not?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
  /** Used in messages, where it says what a value must be better than its type does. */
  readonly title?: string;
}

const CHECKED = new Set([
  "$ref",
  "type",
  "enum",
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "items",
  "minItems",
  "minLength",
  "maxLength",
  "pattern",
  "minimum",
  "maximum",
  "oneOf",
  "not",
  "anyOf",
  "$defs",
]);
const ANNOTATIONS = new Set(["$schema", "$id", "title", "description", "default", "examples"]);

const TYPE_NAMES = { object: "an object", array: "an array", string: "a string", integer: "a whole number" };

/** A schema with its definitions, ready to check values. */
export class SchemaChecker {
  readonly #root: JsonSchema;

  constructor(root: JsonSchema) {
    this.#root = root;
    refuseUncheckedKeywords(root, "#");
  }

  /** Throws a ScenarioError naming the first place where `value` breaks the schema. */
  check(value: unknown): void {
    const problem = this.#problem(this.#root, value, "");
    if (problem !== undefined) throw new ScenarioError(problem.path, problem.reason);
  }

  #resolve(schema: JsonSchema): JsonSchema {
    if (schema.$ref === undefined) return schema;
    const name = schema.$ref.replace(/^#\/\$defs\//, "");
    const target = this.#root.$defs?.[name];
    if (target === undefined) throw new Error(`the schema refers to ${schema.$ref}, which it does not define`);
    return this.#resolve(target);
  }

  #problem(given: JsonSchema, value: unknown, path: string): { path: string; reason: string } | undefined {
    const schema = this.#resolve(given);
    const fail = (reason: string, where = path) => ({ path: where, reason });
    if (schema.enum !== undefined && !schema.enum.includes(value)) {
      return fail(`expected one of ${schema.enum.join(", ")}, got ${describe(value)}`);
    }
    const expected = schema.title ?? (schema.type === undefined ? undefined : TYPE_NAMES[schema.type]);
    if (schema.type !== undefined && !hasType(value, schema.type))
      return fail(`expected ${expected}, got ${describe(value)}`);
    if (typeof value === "string") {
      const { minLength, maxLength, pattern } = schema;
      if (minLength !== undefined && value.length < minLength)
        return fail(`must have at least ${minLength} character${minLength === 1 ? "" : "s"}`);
      if (maxLength !== undefined && value.length > maxLength) return fail(`must have at most ${maxLength} characters`);
      if (pattern !== undefined && !new RegExp(pattern, "u").test(value))
        return fail(`must match ${pattern}, got ${describe(value)}`);
    }
    if (typeof value === "number") {
      const outside =
        (schema.minimum !== undefined && value < schema.minimum) ||
        (schema.maximum !== undefined && value > schema.maximum);
      if (outside && schema.title !== undefined) return fail(`expected ${schema.title}, got ${describe(value)}`);
      if (schema.minimum !== undefined && value < schema.minimum)
        return fail(`must be at least ${schema.minimum}, got ${value}`);
      if (schema.maximum !== undefined && value > schema.maximum)
        return fail(`must be at most ${schema.maximum}, got ${value}`);
    }
    if (Array.isArray(value)) {
      if (schema.minItems !== undefined && value.length < schema.minItems)
        return fail(`needs at least ${schema.minItems} item${schema.minItems === 1 ? "" : "s"}`);
      if (schema.items !== undefined) {
        for (const [i, item] of value.entries()) {
          const problem = this.#problem(schema.items, item, at(path, i));
          if (problem !== undefined) return problem;
        }
      }
    }
    if (isObject(value)) {
      const problem = this.#objectProblem(schema, value, path);
      if (problem !== undefined) return problem;
    }
    return this.#combinationProblem(schema, value, path);
  }

  #objectProblem(schema: JsonSchema, value: Record<string, unknown>, path: string) {
    const known = Object.keys(schema.properties ?? {});
    for (const key of Object.keys(value)) {
      const where = at(path, key);
      if (schema.propertyNames !== undefined) {
        const problem = this.#problem(schema.propertyNames, key, where);
        if (problem !== undefined) return { path: where, reason: `the name ${problem.reason}` };
      }
      const property = schema.properties?.[key];
      if (property === undefined && schema.additionalProperties === false) {
        return { path: where, reason: `unknown field; expected one of ${known.join(", ")}` };
      }
      const problem = this.#problem(
        property ?? (schema.additionalProperties === false ? {} : (schema.additionalProperties ?? {})),
        value[key],
        where,
      );
      if (problem !== undefined) return problem;
    }
    for (const name of schema.required ?? []) {
      if (value[name] === undefined) return { path: at(path, name), reason: "is required" };
    }
    return undefined;
  }

  #combinationProblem(schema: JsonSchema, value: unknown, path: string) {
    if (schema.not !== undefined && this.#problem(schema.not, value, path) === undefined) {
      return { path, reason: `must not be ${describeSchema(schema.not)}` };
    }
    const anyOf = schema.anyOf;
    if (anyOf?.every((s) => this.#problem(s, value, path) !== undefined)) {
      return { path, reason: `must be ${anyOf.map(describeSchema).join(", or ")}` };
    }
    if (schema.oneOf !== undefined) {
      const kinds = schema.oneOf.map((s) =>
        Object.keys(s).length === 1 && s.required?.length === 1 ? s.required[0] : undefined,
      );
      if (isObject(value) && kinds.every((k) => k !== undefined)) {
        const found = kinds.filter((k) => value[k!] !== undefined);
        if (found.length === 1) return undefined;
        return {
          path,
          reason: `needs exactly one of ${kinds.join(", ")}; found ${found.length === 0 ? "none" : found.join(", ")}`,
        };
      }
      const outcomes = schema.oneOf.map((s) => this.#problem(s, value, path));
      const matched = outcomes.filter((o) => o === undefined).length;
      if (matched === 1) return undefined;
      // A single alternative that fails deeper than here says more than "none matched".
      const deeper = outcomes.filter((o) => o !== undefined && o.path !== path);
      if (matched === 0 && deeper.length === 1) return deeper[0];
      return {
        path,
        reason: `must be exactly one of: ${schema.oneOf.map(describeSchema).join("; ")} (${matched === 0 ? "it is none" : `it is ${matched}`})`,
      };
    }
    return undefined;
  }
}

function describeSchema(schema: JsonSchema): string {
  if (schema.required !== undefined && Object.keys(schema).every((k) => k === "required" || k === "not")) {
    const has = `with ${schema.required.join(" and ")}`;
    return schema.not === undefined ? has : `${has}, not ${describeSchema(schema.not)}`;
  }
  if (schema.anyOf !== undefined) return schema.anyOf.map(describeSchema).join(" or ");
  if (schema.$ref !== undefined) return `${schema.$ref.replace(/^#\/\$defs\//, "a ")}`;
  if (schema.type !== undefined) return TYPE_NAMES[schema.type];
  return "as the schema says";
}

function hasType(value: unknown, type: NonNullable<JsonSchema["type"]>): boolean {
  switch (type) {
    case "object":
      return isObject(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function refuseUncheckedKeywords(schema: unknown, where: string): void {
  if (!isObject(schema)) throw new Error(`${where}: a schema must be an object`);
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (!CHECKED.has(key)) throw new Error(`${where}: the keyword ${key} is not checked by this loader`);
    const inner = `${where}/${key}`;
    if (key === "properties" || key === "$defs") {
      for (const [name, sub] of Object.entries(value as object)) refuseUncheckedKeywords(sub, `${inner}/${name}`);
    } else if (key === "oneOf" || key === "anyOf") {
      for (const [i, sub] of (value as unknown[]).entries()) refuseUncheckedKeywords(sub, `${inner}/${i}`);
    } else if (
      key === "items" ||
      key === "not" ||
      key === "propertyNames" ||
      (key === "additionalProperties" && value !== false)
    ) {
      refuseUncheckedKeywords(value, inner);
    }
  }
}
