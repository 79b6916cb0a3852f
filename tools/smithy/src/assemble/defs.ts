// Shape definitions with absolute ids, as read from one IDL or JSON AST file, before the files of a model are
// merged: the common input of the assembler whatever format a file was in.
import type { NodeValue, ShapeRef } from "../ast.js";
import type { SourceLocation, ValidationEvent } from "../errors.js";

export interface TraitDef {
  id: string;
  value: NodeValue;
  location?: SourceLocation;
}

export interface MemberDef {
  name: string;
  /** Undefined while an elided target (`$name`) is not resolved yet. */
  target?: string;
  traits: TraitDef[];
  location?: SourceLocation;
}

export interface ShapeDef {
  id: string;
  type: string;
  file: string;
  location?: SourceLocation;
  traits: TraitDef[];
  mixins: string[];
  /** The resource whose identifiers and properties elided members may name. */
  forResource?: string;
  members?: MemberDef[];
  /** Service, operation and resource properties, already in JSON AST form (`{ target }` references). */
  properties?: Record<string, string | ShapeRef | ShapeRef[] | Record<string, ShapeRef> | Record<string, string>>;
}

export interface ApplyDef {
  target: string;
  traits: TraitDef[];
  location?: SourceLocation;
}

export interface MetadataDef {
  key: string;
  value: NodeValue;
  location?: SourceLocation;
}

/** One file of a model, ready to merge. */
export interface FileDefs {
  file: string;
  metadata: MetadataDef[];
  shapes: ShapeDef[];
  applies: ApplyDef[];
  events: ValidationEvent[];
}
