// What the IDL parser produces: one file's statements with shape ids as written. Relative ids are resolved later,
// once every file of the model is known, because a relative id can name a shape defined in another file.
import type { SourceLocation } from "../errors.js";

/** An unquoted shape id inside a node value (`@idRef(Foo)`, `operations: [GetFoo]`). */
export class ShapeIdLiteral {
  constructor(
    readonly text: string,
    readonly location: SourceLocation,
  ) {}
}

/** A node value as parsed: like JSON, plus shape ids still to resolve. */
export type RawNode = null | boolean | number | string | ShapeIdLiteral | RawNode[] | RawObject;
export interface RawObject {
  [key: string]: RawNode;
}

/** A shape id as written, relative or absolute, with where it was written. */
export interface RawRef {
  text: string;
  location: SourceLocation;
}

export interface RawTrait {
  /** The trait's shape id as written. */
  name: RawRef;
  value: RawNode;
  /** `@foo` or `@foo()`: the value depends on the trait's shape (`{}` for structures, `[]` for lists). */
  annotation: boolean;
  location: SourceLocation;
}

export interface RawMember {
  name: string;
  /** Undefined when the target is elided (`$name`). */
  target?: RawRef;
  traits: RawTrait[];
  location: SourceLocation;
}

export interface RawShape {
  /** Absolute id (`namespace#Name`). */
  id: string;
  type: string;
  location: SourceLocation;
  traits: RawTrait[];
  mixins: RawRef[];
  /** `structure X for Resource`. */
  forResource?: RawRef;
  /** Members in declaration order (list: `member`; map: `key`, `value`). */
  members?: RawMember[];
  /** Input, output and errors of an operation. */
  operation?: { input?: RawRef; output?: RawRef; errors?: RawRef[] };
  /** The node object that is the body of a service or resource. */
  body?: RawObject;
}

export interface RawApply {
  target: RawRef;
  traits: RawTrait[];
  location: SourceLocation;
}

export interface RawMetadata {
  key: string;
  value: RawNode;
  location: SourceLocation;
}

/**
 * A problem found while parsing that the parser reads on past (the file still parses): a WARNING unless it says
 * otherwise.
 */
export interface RawWarning {
  id: string;
  severity?: "WARNING" | "ERROR";
  /** The shape the problem is in, when there is one. */
  shapeId?: string;
  message: string;
  location: SourceLocation;
}

export interface ParsedIdl {
  file: string;
  version: string;
  namespace?: string;
  /** Names imported with `use`, to their absolute ids. */
  uses: Map<string, string>;
  /** The `use` statements as written, for their locations. */
  useStatements: RawRef[];
  metadata: RawMetadata[];
  shapes: RawShape[];
  applies: RawApply[];
  warnings: RawWarning[];
}
