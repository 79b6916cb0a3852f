// Smithy's validation suite (conformance/smithy/validation): for each event id, the models where our events (id,
// severity, shape) are exactly Smithy's. The floors below are what passes today, so that nothing regresses; raise
// them when more passes.
import { join } from "node:path";
import { describeConformance } from "@rtca/conformance/vitest";
import { beforeAll, expect, it } from "vitest";
import { runValidationSuite, type SuiteTally, tallyTable } from "./validation-tally.js";

/** Event id -> models that must agree with Smithy on it. */
const FLOOR: Record<string, number> = {
  Model: 54,
  TraitTarget: 26,
  DefaultTrait: 14,
  TraitValue: 11,
  Target: 9,
  Service: 7,
  ExclusiveStructureMemberTrait: 5,
  StreamingTrait: 5,
  ReferencesTrait: 6,
  OperationInputOutputMisuse: 3,
  HttpHeaderTrait: 2,
  HttpResponseCodeSemantics: 2,
  EventPayloadTrait: 1,
  HttpQueryTrait: 4,
  RequestCompressionTrait: 4,
  DefaultValueInUpdate: 3,
  IdempotentTrait: 3,
  PaginatedTrait: 3,
  TraitConflict: 3,
  EnumShape: 2,
  LengthTrait: 2,
  ShapeIdConflict: 2,
  SyntacticShapeIdTarget: 2,
  Union: 2,
  CorsTrait: 1,
  DeprecatedTrait: 1,
  HttpApiKeyAuthTrait: 1,
  JsonName: 1,
  RangeTrait: 1,
  UnitType: 1,
  ShapeRecursion: 3,
  ResourceIdentifierBinding: 4,
  ResourceOperationInputOutput: 4,
  TypedMetadata: 7,
  MetadataTrait: 3,
  ShapeClosure: 9,
  ResourceLifecycle: 2,
  ResourceCycle: 1,
  ResourceIdentifier: 1,
  SingleOperationBinding: 1,
  SingleResourceBinding: 1,
  HttpBindingsMissing: 2,
  HttpQueryParamsTrait: 2,
  MemberShouldReferenceResource: 3,
  ServiceBoundResourceOperation: 1,
  TraitBreakingChanges: 2,
  TraitValidators: 1,
  PrivateAccess: 1,
  PrivateMixinMember: 1,
  MediaType: 1,
  XmlNamespaceTrait: 1,
  HttpUriFormat: 1,
  AuthTrait: 1,
  ServiceAuthDefinitions: 1,
  NoInlineDocumentSupport: 1,
  HttpPrefixHeadersTrait: 1,
  IdempotencyTokenIgnored: 1,
  XmlFlattenedTrait: 1,
  OperationNameAmbiguity: 1,
  EnumTrait: 1,
  EnumNamesPresent: 1,
  ModelDeprecation: 1,
  HttpUriConflict: 2,
  PatternTrait: 1,
  DeprecatedShape: 1,
  HostLabelTrait: 1,
  HttpMethodSemantics: 1,
  OperationInputOutputName: 1,
  ExamplesTrait: 2,
  HttpPayload: 1,
  HttpBindingTraitIgnored: 1,
};
/** Models Smithy refuses (with an ERROR or an unsuppressed DANGER) that we refuse too. */
const REJECTED_FLOOR = 205;

describeConformance("Smithy's validation suite", (root) => {
  let tally: SuiteTally;
  beforeAll(() => {
    tally = runValidationSuite(join(root, "smithy", "validation"));
    const implemented = [...tally.ids.values()].filter((t) => t.implemented);
    console.log(
      `[validation] ${tally.cases} IDL 2 models; refused ${tally.rejected.ours}/${tally.rejected.smithy} that Smithy ` +
        `refuses; agree with Smithy on ${implemented.reduce((n, t) => n + t.passed, 0)}/` +
        `${implemented.reduce((n, t) => n + t.total, 0)} (model, event id) pairs of the ${implemented.length} ids we ` +
        `report; IDL 1.0: ${tally.v1.refusedNamingVersion}/${tally.v1.total} refused naming the version\n` +
        tallyTable(tally).join("\n"),
    );
  });

  it("agrees with Smithy, per event id, on at least as many models as before", () => {
    const below = Object.entries(FLOOR).flatMap(([id, floor]) => {
      const t = tally.ids.get(id);
      return (t?.passed ?? 0) < floor
        ? [`${id}: ${t?.passed ?? 0} < ${floor} (failing: ${t?.failing.join(", ")})`]
        : [];
    });
    expect(below).toEqual([]);
  });

  it("agrees with Smithy on every model for each other id we report (the ids of validators the models declare)", () => {
    const short = [...tally.ids].flatMap(([id, t]) =>
      t.implemented && FLOOR[id] === undefined && t.passed < t.total ? [`${id}: ${t.failing.join(", ")}`] : [],
    );
    expect(short).toEqual([]);
  });

  it("refuses at least as many of the models Smithy refuses as before, and none that Smithy accepts", () => {
    expect(tally.rejected.ours).toBeGreaterThanOrEqual(REJECTED_FLOOR);
    expect(tally.wronglyRejected).toEqual([]);
  });

  it("refuses every IDL 1.0 model naming the version", () => {
    expect(tally.v1.refusedNamingVersion).toBe(tally.v1.total);
  });
});
