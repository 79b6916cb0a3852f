// The control plane's HTTP face (rtca.fake#FakeControl under /_fake/): thin handlers over the fake's state.

import type { LoadScenarioInput } from "@rtca/types/fake-control";
import { type Clock, ClockModeError } from "../clock/clock.js";
import type { Accounts } from "../connect/auth/accounts.js";
import type { Grants } from "../connect/auth/grants.js";
import { type FaultQueue, isFaultErrorType } from "../connect/faults.js";
import type { RequestLog } from "../connect/request-log.js";
import { createFakeControlHandler, type FakeControlHandlers } from "../generated/fake-control/server.js";
import type { JsonLimits, RequestHandler } from "../runtime/index.js";
import { CentreOptionsError, centreOptions } from "../scenario/generate/options.js";
import { loadScenario, type ScenarioSource } from "../scenario/load.js";
import type { Channel, ContactStatus, RedactionPolicy } from "../state/contact.js";
import type { Contacts } from "../state/contacts.js";
import { controlErrors } from "./errors.js";
import { decodeLogToken, encodeLogToken } from "./request-log-token.js";

export interface ControlServiceDeps {
  readonly contacts: Contacts;
  readonly clock: Clock;
  readonly faults: FaultQueue;
  readonly log: RequestLog;
  /** Forgets everything: state, faults, log, throttling; puts a virtual clock back. */
  readonly reset: () => void;
  readonly onInternalError?: (error: unknown) => void;
  /** Where scenarios' grants go. */
  readonly grants?: Grants;
  /** Where scenarios' accounts go. */
  readonly accounts?: Accounts;
  readonly jsonLimits?: Partial<JsonLimits>;
  /** The largest request body once its gzip Content-Encoding is undone. */
  readonly maxBodyBytes?: number;
}

/** Requests on a page of ListReceivedRequests without MaxResults. */
const DEFAULT_LOG_PAGE_SIZE = 100;

const CHANNELS: readonly string[] = ["CHAT", "VOICE"];
const STATUSES: readonly string[] = ["IN_PROGRESS", "COMPLETED", "FAILED"];
const POLICIES: readonly string[] = ["RAW_AND_REDACTED", "REDACTED_ONLY", "NONE"];

// Enums are open in generated types (a newer model may add values), so the behaviour checks the ones it handles.
function oneOf<T extends string>(value: string, allowed: readonly string[], member: string): T {
  if (!allowed.includes(value))
    throw controlErrors.invalid(`${member} must be one of ${allowed.join(", ")}, got ${value}`);
  return value as T;
}

function scenarioSource(input: LoadScenarioInput): ScenarioSource {
  if (input.BuiltIn !== undefined) return { builtIn: input.BuiltIn };
  if (input.Generate === undefined) return { document: input.Scenario };
  const members = { contacts: "Contacts", durationSeconds: "DurationSeconds", seed: "Seed" } as const;
  try {
    return {
      generate: centreOptions(
        {
          contacts: input.Generate.Contacts,
          durationSeconds: input.Generate.DurationSeconds,
          seed: input.Generate.Seed,
        },
        (key) => `Generate.${members[key]}`,
      ),
    };
  } catch (error) {
    if (error instanceof CentreOptionsError) throw controlErrors.invalid(error.message);
    throw error;
  }
}

export function createControlHandlers(deps: ControlServiceDeps): FakeControlHandlers {
  const { contacts, clock } = deps;
  return {
    CreateInstance: (input) => ({ InstanceId: contacts.createInstance(input.InstanceId) }),
    DeleteInstance: (input) => {
      contacts.deleteInstance(input.InstanceId);
      return {};
    },
    CreateContact: (input) => {
      const contact = contacts.createContact({
        instanceId: input.InstanceId,
        contactId: input.ContactId,
        channel: oneOf<Channel>(input.Channel, CHANNELS, "Channel"),
        // Members with a model default are optional for callers; the strict decoder has filled them in.
        status: oneOf<ContactStatus>(input.Status!, STATUSES, "Status"),
        redactionPolicy: oneOf<RedactionPolicy>(input.RedactionPolicy!, POLICIES, "RedactionPolicy"),
        extraSegmentTypes: input.ExtraSegmentTypes,
      });
      return { ContactId: contact.contactId };
    },
    DescribeContact: (input) => {
      const summary = contacts.describe(input.InstanceId, input.ContactId);
      return {
        Channel: summary.channel,
        Status: summary.status,
        RedactionPolicy: summary.redactionPolicy,
        ArrivedSegments: summary.arrivedSegments,
        PendingSegments: summary.pendingSegments,
      };
    },
    DeleteContact: (input) => {
      contacts.deleteContact(input.InstanceId, input.ContactId);
      return {};
    },
    AppendSegments: (input) => ({
      SegmentCount: contacts.appendSegments(
        input.InstanceId,
        input.ContactId,
        input.Segments.map((s, i) => ({ document: s.Segment, delayMs: s.DelayMs!, path: `Segments[${i}].Segment` })),
      ),
    }),
    SetContactStatus: (input) => {
      contacts.setStatus(input.InstanceId, input.ContactId, oneOf<ContactStatus>(input.Status, STATUSES, "Status"));
      return {};
    },
    LoadScenario: (input) => {
      const given = [input.Scenario, input.BuiltIn, input.Generate].filter((v) => v !== undefined).length;
      if (given !== 1) {
        throw controlErrors.invalid(
          "Give one of Scenario (a scenario document), BuiltIn (the name of a built-in scenario) or Generate (the options of a generated contact centre)",
        );
      }
      const loaded = loadScenario(contacts, clock, scenarioSource(input), deps.grants, deps.accounts);
      return {
        Contacts: loaded.map((c) => ({
          InstanceId: c.instanceId,
          ContactId: c.contactId,
          DurationMs: c.durationMs,
          StartMs: c.startMs,
        })),
      };
    },
    GetClock: () => ({ Mode: clock.mode, Now: new Date(clock.now()), Speed: clock.speed }),
    AdvanceClock: (input) => {
      try {
        return { Now: new Date(clock.advance(input.Milliseconds)) };
      } catch (error) {
        if (error instanceof ClockModeError) throw controlErrors.conflict(error.message);
        throw error;
      }
    },
    InjectFault: (input) => {
      if (!isFaultErrorType(input.ErrorType))
        throw controlErrors.invalid(`ErrorType ${input.ErrorType} is not a fault the fake can inject`);
      deps.faults.inject({
        errorType: input.ErrorType,
        count: input.Count!,
        ...(input.RetryAfterSeconds === undefined ? {} : { retryAfterSeconds: input.RetryAfterSeconds }),
        ...(input.ContactId === undefined ? {} : { contactId: input.ContactId }),
      });
      return {};
    },
    ListReceivedRequests: (input) => {
      const page = deps.log.page({
        contactId: input.ContactId,
        limit: input.Limit,
        maxResults: input.MaxResults ?? DEFAULT_LOG_PAGE_SIZE,
        cursor: input.NextToken === undefined ? undefined : decodeLogToken(input.NextToken, input.ContactId),
      });
      return page.next === undefined
        ? { Requests: page.requests }
        : { Requests: page.requests, NextToken: encodeLogToken(page.next, input.ContactId) };
    },
    Reset: () => {
      deps.reset();
      return {};
    },
  };
}

export function createControlService(deps: ControlServiceDeps): RequestHandler {
  return createFakeControlHandler(createControlHandlers(deps), {
    validationError: "ControlValidationException",
    onInternalError: deps.onInternalError,
    jsonLimits: deps.jsonLimits,
    maxBodyBytes: deps.maxBodyBytes,
  });
}
