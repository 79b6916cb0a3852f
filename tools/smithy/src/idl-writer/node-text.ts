// Node values (trait values, metadata, defaults) written as IDL text.
import type { NodeValue } from "../ast.js";
import { isNodeObject } from "../node-values.js";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Past this width a value is broken over several lines. */
const WIDTH = 100;

/** A string literal: JSON's escapes are all IDL escapes too. */
export function quote(text: string): string {
  return JSON.stringify(text);
}

/** An object key: bare when it is an identifier, quoted otherwise. */
export function nodeKey(key: string): string {
  return IDENTIFIER.test(key) ? key : quote(key);
}

/**
 * A node value as IDL. Strings are always quoted, so none is read back as a shape id; objects and arrays that do
 * not fit on one line are written one entry a line, indented from `indent`.
 */
export function nodeText(value: NodeValue, indent = ""): string {
  const flat = flatText(value);
  if (flat.length + indent.length <= WIDTH || value === null || typeof value !== "object") return flat;
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => `${inner}${nodeText(v, inner)}\n`).join("")}${indent}]`;
  }
  const entries = Object.entries(value).map(([k, v]) => `${inner}${nodeKey(k)}: ${nodeText(v, inner)}\n`);
  return `{\n${entries.join("")}${indent}}`;
}

function flatText(value: NodeValue): string {
  if (value === null) return "null";
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(flatText).join(", ")}]`;
  const entries = Object.entries(value).map(([k, v]) => `${nodeKey(k)}: ${flatText(v)}`);
  return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
}

/**
 * The body of a trait application: nothing for an empty object (an annotation trait), the members of a non-empty
 * object as `(key: value, ...)`, any other value in parentheses.
 */
export function traitBody(value: NodeValue, indent: string): string {
  if (isNodeObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return "";
    const text = nodeText(value, indent);
    // `{ a: 1 }` -> `(a: 1)`; a multi-line object keeps its braces inside the parentheses.
    return text.startsWith("{ ") ? `(${text.slice(2, -2)})` : `(${text})`;
  }
  return `(${nodeText(value, indent)})`;
}
