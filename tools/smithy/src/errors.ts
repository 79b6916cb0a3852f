// Where things are in model files, what goes wrong in them, and the error the IDL parser throws.

/** A position in a model file: 1-based line and column (columns count UTF-16 code units, a tab is one). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * How bad a finding is, as Smithy grades them: NOTE and WARNING inform, DANGER stops a model from being used unless
 * it is suppressed, ERROR always does. SUPPRESSED is a NOTE, WARNING or DANGER that `@suppress` or the `suppressions`
 * metadata silenced (returned only on request).
 */
export type Severity = "NOTE" | "WARNING" | "DANGER" | "ERROR" | "SUPPRESSED";

/** The severities from least to most severe. */
export const SEVERITIES: readonly Severity[] = ["SUPPRESSED", "NOTE", "WARNING", "DANGER", "ERROR"];

/** A problem found while loading or validating a model. */
export interface ValidationEvent {
  /** What kind of problem: "Target", "TraitTarget", "HttpLabel", ... */
  id: string;
  severity: Severity;
  /** The shape (or member, `ns#Shape$member`) the problem is about. */
  shapeId?: string;
  message: string;
  location?: SourceLocation;
}

/** A syntax error in an IDL file; the message starts with `file:line:column:`. */
export class SmithyParseError extends Error {
  override readonly name = "SmithyParseError";
  /** The message without the location prefix. */
  readonly reason: string;
  /** The shape whose definition the error is in, when the parser knows it (a duplicate member, say). */
  shapeId?: string;

  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.reason = reason;
  }

  get location(): SourceLocation {
    return { file: this.file, line: this.line, column: this.column };
  }

  static at(location: SourceLocation, reason: string): SmithyParseError {
    return new SmithyParseError(location.file, location.line, location.column, reason);
  }

  /** The same error, naming the shape it is in. */
  in(shapeId: string): SmithyParseError {
    this.shapeId = shapeId;
    return this;
  }
}

/** Whether a finding stops the model from being used (to generate code, say): an ERROR, or a DANGER not suppressed. */
export function isBlocking(event: ValidationEvent): boolean {
  return event.severity === "ERROR" || event.severity === "DANGER";
}

/** `file:line:col: [ERROR] Id: message` (the location part is left out when the event has none). */
export function formatEvent(event: ValidationEvent): string {
  const where = event.location ? `${event.location.file}:${event.location.line}:${event.location.column}: ` : "";
  const shape = event.location || !event.shapeId ? "" : `${event.shapeId}: `;
  return `${where}${shape}[${event.severity}] ${event.id}: ${event.message}`;
}
