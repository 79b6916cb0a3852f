// The one renaming rule of the generators: a shape whose name would collide with a name that generated modules
// already use gets a trailing `_` (`Route` -> `Route_`, `ServiceException` -> `ServiceException_`). Names in use:
// everything the codec runtime exports (generated packages re-export it beside the shapes), the names the client
// and server modules import from their runtimes, the platform globals generated code refers to, and JavaScript's
// reserved words. The wire keeps the model's name: only the TypeScript identifier changes.
import { readFileSync } from "node:fs";

const RUNTIME_TEMPLATE = new URL("../templates/runtime.ts", import.meta.url);

/** The names templates/runtime.ts exports, read from its source so that a new export is covered at once. */
function runtimeExports(): string[] {
  const source = readFileSync(RUNTIME_TEMPLATE, "utf8");
  const declared =
    /^export\s+(?:declare\s+)?(?:abstract\s+)?(?:function|class|interface|type|const|let|enum)\s+([A-Za-z_$][\w$]*)/gm;
  return [...source.matchAll(declared)].map((m) => m[1]!);
}

/** What the client and server modules import from their hand-written runtimes. */
const RUNTIME_IMPORTS = [
  "CallOptions",
  "ClientConfig",
  "ErrorContext",
  "OperationSpec",
  "PaginationConfig",
  "paginate",
  "ServiceClient",
  "ServiceException",
  "WithMetadata",
  "createRestJsonHandler",
  "OperationTable",
  "RequestHandler",
  "ServerOptions",
];

/** Globals the generated code names. */
const PLATFORM_GLOBALS = [
  "Array",
  "Boolean",
  "Date",
  "Error",
  "JSON",
  "Map",
  "Math",
  "Number",
  "Object",
  "Promise",
  "ReadonlySet",
  "Record",
  "RegExp",
  "Set",
  "String",
  "Symbol",
  "TextDecoder",
  "TextEncoder",
  "TypeError",
  "Uint8Array",
];

/** Words that cannot name a class, function or type (strict mode and TypeScript's own type names included). */
const RESERVED_WORDS = [
  "any",
  "await",
  "bigint",
  "boolean",
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "implements",
  "import",
  "in",
  "instanceof",
  "interface",
  "let",
  "never",
  "new",
  "null",
  "number",
  "object",
  "package",
  "private",
  "protected",
  "public",
  "return",
  "static",
  "string",
  "super",
  "switch",
  "symbol",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "undefined",
  "unknown",
  "var",
  "void",
  "while",
  "with",
  "yield",
];

export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  ...runtimeExports(),
  ...RUNTIME_IMPORTS,
  ...PLATFORM_GLOBALS,
  ...RESERVED_WORDS,
]);

/** The TypeScript name of a shape called `name` in the model: the name itself, or with `_` when it is in use. */
export function safeTypeName(name: string): string {
  return RESERVED_NAMES.has(name) ? `${name}_` : name;
}

/** Properties every Error has: an error member named like one gets a trailing `_` on its exception class. */
export const ERROR_PROPERTIES: ReadonlySet<string> = new Set(["message", "name", "stack", "cause"]);
