// Checks that a node value (a trait value, a default) fits a shape: its type, required members, enum values and
// the length, range and pattern constraints (https://smithy.io/2.0/spec/model.html#trait-node-values).
import type { NodeValue, Traits } from "../ast.js";
import { isNodeObject, nodeKind } from "../node-values.js";
import type { ModelView } from "./model-view.js";
import type { SelectorEvaluator } from "./selector.js";
import { article } from "./words.js";

const INTEGER_BOUNDS: Record<string, [number, number]> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [Number.MIN_SAFE_INTEGER * 1024, Number.MAX_SAFE_INTEGER * 1024],
};
const IDENTIFIER = "[A-Za-z_][A-Za-z0-9_]*";
/** `namespace#Name` or `namespace#Name$member`, the form every `@idRef` value takes. */
const ABSOLUTE_SHAPE_ID = new RegExp(`^${IDENTIFIER}(\\.${IDENTIFIER})*#${IDENTIFIER}(\\$${IDENTIFIER})?$`);
const NON_NUMERIC_FLOATS = new Set(["NaN", "Infinity", "-Infinity"]);

/**
 * What kind of problem a callback gets, where callers grade or name it differently: a number outside a `@range`
 * of the member that leads to the value or of the shape it targets (as Smithy's event id suffixes name them), a
 * structure member the shape does not define, a value of the wrong kind (a string for an object), a required
 * member left out, a string that is not one of its enum's values, an `@idRef` string that is no shape id, a
 * `@length` or `@pattern` not met, NaN where a `@range` applies.
 */
export type NodeConstraint =
  | "Member.InvalidRange"
  | "Target.InvalidRange"
  | "unknownMember"
  | "kind"
  | "missingMember"
  | "enumValue"
  | "shapeIdSyntax"
  | "length"
  | "pattern"
  | "notANumber";

export function isRangeConstraint(
  constraint: NodeConstraint | undefined,
): constraint is "Member.InvalidRange" | "Target.InvalidRange" {
  return constraint === "Member.InvalidRange" || constraint === "Target.InvalidRange";
}

/** Called with a problem: where in the value (`.min`, `[2]`) and what is wrong. */
export type NodeProblem = (path: string, message: string, constraint?: NodeConstraint) => void;

export class NodeChecker {
  constructor(
    readonly model: ModelView,
    readonly selectors: SelectorEvaluator,
  ) {}

  /**
   * Checks `value` against the shape `shapeId`; `memberTraits` are the constraint traits of the member that
   * leads to the shape, if any (they apply on top of the shape's own).
   */
  check(value: NodeValue, shapeId: string, report: NodeProblem, path = "", memberTraits: Traits = {}): void {
    const view = this.model.get(shapeId);
    const shape = view?.shape;
    if (!view || !shape) return; // an unresolved target is reported elsewhere
    const traits = { ...view.traits, ...memberTraits };
    const here = path || "value";
    if (value === null) {
      if (shape.type !== "document") report(path, `${here} is null, expected ${article(shape.type)}`);
      return;
    }
    switch (shape.type) {
      case "document":
        return;
      case "string":
      case "blob":
        if (typeof value !== "string") {
          report(path, `expected a string, found ${nodeKind(value)}`, "kind");
          return;
        }
        this.#length(value.length, traits, report, path);
        if (shape.type === "string") {
          this.#pattern(value, traits, report, path);
          this.#idRef(value, traits, report, path);
        }
        return;
      case "enum": {
        if (typeof value !== "string") {
          report(path, `expected a string, found ${nodeKind(value)}`, "kind");
          return;
        }
        const values = this.model.membersOf(shapeId).map((m) => m.traits["smithy.api#enumValue"]);
        if (!values.includes(value)) {
          report(
            path,
            `"${value}" is not a value of enum ${shapeId} (${values.map((v) => JSON.stringify(v)).join(", ")})`,
            "enumValue",
          );
        }
        return;
      }
      case "intEnum": {
        const values = this.model.membersOf(shapeId).map((m) => m.traits["smithy.api#enumValue"]);
        if (typeof value !== "number" || !values.includes(value)) {
          report(path, `${JSON.stringify(value)} is not a value of intEnum ${shapeId} (${values.join(", ")})`);
        }
        return;
      }
      case "boolean":
        if (typeof value !== "boolean") report(path, `expected a boolean, found ${nodeKind(value)}`, "kind");
        return;
      case "timestamp":
        if (typeof value !== "number" && typeof value !== "string") {
          report(path, `expected a timestamp (number or string), found ${nodeKind(value)}`, "kind");
        }
        return;
      case "byte":
      case "short":
      case "integer":
      case "long":
      case "bigInteger": {
        if (typeof value !== "number" || !Number.isInteger(value)) {
          report(path, `expected an integer, found ${typeof value === "number" ? value : nodeKind(value)}`, "kind");
          return;
        }
        const bounds = INTEGER_BOUNDS[shape.type];
        if (bounds && (value < bounds[0] || value > bounds[1]))
          report(path, `${value} does not fit ${article(shape.type)}`);
        this.#ranges(value, view.traits, memberTraits, report, path);
        return;
      }
      case "float":
      case "double":
      case "bigDecimal":
        if (typeof value === "string" && shape.type !== "bigDecimal" && NON_NUMERIC_FLOATS.has(value)) {
          this.#nonNumericRanges(value, view.traits, memberTraits, report, path);
          return;
        }
        if (typeof value !== "number") {
          report(path, `expected a number, found ${nodeKind(value)}`, "kind");
          return;
        }
        this.#ranges(value, view.traits, memberTraits, report, path);
        return;
      case "list":
      case "set": {
        if (!Array.isArray(value)) {
          report(path, `expected an array, found ${nodeKind(value)}`, "kind");
          return;
        }
        this.#length(value.length, traits, report, path);
        const member = this.model.get(`${shapeId}$member`);
        if (member?.target) {
          value.forEach((item, i) => {
            if (item === null && traits["smithy.api#sparse"] !== undefined) return;
            this.check(item, member.target!, report, `${path}[${i}]`, member.traits);
          });
        }
        return;
      }
      case "map": {
        if (!isNodeObject(value)) {
          report(path, `expected an object, found ${nodeKind(value)}`, "kind");
          return;
        }
        this.#length(Object.keys(value).length, traits, report, path);
        const key = this.model.get(`${shapeId}$key`);
        const val = this.model.get(`${shapeId}$value`);
        for (const [k, v] of Object.entries(value)) {
          if (key?.target) this.check(k, key.target, report, `${path}.(key ${JSON.stringify(k)})`, key.traits);
          if (val?.target && !(v === null && traits["smithy.api#sparse"] !== undefined)) {
            this.check(v, val.target, report, `${path}.${k}`, val.traits);
          }
        }
        return;
      }
      case "structure":
      case "union": {
        if (!isNodeObject(value)) {
          report(path, `expected an object, found ${nodeKind(value)}`, "kind");
          return;
        }
        const members = new Map(this.model.membersOf(shapeId).map((m) => [m.memberName!, m]));
        for (const [k, v] of Object.entries(value)) {
          const m = members.get(k);
          if (!m) {
            const expected = [...members.keys()].join(", ") || "no members";
            report(
              `${path}.${k}`,
              `unknown member \`${k}\` (expected ${expected})`,
              shape.type === "structure" ? "unknownMember" : undefined,
            );
            continue;
          }
          if (m.target) this.check(v, m.target, report, `${path}.${k}`, m.traits);
        }
        if (shape.type === "union") {
          if (Object.keys(value).length !== 1) report(path, "a union value must set exactly one member");
        } else {
          for (const [name, m] of members) {
            if (m.traits["smithy.api#required"] !== undefined && !Object.hasOwn(value, name)) {
              if (m.traits["smithy.api#default"] === undefined) {
                report(path, `missing required member \`${name}\``, "missingMember");
              }
            }
          }
        }
        return;
      }
      default:
        return;
    }
  }

  #length(length: number, traits: Traits, report: NodeProblem, path: string): void {
    const l = traits["smithy.api#length"];
    if (!isNodeObject(l)) return;
    if (typeof l.min === "number" && length < l.min)
      report(path, `length ${length} is below the minimum ${l.min}`, "length");
    if (typeof l.max === "number" && length > l.max)
      report(path, `length ${length} is above the maximum ${l.max}`, "length");
  }

  /** A member's `@range` does not replace its target's: the value must be within both, and each is reported. */
  #ranges(value: number, shapeTraits: Traits, memberTraits: Traits, report: NodeProblem, path: string): void {
    this.#range(value, memberTraits, report, path, "Member.InvalidRange");
    this.#range(value, shapeTraits, report, path, "Target.InvalidRange");
  }

  /** NaN is within no @range; the infinities are checked against the bounds like numbers. */
  #nonNumericRanges(value: string, shapeTraits: Traits, memberTraits: Traits, report: NodeProblem, path: string): void {
    if (value !== "NaN") {
      this.#ranges(value === "Infinity" ? Infinity : -Infinity, shapeTraits, memberTraits, report, path);
      return;
    }
    const ranged = [memberTraits, shapeTraits].some((t) => isNodeObject(t["smithy.api#range"]));
    if (ranged) report(path, "NaN is within no @range", "notANumber");
  }

  #range(value: number, traits: Traits, report: NodeProblem, path: string, constraint: NodeConstraint): void {
    const r = traits["smithy.api#range"];
    if (!isNodeObject(r)) return;
    if (typeof r.min === "number" && value < r.min) report(path, `${value} is below the minimum ${r.min}`, constraint);
    if (typeof r.max === "number" && value > r.max) report(path, `${value} is above the maximum ${r.max}`, constraint);
  }

  /** A string that must name a shape (`@idRef`): it must exist when required, and match the selector. */
  #idRef(value: string, traits: Traits, report: NodeProblem, path: string): void {
    const idRef = traits["smithy.api#idRef"];
    if (!isNodeObject(idRef)) return;
    if (!ABSOLUTE_SHAPE_ID.test(value)) {
      report(path, `${JSON.stringify(value)} is not an absolute shape id (namespace#Name)`, "shapeIdSyntax");
      return;
    }
    const exists = this.model.has(value);
    if (!exists) {
      if (idRef.failWhenMissing === true) report(path, `\`${value}\` does not name a shape of the model`);
      return;
    }
    const selector = typeof idRef.selector === "string" ? idRef.selector : "*";
    if (selector !== "*" && !this.selectors.matches(selector, value)) {
      const message = typeof idRef.errorMessage === "string" ? idRef.errorMessage : `it must match \`${selector}\``;
      report(path, `\`${value}\` is not a valid reference here: ${message}`);
    }
  }

  #pattern(value: string, traits: Traits, report: NodeProblem, path: string): void {
    const p = traits["smithy.api#pattern"];
    if (typeof p !== "string") return;
    let regex: RegExp;
    try {
      regex = new RegExp(p, "u");
    } catch {
      return; // a pattern JavaScript cannot compile is not this check's business
    }
    if (!regex.test(value)) report(path, `${JSON.stringify(value)} does not match the pattern ${p}`, "pattern");
  }
}
