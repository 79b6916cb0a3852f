// Emits shapes.ts: a TypeScript type for every structure, union and enum a service reaches.
import type { ModelView, NamedShape } from "../model-view.js";
import { isStreamingBlob } from "../streaming-blobs.js";
import { CodeWriter, propertyKey } from "../writer.js";
import { memberTypeOf, typeOf } from "./type-expressions.js";

export function emitTypes(view: ModelView, header: string, runtime: string): string {
  const w = new CodeWriter();
  w.line(header);
  // The types of streaming blobs, only for a service that has some (the client and server name them from here).
  const streaming = view.shapes.some(
    (s) => s.type === "structure" && view.members(s.id).some((m) => isStreamingBlob(m.targetShape)),
  );
  const runtimeTypes = streaming ? "DocumentType, StreamingBlobInput, StreamingBlobPayload" : "DocumentType";
  w.line(`import type { ${runtimeTypes} } from ${JSON.stringify(runtime)};`);
  w.line();
  w.line(`export type { ${runtimeTypes} } from ${JSON.stringify(runtime)};`);
  for (const shape of view.shapes) {
    switch (shape.type) {
      case "structure":
        emitStructure(view, shape, w);
        break;
      case "union":
        emitUnion(view, shape, w);
        break;
      case "enum":
      case "intEnum":
        emitEnum(view, shape, w);
        break;
      default:
        break;
    }
  }
  return w.toString();
}

function emitStructure(view: ModelView, shape: NamedShape, w: CodeWriter): void {
  const name = view.nameOf(shape.id);
  w.line();
  w.doc(view.documentation(shape));
  const members = view.members(shape.id);
  if (members.length === 0) {
    w.line(`export type ${name} = Record<string, never>;`);
    return;
  }
  w.block(`export interface ${name} {`, () => {
    for (const m of members) {
      w.doc(m.documentation);
      // A member with a @default but not @required may be left out by whoever writes a value: encoders send the
      // default in its place, and decoders fill it in.
      const optional = m.required ? "" : "?";
      w.line(`${propertyKey(m.name)}${optional}: ${memberTypeOf(view, m)};`);
    }
  });
}

function emitUnion(view: ModelView, shape: NamedShape, w: CodeWriter): void {
  const name = view.nameOf(shape.id);
  const members = view.members(shape.id);
  const variant = (n: string) => `${name}.${n}Member`;
  w.line();
  w.doc(view.documentation(shape));
  w.line(`export type ${name} =`);
  for (const m of members) w.line(`  | ${variant(m.name)}`);
  w.line(`  | ${name}.$UnknownMember;`);
  w.line();
  // The variant types live in a type-only namespace; the helpers in a plain object of the same name, which bundlers
  // can drop when unused (a namespace with values compiles to code they must keep).
  w.block(`export declare namespace ${name} {`, () => {
    const others = (except?: string) => {
      for (const o of members) if (o.name !== except) w.line(`${propertyKey(o.name)}?: never;`);
    };
    for (const m of members) {
      w.doc(m.documentation);
      w.block(`export interface ${m.name}Member {`, () => {
        w.line(`${propertyKey(m.name)}: ${typeOf(view, m.targetShape)};`);
        others(m.name);
        w.line("$unknown?: never;");
      });
      w.line();
    }
    w.doc("A member this version of the model does not know: its wire name and its value as received.");
    w.block("export interface $UnknownMember {", () => {
      others();
      w.line("$unknown: [string, unknown];");
    });
    w.line();
    w.doc("One handler per member, and one for members this model does not know: the compiler asks for all.");
    w.block("export interface Visitor<T> {", () => {
      for (const m of members) w.line(`${propertyKey(m.name)}: (value: ${typeOf(view, m.targetShape)}) => T;`);
      w.line("$unknown: (name: string, value: unknown) => T;");
    });
  });
  w.line();
  w.block(
    `export const ${name} = {`,
    () => {
      w.doc("Calls the visitor's handler for the member that is set, and returns what it returns.");
      w.block(
        `visit<T>(value: ${name}, visitor: ${name}.Visitor<T>): T {`,
        () => {
          for (const m of members) {
            const access = `value[${JSON.stringify(m.name)}]`;
            w.line(`if (${access} !== undefined) return visitor[${JSON.stringify(m.name)}](${access});`);
          }
          w.line('const [unknownName, unknownValue] = value.$unknown ?? ["", undefined];');
          w.line("return visitor.$unknown(unknownName, unknownValue);");
        },
        "},",
      );
      w.line();
      w.doc("The name of the member that is set: a known one, or the wire name of an unknown one.");
      w.block(
        `memberName(value: ${name}): string {`,
        () => {
          for (const m of members)
            w.line(`if (value[${JSON.stringify(m.name)}] !== undefined) return ${JSON.stringify(m.name)};`);
          w.line('return value.$unknown?.[0] ?? "";');
        },
        "},",
      );
    },
    "};",
  );
}

function emitEnum(view: ModelView, shape: NamedShape, w: CodeWriter): void {
  const name = view.nameOf(shape.id);
  const isInt = shape.type === "intEnum";
  w.line();
  w.doc(view.documentation(shape));
  w.block(
    `export const ${name} = {`,
    () => {
      for (const m of view.members(shape.id)) {
        w.doc(m.documentation);
        const value = m.traits?.["smithy.api#enumValue"] ?? m.name;
        w.line(`${propertyKey(m.name)}: ${JSON.stringify(value)},`);
      }
    },
    "} as const;",
  );
  w.line();
  w.doc(
    `A value of ${name}. Open: values that a newer service sends and this model does not list are kept as they came.`,
  );
  w.line(`export type ${name} = (typeof ${name})[keyof typeof ${name}] | (${isInt ? "number" : "string"} & {});`);
}
