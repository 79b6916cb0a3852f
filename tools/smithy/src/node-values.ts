// Small helpers for JSON-like node values.
import type { NodeObject, NodeValue } from "./ast.js";

/**
 * Sets an own, enumerable property. Keys come from model files, so `__proto__` is an ordinary key here and must
 * not reach the prototype setter.
 */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Whether a key is an own property (never inherited from Object.prototype). */
export function hasOwn(target: object, key: string): boolean {
  return Object.hasOwn(target, key);
}

export function isNodeObject(value: unknown): value is NodeObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Structural equality of node values; object key order does not matter. */
export function nodeEquals(a: NodeValue | undefined, b: NodeValue | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => nodeEquals(item, b[i]));
  }
  if (isNodeObject(a)) {
    if (!isNodeObject(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => hasOwn(b, k) && nodeEquals(a[k], b[k]));
  }
  return false;
}

/** A copy of an object with its keys in sorted order (deeply when asked). */
export function sortKeys<T>(value: Record<string, T>, deep = false): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(value).sort()) {
    const v = value[key] as T;
    setOwn(out, key, (deep ? deepSort(v as NodeValue) : v) as T);
  }
  return out;
}

function deepSort(value: NodeValue): NodeValue {
  if (Array.isArray(value)) return value.map(deepSort);
  if (isNodeObject(value)) return sortKeys(value, true);
  return value;
}

/** Describes a node value's kind for messages: "string", "number", "object", ... */
export function nodeKind(value: NodeValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value === "object" ? "object" : typeof value;
}
