// What a model says about the severity of its own findings (https://smithy.io/2.0/spec/model-validation.html):
// `@suppress` on a shape (or a member's container) and the `suppressions` metadata silence NOTE, WARNING and DANGER
// findings; the `severityOverrides` metadata raises them (never lowers). An ERROR stays an ERROR. Ids match
// hierarchically: `PaginatedTrait` matches `PaginatedTrait.WrongShapeType.inputToken`.
import type { NodeValue, SmithyAst } from "../ast.js";
import { SEVERITIES, type Severity, type ValidationEvent } from "../errors.js";
import { isNodeObject } from "../node-values.js";
import type { ModelView } from "./model-view.js";

const SUPPRESS = "smithy.api#suppress";

interface Rule {
  id: string;
  namespace: string;
}

/** Whether `pattern` names the event id or one of its parents. */
export function matchesEventId(eventId: string, pattern: string): boolean {
  return eventId === pattern || (eventId.startsWith(pattern) && eventId.charAt(pattern.length) === ".");
}

function rules(value: NodeValue | undefined): (Rule & { severity?: string })[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((r) =>
    isNodeObject(r) && typeof r.id === "string" && typeof r.namespace === "string"
      ? [{ id: r.id, namespace: r.namespace, ...(typeof r.severity === "string" ? { severity: r.severity } : {}) }]
      : [],
  );
}

function applies(rule: Rule, event: ValidationEvent): boolean {
  if (!matchesEventId(event.id, rule.id)) return false;
  if (rule.namespace === "*") return true;
  return event.shapeId !== undefined && event.shapeId.slice(0, event.shapeId.indexOf("#")) === rule.namespace;
}

export class SeverityRules {
  readonly #suppressions: Rule[];
  readonly #overrides: (Rule & { severity: Severity })[];

  constructor(
    ast: SmithyAst,
    readonly view: ModelView,
  ) {
    this.#suppressions = rules(ast.metadata?.suppressions);
    this.#overrides = rules(ast.metadata?.severityOverrides).flatMap((r) =>
      r.severity === "WARNING" || r.severity === "DANGER" ? [{ ...r, severity: r.severity as Severity }] : [],
    );
  }

  /** The event with the severity the model gives it. */
  apply(event: ValidationEvent): ValidationEvent {
    if (event.severity === "ERROR" || event.severity === "SUPPRESSED") return event;
    if (this.#suppressedByTrait(event) || this.#suppressions.some((r) => applies(r, event))) {
      return { ...event, severity: "SUPPRESSED" };
    }
    let severity: Severity = event.severity;
    for (const o of this.#overrides) {
      if (applies(o, event) && SEVERITIES.indexOf(o.severity) > SEVERITIES.indexOf(severity)) severity = o.severity;
    }
    return severity === event.severity ? event : { ...event, severity };
  }

  #suppressedByTrait(event: ValidationEvent): boolean {
    if (!event.shapeId) return false;
    const dollar = event.shapeId.indexOf("$");
    const ids = dollar < 0 ? [event.shapeId] : [event.shapeId, event.shapeId.slice(0, dollar)];
    return ids.some((id) => {
      const list = this.view.get(id)?.traits[SUPPRESS];
      return Array.isArray(list) && list.some((p) => typeof p === "string" && matchesEventId(event.id, p));
    });
  }
}
