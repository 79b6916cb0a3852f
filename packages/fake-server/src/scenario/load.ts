// Loads a scenario into the fake: its contacts are created now and their segments scheduled from now on the fake's
// clock, each contact taking its final status when its time line ends. All or nothing.
import type { Clock } from "../clock/clock.js";
import { type Accounts, AccountTableError } from "../connect/auth/accounts.js";
import type { Grants } from "../connect/auth/grants.js";
import { controlErrors } from "../control/errors.js";
import { ServiceError } from "../runtime/index.js";
import type { Contacts } from "../state/contacts.js";
import { compileScenario } from "./compile.js";
import { BUILT_IN_SCENARIOS } from "./demo.js";
import { generateCentre } from "./generate/centre.js";
import { type CentreOptions, CentreOptionsError, centreOptions } from "./generate/options.js";
import { ScenarioError } from "./reader.js";
import { scenarioSchemaChecker } from "./schema.js";

export interface LoadedContact {
  readonly instanceId: string;
  readonly contactId: string;
  readonly durationMs: number;
  /** When its first segment arrives, after the scenario is loaded. */
  readonly startMs: number;
}

/** A scenario by the name of a built-in one, as a document, or a contact centre generated from options. */
export type ScenarioSource = { builtIn: string } | { document: unknown } | { generate: Partial<CentreOptions> };

export function builtInScenario(name: string): unknown {
  const scenario = Object.hasOwn(BUILT_IN_SCENARIOS, name) ? BUILT_IN_SCENARIOS[name] : undefined;
  if (scenario === undefined) {
    throw controlErrors.invalid(
      `There is no built-in scenario ${JSON.stringify(name)}; built-in: ${Object.keys(BUILT_IN_SCENARIOS).join(", ")}`,
    );
  }
  return scenario;
}

/** Options from a program rather than the command line or the control plane are checked as theirs are. */
function checkedCentreOptions(options: Partial<CentreOptions>): CentreOptions {
  try {
    return centreOptions(options, (key) => `generate.${key}`);
  } catch (error) {
    if (error instanceof CentreOptionsError) throw controlErrors.invalid(error.message);
    throw error;
  }
}

/**
 * Creates the scenario's contacts; its grants and accounts, if any, go to `grants` and `accounts` once every contact
 * is in place.
 */
export function loadScenario(
  contacts: Contacts,
  clock: Clock,
  source: ScenarioSource,
  grants?: Grants,
  accounts?: Accounts,
): LoadedContact[] {
  const document =
    "builtIn" in source
      ? builtInScenario(source.builtIn)
      : "generate" in source
        ? generateCentre(checkedCentreOptions(source.generate))
        : source.document;
  const startAt = clock.now();
  let scenario: ReturnType<typeof compileScenario>;
  try {
    // The published schema first, so that a file an editor accepts is a file the loader accepts; then what only
    // the compiler can see (participants and messages that entries refer to, words in the text, time order).
    scenarioSchemaChecker().check(document);
    scenario = compileScenario(document, startAt);
    if (scenario.accounts !== undefined) accounts?.check(scenario.accounts);
  } catch (error) {
    if (error instanceof ScenarioError) throw controlErrors.invalid(`The scenario is not valid: ${error.message}`);
    if (error instanceof AccountTableError) {
      throw controlErrors.invalid(`The scenario is not valid: accounts: ${error.message}`);
    }
    throw error;
  }
  const loaded: LoadedContact[] = [];
  const newInstances: string[] = [];
  try {
    for (const spec of scenario.contacts) {
      const instanceId = spec.instanceId ?? contacts.createInstance();
      if (spec.instanceId === undefined || contacts.ensureInstance(instanceId)) newInstances.push(instanceId);
      const contact = contacts.createContact({
        instanceId,
        contactId: spec.contactId,
        channel: spec.channel,
        redactionPolicy: spec.redactionPolicy,
        extraSegmentTypes: spec.extraSegmentTypes,
      });
      // Until the last segment: a summary arrives after the time line has ended.
      const arrivals = spec.segments.map((s) => s.delayMs);
      loaded.push({
        instanceId,
        contactId: contact.contactId,
        durationMs: Math.max(spec.endMs, ...arrivals),
        startMs: Math.min(spec.endMs, ...arrivals),
      });
      contacts.appendSegments(
        instanceId,
        contact.contactId,
        spec.segments.map((s) => ({ document: s.document, delayMs: s.delayMs, path: s.path })),
      );
      contacts.scheduleStatus(instanceId, contact.contactId, spec.finalStatus, spec.endMs);
    }
  } catch (error) {
    for (const contact of loaded) contacts.deleteContact(contact.instanceId, contact.contactId);
    for (const instanceId of newInstances) contacts.deleteInstance(instanceId);
    if (error instanceof ServiceError && error.errorType === "ControlValidationException") {
      throw controlErrors.invalid(`The scenario is not valid: ${String(error.data["Message"])}`);
    }
    throw error;
  }
  if (scenario.grants !== undefined) grants?.load(scenario.grants);
  if (scenario.accounts !== undefined) accounts?.load(scenario.accounts);
  return loaded;
}
