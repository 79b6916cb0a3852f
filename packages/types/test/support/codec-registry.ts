// The generated codecs, looked up by shape name, so that a test can go over every shape the model has.
import * as codecs from "../../src/generated/connect/codecs.js";
import type { DecodeMode } from "../../src/index.js";

export interface ShapeCodec {
  decode(value: unknown, mode?: DecodeMode): unknown;
  encode(value: never): unknown;
}

const byExportName = codecs as unknown as Record<string, ShapeCodec["decode"] | ShapeCodec["encode"] | undefined>;

/** The decoder and encoder of a shape, or undefined for shapes that need none (enums, strings, numbers). */
export function codecOf(shape: string): ShapeCodec | undefined {
  const decode = byExportName[`decode${shape}`];
  const encode = byExportName[`encode${shape}`];
  if (decode === undefined || encode === undefined) return undefined;
  return { decode: decode as ShapeCodec["decode"], encode: encode as ShapeCodec["encode"] };
}
