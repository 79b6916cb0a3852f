// What every check gets: the model, selector evaluation, node checking, and a way to report.
import type { Severity, SourceLocation, ValidationEvent } from "../errors.js";
import type { ModelView } from "./model-view.js";
import type { NodeChecker } from "./node-check.js";
import type { SelectorEvaluator } from "./selector.js";

export interface ValidateOptions {
  /** Report traits that no shape defines as WARNINGs instead of ERRORs (their values are then not checked). */
  allowUnknownTraits?: boolean;
  /** Return suppressed findings too, with severity SUPPRESSED. */
  includeSuppressed?: boolean;
}

export class CheckContext {
  readonly events: ValidationEvent[] = [];

  constructor(
    readonly model: ModelView,
    readonly selectors: SelectorEvaluator,
    readonly nodes: NodeChecker,
    readonly options: ValidateOptions = {},
  ) {}

  report(severity: Severity, id: string, shapeId: string, message: string, location?: SourceLocation): void {
    const where = location ?? this.model.location(shapeId);
    this.events.push({ id, severity, shapeId, message, ...(where ? { location: where } : {}) });
  }

  error(id: string, shapeId: string, message: string, location?: SourceLocation): void {
    this.report("ERROR", id, shapeId, message, location);
  }

  warn(id: string, shapeId: string, message: string, location?: SourceLocation): void {
    this.report("WARNING", id, shapeId, message, location);
  }

  danger(id: string, shapeId: string, message: string, location?: SourceLocation): void {
    this.report("DANGER", id, shapeId, message, location);
  }
}

export type Check = (ctx: CheckContext) => void;
