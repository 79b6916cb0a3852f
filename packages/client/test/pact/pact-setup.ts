// Where the consumer tests write their contract, the provider states they use, and the pieces every interaction
// shares. The provider (the fake server) implements exactly these states; see the README of @rtca/fake-server.
import { MatchersV3, PactV4, SpecificationVersion } from "@pact-foundation/pact";
import { ConnectClient } from "../../src/index.js";
import { CONSUMER, PACT_DIR, PROVIDER } from "./pact-file.js";

export const INSTANCE_ID = "pact-instance-1";
export const CONTACT_ID = "pact-contact-1";
export const PATH = `/contact/list-real-time-analysis-segments-v2/${INSTANCE_ID}/${CONTACT_ID}`;

/** The parameters of the provider state `a contact exists`. */
export interface ContactState {
  instanceId: string;
  contactId: string;
  channel?: "CHAT" | "VOICE";
  status?: "IN_PROGRESS" | "COMPLETED" | "FAILED";
  redactionPolicy?: "RAW_AND_REDACTED" | "REDACTED_ONLY" | "NONE";
  segments?: Record<string, unknown>[];
  extraSegmentTypes?: string[];
  pageSize?: number;
  outputType?: "Raw" | "Redacted";
  segmentTypes?: string[];
  fault?: "ThrottlingException" | "InternalServiceException" | "AccessDeniedException";
}

export const CONTACT_EXISTS = "a contact exists";
export const NO_CONTACT_EXISTS = "no contact exists";

/** The parameters of a provider state, as Pact takes them (JSON). */
export type StateParams = NonNullable<Parameters<ReturnType<PactV4["addInteraction"]>["given"]>[1]>;

/** The parameters of `a contact exists` for the contact every interaction uses. */
export function contactState(params: Omit<ContactState, "instanceId" | "contactId"> = {}): StateParams {
  const state: ContactState = { instanceId: INSTANCE_ID, contactId: CONTACT_ID, ...params };
  return state as unknown as StateParams;
}

export function newPact(): PactV4 {
  return new PactV4({
    consumer: CONSUMER,
    provider: PROVIDER,
    dir: PACT_DIR,
    spec: SpecificationVersion.SPECIFICATION_VERSION_V4,
    logLevel: "warn",
    host: "127.0.0.1",
    port: 0,
  });
}

/**
 * A client for the mock server. It signs its requests as always, but the expected requests leave the SigV4
 * headers out: they change with every request and the provider checks them on its own. One attempt only, so that
 * each interaction sees exactly one request.
 */
export function clientFor(url: string): ConnectClient {
  return new ConnectClient({
    region: "us-east-1",
    endpoint: url,
    credentials: { accessKeyId: "AKIDPACT", secretAccessKey: "pact-secret" },
    maxAttempts: 1,
  });
}

export const JSON_CONTENT = { "Content-Type": MatchersV3.regex(/^application\/json(;.*)?$/, "application/json") };

/** An RFC 3339 date-time string, as RealTimeContactAnalysisTimeInstant travels (not epoch seconds). */
export function dateTime(example: string) {
  return MatchersV3.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, example);
}

/** The X-Amzn-ErrorType header of an error, which may carry a `:` suffix as AWS's services send it. */
export function errorType(name: string) {
  return { "X-Amzn-ErrorType": MatchersV3.regex(new RegExp(`^${name}(:.*)?$`), name) };
}
