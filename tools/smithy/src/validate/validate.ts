// Model validation: the loader's events, then each check, graded by the model's severity rules, sorted by location.
import type { SmithyAst } from "../ast.js";
import { bundledTraitShapes } from "../bundled-traits.js";
import type { ValidationEvent } from "../errors.js";
import type { LoadedModel } from "../loader.js";
import { checkAuth } from "./checks/auth.js";
import { checkConstraintTraits } from "./checks/constraint-traits.js";
import { checkDefaults } from "./checks/defaults.js";
import { checkDeprecatedShapes } from "./checks/deprecated-shapes.js";
import { checkEnumTrait } from "./checks/enum-trait.js";
import { checkEventPayload } from "./checks/event-payload.js";
import { checkExamples } from "./checks/examples.js";
import { checkHostLabels } from "./checks/host-labels.js";
import { checkHttp } from "./checks/http.js";
import { checkHttpBindingContexts } from "./checks/http-binding-contexts.js";
import { checkHttpBindingsMissing } from "./checks/http-bindings-missing.js";
import { checkHttpHeaders } from "./checks/http-headers.js";
import { checkHttpMethodSemantics } from "./checks/http-method-semantics.js";
import { checkHttpQuery } from "./checks/http-query.js";
import { checkHttpResponseCodes } from "./checks/http-response-codes.js";
import { checkHttpUriConflicts } from "./checks/http-uri-conflicts.js";
import { checkIneffectiveTraits } from "./checks/ineffective-traits.js";
import { checkInputOutputUse } from "./checks/input-output-use.js";
import { checkMetadataValidators } from "./checks/metadata-validators.js";
import { checkOperationNames } from "./checks/operation-names.js";
import { checkOperationTraits } from "./checks/operation-traits.js";
import { checkPaginated } from "./checks/paginated.js";
import { checkPatternAnchors } from "./checks/pattern-anchors.js";
import { checkPrivateAccess } from "./checks/private-access.js";
import { checkProtocolConstraints } from "./checks/protocol-constraints.js";
import { checkProtocolTraits } from "./checks/protocol-traits.js";
import { checkRecursion } from "./checks/recursion.js";
import { checkReferences } from "./checks/references.js";
import { checkResourceIdentifiers } from "./checks/resource-identifiers.js";
import { checkResourceProperties } from "./checks/resource-properties.js";
import { checkResourceReferences } from "./checks/resource-references.js";
import { checkResources } from "./checks/resources.js";
import { checkServiceClosure } from "./checks/service-closure.js";
import { checkSeverityMetadata } from "./checks/severity-metadata.js";
import { checkShapeClosures } from "./checks/shape-closures.js";
import { checkShapes } from "./checks/shapes.js";
import { checkStreaming } from "./checks/streaming.js";
import { checkTargets } from "./checks/targets.js";
import { checkTraitDefinitions } from "./checks/trait-definitions.js";
import { checkTraits } from "./checks/traits.js";
import { checkTypedMetadata } from "./checks/typed-metadata.js";
import { checkValueFormats } from "./checks/value-formats.js";
import { type Check, CheckContext, type ValidateOptions } from "./context.js";
import { ModelView } from "./model-view.js";
import { NodeChecker } from "./node-check.js";
import { SelectorEvaluator } from "./selector.js";
import { SeverityRules } from "./severity-rules.js";

const CHECKS: Check[] = [
  checkTargets,
  checkTraits,
  checkShapes,
  checkDefaults,
  checkHttp,
  checkHttpQuery,
  checkHttpHeaders,
  checkHttpResponseCodes,
  checkPaginated,
  checkOperationTraits,
  checkConstraintTraits,
  checkProtocolTraits,
  checkServiceClosure,
  checkStreaming,
  checkEventPayload,
  checkReferences,
  checkInputOutputUse,
  checkMetadataValidators,
  checkSeverityMetadata,
  checkRecursion,
  checkResourceIdentifiers,
  checkResourceProperties,
  checkTypedMetadata,
  checkShapeClosures,
  checkResources,
  checkHttpBindingsMissing,
  checkResourceReferences,
  checkTraitDefinitions,
  checkPrivateAccess,
  checkValueFormats,
  checkAuth,
  checkProtocolConstraints,
  checkIneffectiveTraits,
  checkOperationNames,
  checkEnumTrait,
  checkHttpUriConflicts,
  checkPatternAnchors,
  checkDeprecatedShapes,
  checkHostLabels,
  checkHttpMethodSemantics,
  checkExamples,
  checkHttpBindingContexts,
];

function isLoaded(model: LoadedModel | SmithyAst): model is LoadedModel {
  return "ast" in model && "locations" in model;
}

/**
 * Validates a model (a loaded one, for locations, its library and the loader's own findings, or a bare JSON AST,
 * checked with the bundled trait definitions). Returns every finding, sorted by file and position, with the
 * severity the model's `@suppress`, `suppressions` and `severityOverrides` give it; suppressed ones are left out
 * unless `includeSuppressed` is set. The model can be used when no finding {@link isBlocking}.
 */
export function validateModel(model: LoadedModel | SmithyAst, options: ValidateOptions = {}): ValidationEvent[] {
  const loaded = isLoaded(model) ? model : undefined;
  const ast = loaded ? loaded.ast : (model as SmithyAst);
  const view = new ModelView(ast, loaded?.locations, loaded?.traitLocations, loaded?.library ?? bundledTraitShapes());
  const selectors = new SelectorEvaluator(view);
  const ctx = new CheckContext(view, selectors, new NodeChecker(view, selectors), options);
  for (const check of CHECKS) check(ctx);
  const rules = new SeverityRules(ast, view);
  const events = withoutChecksOfUnloadable(loaded?.events ?? [], ctx.events)
    .map((e) => rules.apply(e))
    .filter((e) => options.includeSuppressed || e.severity !== "SUPPRESSED");
  return withoutRepeats(events).sort(compareEvents);
}

/**
 * Smithy validates only a model its loader could build. When the loader found an ERROR (a member a list or map
 * cannot have, conflicting definitions), only the findings of what the loader refuses (`Model`, including those
 * the checks make for it) are kept, and the other checks' findings, about a model Smithy never builds, are not.
 */
function withoutChecksOfUnloadable(loading: ValidationEvent[], checks: ValidationEvent[]): ValidationEvent[] {
  if (!loading.some((e) => e.severity === "ERROR")) return [...loading, ...checks];
  return [...loading, ...checks.filter((e) => e.id === "Model" || e.id.startsWith("Model."))];
}

/** A finding reported twice alike (id, severity, shape, message and place) is one finding, as in Smithy. */
function withoutRepeats(events: ValidationEvent[]): ValidationEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = JSON.stringify([e.id, e.severity, e.shapeId, e.message, e.location]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
