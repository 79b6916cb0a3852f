// Emits codecs.ts: for every structure, union, list and map, a decoder from parsed wire JSON and an encoder to
// JSON-ready values. Decoders take a mode: "client" is tolerant (unknown union members become $unknown, missing
// required members are corrected to zero values), "server" is strict (a malformed union is an error).
import type { Member, NodeValue, Shape } from "@rtca/smithy";
import { isEventStream } from "../event-streams.js";
import { errorMembers, errorsWithHeaders, hasNonBodyMembers, operationsOf } from "../http-bindings.js";
import type { MemberView, ModelView, NamedShape } from "../model-view.js";
import { isStreamingBlob } from "../streaming-blobs.js";
import { CodeWriter, emitWithPath, importStatement, propertyAccess, propertyKey } from "../writer.js";
import { typeOf } from "./type-expressions.js";

export function emitCodecs(view: ModelView, header: string, runtime: string): string {
  const w = new CodeWriter();
  w.line(header);
  w.line(`import * as rt from ${JSON.stringify(runtime)};`);
  const typeNames = view.shapes.filter((s) => s.type === "structure" || s.type === "union" || s.type.endsWith("num"));
  if (typeNames.length > 0) {
    w.line(
      importStatement(
        typeNames.map((s) => view.nameOf(s.id)),
        "./shapes.js",
        true,
      ),
    );
  }
  for (const shape of view.shapes) {
    switch (shape.type) {
      case "structure":
        emitStructureCodec(view, shape, w);
        break;
      case "union":
        emitUnionCodec(view, shape, w);
        break;
      case "list":
      case "set":
        emitListCodec(view, shape, w);
        break;
      case "map":
        emitMapCodec(view, shape, w);
        break;
      default:
        break;
    }
  }
  emitBodyCodecs(view, w);
  return w.toString();
}

/**
 * For an operation input or output with members bound to the path, query or headers, a codec for the members that
 * travel in the JSON body. The protocol module fills in the others.
 */
function emitBodyCodecs(view: ModelView, w: CodeWriter): void {
  const done = new Set<string>();
  for (const op of operationsOf(view)) {
    for (const [id, members] of [
      [op.input, op.inputMembers],
      [op.output, op.outputMembers],
    ] as const) {
      if (!id || done.has(id) || !hasNonBodyMembers(members) || members.some((m) => m.binding.kind === "payload")) {
        continue;
      }
      done.add(id);
      const name = view.nameOf(id);
      const body = members.filter((m) => m.binding.kind === "body");
      emitDocumentCodec(view, w, { suffix: `${name}Body`, type: name, members: body });
    }
  }
  for (const id of errorsWithHeaders(view)) {
    const name = view.nameOf(id);
    const body = errorMembers(view, id).filter((m) => m.binding.kind === "body");
    emitDocumentCodec(view, w, { suffix: `${name}Body`, type: name, members: body });
  }
}

/** An expression that decodes the wire value in `v` into the member's type; `mode` names the decoding mode in scope
 * (a literal one for values that are decoded outside a decoder, such as defaults). */
export function decodeExpression(view: ModelView, member: Member, v: string, mode = "mode"): string {
  const shape = view.index.expect(member.target);
  switch (shape.type) {
    case "structure":
    case "union":
    case "list":
    case "set":
    case "map":
      return `decode${view.nameOf(shape.id)}(${v}, mode)`;
    case "enum":
    case "string":
      return `rt.expectString(${v})${shape.type === "enum" ? ` as ${view.nameOf(shape.id)}` : ""}`;
    case "intEnum":
      return `rt.expectInteger(${v}, "integer") as ${view.nameOf(shape.id)}`;
    case "boolean":
      return `rt.expectBoolean(${v})`;
    case "byte":
    case "short":
    case "integer":
    case "long":
      return `rt.expectInteger(${v}, "${shape.type}")`;
    case "float":
    case "double":
      return `rt.expectFloat(${v})`;
    case "bigInteger":
    case "bigDecimal":
      return `rt.expectBigNumber(${v})`;
    case "timestamp": {
      const format = view.timestampFormat(member);
      return format === "date-time" ? `rt.parseDateTime(${v}, ${mode})` : `${TIMESTAMP_PARSERS[format]}(${v})`;
    }
    case "blob":
      return `rt.parseBase64(${v})`;
    case "document":
      return `${v} as rt.DocumentType`;
    default:
      throw new Error(`${member.container}$${member.name}: cannot decode a ${shape.type}`);
  }
}

/** An expression that encodes the member's value in `v` for the wire. */
export function encodeExpression(view: ModelView, member: Member, v: string): string {
  const shape = view.index.expect(member.target);
  switch (shape.type) {
    case "structure":
    case "union":
    case "list":
    case "set":
    case "map":
      return `encode${view.nameOf(shape.id)}(${v})`;
    case "float":
    case "double":
      return `rt.encodeFloat(${v})`;
    case "timestamp":
      return `${TIMESTAMP_FORMATTERS[view.timestampFormat(member)]}(${v})`;
    case "blob":
      return `rt.formatBase64(${v})`;
    default:
      return v;
  }
}

const TIMESTAMP_PARSERS = {
  "date-time": "rt.parseDateTime",
  "epoch-seconds": "rt.parseEpochSeconds",
  "http-date": "rt.parseHttpDate",
} as const;

const TIMESTAMP_FORMATTERS = {
  "date-time": "rt.formatDateTime",
  "epoch-seconds": "rt.formatEpochSeconds",
  "http-date": "rt.formatHttpDate",
} as const;

/**
 * The value a client puts in a required member that the response left out, so that typed code never meets an
 * undefined there (Smithy's client error correction): zero, empty, the epoch, or an empty unknown union member.
 */
export function zeroValue(view: ModelView, shape: Shape): string {
  switch (shape.type) {
    case "structure":
      return `decode${view.nameOf(shape.id)}({}, mode)`;
    case "union":
      return `{ $unknown: ["", undefined] }`;
    case "list":
    case "set":
      return "[]";
    case "map":
      return "{}";
    case "string":
    case "enum":
      return '""';
    case "boolean":
      return "false";
    case "timestamp":
      return "new Date(0)";
    case "blob":
      return "new Uint8Array(0)";
    case "document":
      return "null";
    default:
      return "0";
  }
}

/** A literal for a member's @default value, decoded as a wire value of the member would be. */
export function defaultExpression(view: ModelView, member: MemberView, value: NodeValue): string {
  const literal = JSON.stringify(value);
  const shape = member.targetShape;
  if (shape.type === "timestamp" || shape.type === "blob") return decodeExpression(view, member, literal, '"client"');
  if (shape.type === "enum" || shape.type === "intEnum") return `${literal} as ${view.nameOf(shape.id)}`;
  if (shape.type === "document") return `${literal} as rt.DocumentType`;
  return literal;
}

function emitStructureCodec(view: ModelView, shape: NamedShape, w: CodeWriter): void {
  const name = view.nameOf(shape.id);
  // An event stream or a streaming blob never travels in a JSON document: each is a body of its own.
  const members = view
    .members(shape.id)
    .filter((m) => !isEventStream(m.targetShape) && !isStreamingBlob(m.targetShape));
  emitDocumentCodec(view, w, { suffix: name, type: name, members });
}

/** What a document codec covers: a whole structure, or the members of an operation's input or output that travel
 * in the body. */
export interface DocumentCodec {
  /** `decode<suffix>` and `encode<suffix>` are the function names. */
  suffix: string;
  /** The TypeScript type the decoder returns and the encoder takes. */
  type: string;
  members: MemberView[];
}

/** Emits a decoder and an encoder for a JSON object whose keys are the given members. */
export function emitDocumentCodec(view: ModelView, w: CodeWriter, codec: DocumentCodec): void {
  const { suffix, type, members } = codec;
  w.line();
  w.block(`export function decode${suffix}(value: unknown, mode: rt.DecodeMode = "client"): ${type} {`, () => {
    w.line("const o = rt.expectObject(value);");
    if (members.length === 0) {
      w.line(`return {} as ${type};`);
      return;
    }
    w.line(`const out = {} as ${type};`);
    w.line('let at = "";');
    emitWithPath(w, "at", () => {
      w.line("let v: unknown;");
      for (const m of members) {
        const target = propertyAccess("out", m.name);
        w.line(`at = ${JSON.stringify(m.wireName)};`);
        w.line(`v = ${propertyAccess("o", m.wireName)};`);
        w.line(`if (v !== undefined && v !== null) ${target} = ${decodeExpression(view, m, "v")};`);
        if (m.defaultValue !== undefined) {
          w.line(`else ${target} = ${defaultExpression(view, m, m.defaultValue)};`);
        } else if (m.required) {
          w.line(`else if (mode === "client") ${target} = ${zeroValue(view, m.targetShape)};`);
        }
      }
    });
    w.line("return out;");
  });
  w.line();
  w.block(`export function encode${suffix}(value: ${type}): Record<string, unknown> {`, () => {
    w.line("const out: Record<string, unknown> = {};");
    for (const m of members) {
      const access = propertyAccess("value", m.name);
      const key = JSON.stringify(m.wireName);
      w.line(`if (${access} !== undefined) out[${key}] = ${encodeExpression(view, m, access)};`);
      // Smithy asks for default values to be serialized, so that a message reads the same whatever default the
      // reader has; not those of @clientOptional members, whose defaults the client does not assume.
      if (m.defaultValue !== undefined && m.traits?.["smithy.api#clientOptional"] === undefined) {
        w.line(`else out[${key}] = ${encodeExpression(view, m, defaultExpression(view, m, m.defaultValue))};`);
      }
    }
    w.line("return out;");
  });
}

function emitUnionCodec(view: ModelView, shape: NamedShape, w: CodeWriter): void {
  const name = view.nameOf(shape.id);
  const members = view.members(shape.id);
  w.line();
  w.block(`export function decode${name}(value: unknown, mode: rt.DecodeMode = "client"): ${name} {`, () => {
    w.line("const o = rt.expectObject(value);");
    w.line(`const key = rt.unionMember(o, ${JSON.stringify(name)});`);
    emitWithPath(w, "key", () => {
      w.block("switch (key) {", () => {
        for (const m of members) {
          w.line(`case ${JSON.stringify(m.wireName)}:`);
          w.line(`  return { ${propertyKey(m.name)}: ${decodeExpression(view, m, "o[key]")} };`);
        }
        w.line("default:");
        w.line(`  return rt.unknownMember(key, o[key], mode, ${JSON.stringify(name)});`);
      });
    });
  });
  w.line();
  w.block(`export function encode${name}(value: ${name}): Record<string, unknown> {`, () => {
    for (const m of members) {
      const access = propertyAccess("value", m.name);
      w.line(
        `if (${access} !== undefined) return { ${JSON.stringify(m.wireName)}: ${encodeExpression(view, m, access)} };`,
      );
    }
    w.line("if (value.$unknown !== undefined) return { [value.$unknown[0]]: value.$unknown[1] };");
    w.line(`throw new TypeError("a ${name} union must have exactly one member set, found none");`);
  });
}

function emitListCodec(view: ModelView, shape: NamedShape & { type: "list" | "set" }, w: CodeWriter): void {
  const name = view.nameOf(shape.id);
  const member = view.member(shape.id, "member");
  const type = typeOf(view, shape);
  const sparse = view.isSparse(shape);
  w.line();
  w.block(`export function decode${name}(value: unknown, mode: rt.DecodeMode = "client"): ${type} {`, () => {
    if (!sparse) {
      w.line(`return rt.decodeList(value, mode, ${itemDecoder(view, member)});`);
      return;
    }
    w.line("const a = rt.expectArray(value);");
    w.line(`const out: ${type} = [];`);
    w.line("let i = 0;");
    emitWithPath(w, "i", () => {
      w.block("for (; i < a.length; i++) {", () => {
        w.line("const v = a[i];");
        w.line(`out.push(v === null || v === undefined ? null : ${decodeExpression(view, member, "v")});`);
      });
    });
    w.line("return out;");
  });
  w.line();
  w.block(`export function encode${name}(value: ${type}): unknown[] {`, () => {
    const encoded = encodeExpression(view, member, "v");
    const body = sparse ? `v === null ? null : ${encoded}` : encoded;
    w.line(encoded === "v" && !sparse ? "return value.slice();" : `return value.map((v) => ${body});`);
  });
}

/**
 * The decoder of a list's or map's entries, for rt.decodeList and rt.decodeMap: the shape's own decoder when it has
 * one, else a function of the entry.
 */
function itemDecoder(view: ModelView, member: Member): string {
  const expression = decodeExpression(view, member, "v");
  const direct = /^(decode\w+|rt\.parseDateTime)\(v, mode\)$/.exec(expression);
  if (direct) return direct[1]!;
  return /^rt\.\w+\(v\)$/.test(expression) ? expression.slice(0, -3) : `(v) => ${expression}`;
}

function emitMapCodec(view: ModelView, shape: NamedShape & { type: "map" }, w: CodeWriter): void {
  const name = view.nameOf(shape.id);
  const value = view.member(shape.id, "value");
  const type = typeOf(view, shape);
  const sparse = view.isSparse(shape);
  w.line();
  w.block(`export function decode${name}(value: unknown, mode: rt.DecodeMode = "client"): ${type} {`, () => {
    if (!sparse) {
      w.line(`return rt.decodeMap(value, mode, ${itemDecoder(view, value)});`);
      return;
    }
    w.line("const o = rt.expectObject(value);");
    w.line(`const out: ${type} = {};`);
    w.line('let at = "";');
    emitWithPath(w, "at", () => {
      w.block("for (const k in o) {", () => {
        w.line("at = k;");
        w.line("const v = o[k];");
        w.line(`rt.setEntry(out, k, v === null || v === undefined ? null : ${decodeExpression(view, value, "v")});`);
      });
    });
    w.line("return out;");
  });
  w.line();
  w.block(`export function encode${name}(value: ${type}): Record<string, unknown> {`, () => {
    w.line("const out: Record<string, unknown> = {};");
    const encoded = encodeExpression(view, value, "v");
    w.block("for (const k in value) {", () => {
      w.line("const v = value[k]!;");
      w.line(`rt.setEntry(out, k, ${sparse ? `v === null ? null : ${encoded}` : encoded});`);
    });
    w.line("return out;");
  });
}
