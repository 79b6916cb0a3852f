// Model validation: the loader's events, then each check, minus suppressed warnings, sorted by location.
import type { SmithyAst } from "../ast.js";
import type { ValidationEvent } from "../errors.js";
import type { LoadedModel } from "../loader.js";
import { isNodeObject } from "../node-values.js";
import { checkHttp } from "./checks/http.js";
import { checkPaginated } from "./checks/paginated.js";
import { checkShapes } from "./checks/shapes.js";
import { checkTargets } from "./checks/targets.js";
import { checkTraits } from "./checks/traits.js";
import { type Check, CheckContext } from "./context.js";
import { ModelView } from "./model-view.js";
import { NodeChecker } from "./node-check.js";
import { SelectorEvaluator } from "./selector.js";

const CHECKS: Check[] = [checkTargets, checkTraits, checkShapes, checkHttp, checkPaginated];

function isLoaded(model: LoadedModel | SmithyAst): model is LoadedModel {
  return "ast" in model && "locations" in model;
}

/**
 * Validates a model (a loaded one, for locations and the loader's own findings, or a bare JSON AST). Returns
 * every problem found, errors and warnings, sorted by file and position; an empty list means a valid model.
 */
export function validateModel(model: LoadedModel | SmithyAst): ValidationEvent[] {
  const loaded = isLoaded(model) ? model : undefined;
  const ast = loaded ? loaded.ast : (model as SmithyAst);
  const view = new ModelView(ast, loaded?.locations, loaded?.traitLocations);
  const selectors = new SelectorEvaluator(view);
  const ctx = new CheckContext(view, selectors, new NodeChecker(view, selectors));
  for (const check of CHECKS) check(ctx);
  const events = [...(loaded?.events ?? []), ...ctx.events].filter((e) => !suppressed(e, ast, view));
  return events.sort(compareEvents);
}

/** Warnings can be suppressed by the shape's `@suppress` trait or by the `suppressions` metadata. */
function suppressed(event: ValidationEvent, ast: SmithyAst, view: ModelView): boolean {
  if (event.severity === "ERROR" || !event.shapeId) return false;
  const ids = [event.shapeId, event.shapeId.split("$")[0]!];
  for (const id of ids) {
    const list = view.get(id)?.traits["smithy.api#suppress"];
    if (Array.isArray(list) && list.includes(event.id)) return true;
  }
  const suppressions = ast.metadata?.suppressions;
  if (!Array.isArray(suppressions)) return false;
  const namespace = event.shapeId.slice(0, event.shapeId.indexOf("#"));
  return suppressions.some(
    (s) => isNodeObject(s) && s.id === event.id && (s.namespace === "*" || s.namespace === namespace),
  );
}

function compareEvents(a: ValidationEvent, b: ValidationEvent): number {
  const fa = a.location?.file ?? "";
  const fb = b.location?.file ?? "";
  if (fa !== fb) return fa < fb ? -1 : 1;
  const la = a.location?.line ?? 0;
  const lb = b.location?.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.location?.column ?? 0;
  const cb = b.location?.column ?? 0;
  if (ca !== cb) return ca - cb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
