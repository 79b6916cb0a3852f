// The validators a model declares in its `validators` metadata (https://smithy.io/2.0/spec/model-validation.html):
// `EmitEachSelector` reports every shape of the model that a selector selects, `EmitNoneSelector` reports once when
// it selects none (both DANGER by default), `UnreferencedShape` reports (as a NOTE by default) every shape that no
// relationship connects to a shape its `rootShapeSelector` selects (services by default); trait definitions count as
// referenced. Each finding takes the definition's `id` (its `name` when there is none), `severity` and `message`. A validator Smithy does not know is a WARNING "UnknownValidator_<name>"; Smithy's
// other built-in validators are recognised and not run here. A definition that is not well formed, or whose selector
// is no selector at all, is a "Model" error.
import type { NodeValue } from "../../ast.js";
import type { Severity } from "../../errors.js";
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";
import { selectorSyntaxError } from "../selector.js";

/** Validators Smithy itself (or its linters package) provides that are not run here. */
const KNOWN_NOT_RUN = new Set([
  "AbbreviationName",
  "CamelCase",
  "InputOutputStructureReuse",
  "MissingClientOptionalTrait",
  "MissingPaginatedTrait",
  "MissingSensitiveTrait",
  "NoninclusiveTerms",
  "RepeatedShapeName",
  "ReservedWords",
  "ShouldHaveUsedTimestamp",
  "StandardOperationVerb",
  "StutteredShapeName",
]);
/** The severity each validator reports with when its definition gives none. */
const DEFAULT_SEVERITY: Record<string, Severity> = {
  EmitEachSelector: "DANGER",
  EmitNoneSelector: "DANGER",
  UnreferencedShape: "NOTE",
};
const SEVERITIES = new Set<string>(["NOTE", "WARNING", "DANGER", "ERROR"]);

interface Definition {
  name: string;
  id: string;
  severity: Severity;
  message?: string;
  selector?: string;
  bindToTrait?: string;
  rootShapeSelector?: string;
}

function definitionOf(ctx: CheckContext, value: NodeValue): Definition | undefined {
  if (!isNodeObject(value) || typeof value.name !== "string") {
    ctx.error("Model", "", "each entry of the `validators` metadata must be an object with a `name`");
    return undefined;
  }
  const config = isNodeObject(value.configuration) ? value.configuration : {};
  const given = typeof value.severity === "string" && SEVERITIES.has(value.severity) ? value.severity : undefined;
  const severity = given ?? DEFAULT_SEVERITY[value.name] ?? "DANGER";
  return {
    name: value.name,
    id: typeof value.id === "string" ? value.id : value.name,
    severity: severity as Severity,
    ...(typeof value.message === "string" ? { message: value.message } : {}),
    ...(typeof config.selector === "string" ? { selector: config.selector } : {}),
    ...(typeof config.bindToTrait === "string" ? { bindToTrait: config.bindToTrait } : {}),
    ...(typeof config.rootShapeSelector === "string" ? { rootShapeSelector: config.rootShapeSelector } : {}),
  };
}

/** The model's own shapes (not the prelude's) that the selector selects, or undefined when it is not supported. */
function selectOwn(ctx: CheckContext, selector: string): string[] | undefined {
  const selected = ctx.selectors.select(selector);
  if (selected === null) return undefined;
  return [...selected].filter((id) => ctx.model.get(id)?.prelude === false);
}

function report(ctx: CheckContext, def: Definition, shapeId: string | undefined, fallback: string): void {
  const message = def.message ?? fallback;
  if (shapeId === undefined) ctx.events.push({ id: def.id, severity: def.severity, message });
  else ctx.report(def.severity, def.id, shapeId, message);
}

export const checkMetadataValidators: Check = (ctx) => {
  const validators = ctx.model.ast.metadata?.validators;
  if (validators === undefined) return;
  if (!Array.isArray(validators)) {
    ctx.events.push({ id: "Model", severity: "ERROR", message: "the `validators` metadata must be an array" });
    return;
  }
  for (const value of validators) {
    const def = definitionOf(ctx, value);
    if (!def) continue;
    if (refusesSelector(ctx, def, def.name === "UnreferencedShape" ? def.rootShapeSelector : def.selector)) continue;
    if (def.name === "UnreferencedShape") {
      reportUnreferenced(ctx, def);
      continue;
    }
    if (def.name !== "EmitEachSelector" && def.name !== "EmitNoneSelector") {
      if (!KNOWN_NOT_RUN.has(def.name)) {
        ctx.events.push({
          id: `UnknownValidator_${def.name}`,
          severity: "WARNING",
          message: `no validator is named \`${def.name}\``,
        });
      }
      continue;
    }
    if (def.selector === undefined) {
      // Smithy reports the validator that cannot be created, not the definition: two definitions that lack
      // the selector alike give one finding (validateModel drops the word-for-word repeat).
      ctx.events.push({
        id: "Model",
        severity: "ERROR",
        message: `an \`${def.name}\` validator cannot be created without a \`configuration.selector\``,
      });
      continue;
    }
    const selected = selectOwn(ctx, def.selector);
    if (selected === undefined) continue; // a selector this toolchain does not evaluate
    const bound = def.bindToTrait;
    if (def.name === "EmitNoneSelector") {
      if (selected.length === 0) report(ctx, def, undefined, `no shape matches the selector ${def.selector}`);
      continue;
    }
    for (const id of selected) {
      if (bound !== undefined && ctx.model.get(id)?.traits[bound] === undefined) continue;
      report(ctx, def, id, `selected by ${def.selector}`);
    }
  }
};

/** A selector that is no selector at all makes the validator unusable: a "Model" error, as Smithy gives it. */
function refusesSelector(ctx: CheckContext, def: Definition, selector: string | undefined): boolean {
  const problem = selector === undefined ? undefined : selectorSyntaxError(selector);
  if (problem === undefined) return false;
  ctx.events.push({
    id: "Model",
    severity: "ERROR",
    message: `the \`${def.name}\` validator \`${def.id}\`: ${problem}`,
  });
  return true;
}

function reportUnreferenced(ctx: CheckContext, def: Definition): void {
  const rootSelector = def.rootShapeSelector ?? "service";
  const roots = selectOwn(ctx, rootSelector);
  if (roots === undefined) return;
  const connected = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (connected.has(id)) continue;
    connected.add(id);
    for (const r of ctx.model.out(id)) if (!connected.has(r.to)) stack.push(r.to);
  }
  for (const view of ctx.model.own()) {
    if (view.type === "member" || connected.has(view.id) || view.traits["smithy.api#trait"] !== undefined) continue;
    report(ctx, def, view.id, `\`${view.id}\` is connected to no shape that \`${rootSelector}\` selects`);
  }
}
