// TypeScript expressions for the values of a protocol test: the `params` of a case, written as the typed values the
// generated code takes and gives (timestamps as Date, blobs as bytes, NaN and infinities as numbers), and the
// smallest input an operation accepts, for cases that need some request to reach an operation.
import type { NodeValue, ShapeIndex } from "@rtca/smithy";
import { propertyKey } from "../writer.js";

/** An expression for `value` as a value of the shape `id`. Blobs use `bytes(text)` from the suite's helpers. */
export function valueExpression(index: ShapeIndex, id: string, value: NodeValue): string {
  if (value === null) return "null";
  const shape = index.expect(id);
  switch (shape.type) {
    case "structure":
    case "union": {
      const members = new Map(index.members(id).map((m) => [m.name, m.target]));
      // A null member is one the case leaves unset: the generated types have no null for it.
      const set = Object.entries(value as Record<string, NodeValue>).filter(([, v]) => v !== null);
      const entries = set.map(([k, v]) => {
        const target = members.get(k);
        return `${propertyKey(k)}: ${target ? valueExpression(index, target, v) : JSON.stringify(v)}`;
      });
      return `{ ${entries.join(", ")} }`;
    }
    case "list":
    case "set": {
      const element = index.members(id).find((m) => m.name === "member")!.target;
      return `[${(value as NodeValue[]).map((v) => valueExpression(index, element, v)).join(", ")}]`;
    }
    case "map": {
      const target = index.members(id).find((m) => m.name === "value")!.target;
      const entries = Object.entries(value as Record<string, NodeValue>).map(
        ([k, v]) => `${JSON.stringify(k)}: ${valueExpression(index, target, v)}`,
      );
      return `{ ${entries.join(", ")} }`;
    }
    case "timestamp":
      return typeof value === "number" ? `new Date(${value * 1000})` : `new Date(${JSON.stringify(value)})`;
    case "blob":
      return `bytes(${JSON.stringify(value)})`;
    case "float":
    case "double":
      if (value === "NaN") return "Number.NaN";
      if (value === "Infinity") return "Number.POSITIVE_INFINITY";
      if (value === "-Infinity") return "Number.NEGATIVE_INFINITY";
      return JSON.stringify(value);
    default:
      return JSON.stringify(value);
  }
}

/** An expression for the smallest value of the structure `id` that has every required member. */
export function minimalExpression(index: ShapeIndex, id: string, seen: ReadonlySet<string> = new Set()): string {
  const shape = index.expect(id);
  const required = index.members(id).filter((m) => m.traits && "smithy.api#required" in m.traits);
  if (shape.type !== "structure" || required.length === 0) return "{}";
  const entries = required.map((m) => `${propertyKey(m.name)}: ${minimalOf(index, m.target, new Set([...seen, id]))}`);
  return `{ ${entries.join(", ")} }`;
}

function minimalOf(index: ShapeIndex, id: string, seen: ReadonlySet<string>): string {
  const shape = index.expect(id);
  switch (shape.type) {
    case "structure":
      return seen.has(id) ? "{}" : minimalExpression(index, id, seen);
    case "union": {
      const first = index.members(id)[0];
      return first ? `{ ${propertyKey(first.name)}: ${minimalOf(index, first.target, seen)} }` : "{}";
    }
    case "list":
    case "set":
      return "[]";
    case "map":
      return "{}";
    case "enum": {
      const first = index.members(id)[0];
      const value = first?.traits?.["smithy.api#enumValue"] ?? first?.name ?? "";
      return JSON.stringify(value);
    }
    case "intEnum": {
      const first = index.members(id)[0];
      return JSON.stringify(first?.traits?.["smithy.api#enumValue"] ?? 0);
    }
    case "string":
      return '"a"';
    case "boolean":
      return "false";
    case "timestamp":
      return "new Date(0)";
    case "blob":
      return 'bytes("a")';
    case "document":
      return "{}";
    default:
      return "1";
  }
}
