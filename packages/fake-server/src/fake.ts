// The fake Amazon Connect, assembled: state, clock and behaviour behind one request handler that serves the
// Connect API and, under /_fake/, the control plane. Use it in-process (`fake.handle(request)`) or serve it over
// HTTP with `serve()`.
import type { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { type Clock, RealClock, VirtualClock } from "./clock/clock.js";
import { Accounts, type AccountTable } from "./connect/auth/accounts.js";
import { Authenticator, type AuthOptions } from "./connect/auth/authenticator.js";
import { Grants } from "./connect/auth/grants.js";
import { createConnectService } from "./connect/connect-service.js";
import { FaultQueue } from "./connect/faults.js";
import { DEFAULT_PAGE_SIZE } from "./connect/list-segments.js";
import { NextTokenCodec } from "./connect/next-token.js";
import { RequestLog } from "./connect/request-log.js";
import { SERVICE_QUOTA, Throttle, type ThrottleLimits } from "./connect/throttle.js";
import { requireControlToken } from "./control/control-auth.js";
import { createControlService } from "./control/control-service.js";
import type { JsonLimits, RequestHandler } from "./runtime/index.js";
import { type LoadedContact, loadScenario, type ScenarioSource } from "./scenario/load.js";
import { isFinished } from "./state/contact.js";
import { Contacts } from "./state/contacts.js";
import { type FakeStore, InMemoryStore } from "./state/store.js";

/** The prefix of the control plane's routes. */
export const CONTROL_PREFIX = "/_fake/";

export type ClockOption = Clock | { mode: "real"; speed?: number } | { mode: "virtual"; start?: Date | number };

export interface FakeOptions {
  /** A real clock at speed 1 by default. */
  clock?: ClockOption;
  /** In memory by default. */
  store?: FakeStore;
  /** Page size when a request has no MaxResults; 100 by default. */
  defaultPageSize?: number;
  /** The key that signs pagination tokens; random per fake by default. */
  tokenSecret?: string | Uint8Array;
  /** How long a pagination token lasts on the fake's clock; 1 hour by default. */
  tokenTtlMs?: number;
  /**
   * Per account and Region, as the service counts it; the service's quota (2 per second, burst 5) by default;
   * false turns throttling off.
   */
  throttle?: ThrottleLimits | false;
  /**
   * Access key ids by account id (12 digits): every key of an account draws on the account's quota. Keys not listed
   * belong to the default account, 000000000000. Scenarios may add more.
   */
  accounts?: AccountTable;
  /** SigV4: a well-formed Authorization header is required by default; see AuthOptions (grants too). */
  auth?: AuthOptions;
  /**
   * Bounds on every JSON body either API reads (depth, number of values, size): 100 levels, 100 000 values and
   * 5 MiB by default; a body past one answers 400 SerializationException.
   */
  jsonLimits?: Partial<JsonLimits>;
  /**
   * The largest request body once its `Content-Encoding: gzip` is undone (413 above): 5 MiB by default, as
   * serve()'s `maxBodyBytes` limit on the bytes received; set both alike.
   */
  maxBodyBytes?: number;
  /** How many requests to the Connect API the request log keeps; 10 000 by default. */
  requestLogSize?: number;
  /** How much the request log keeps at most, in bytes; 16 MiB by default. */
  requestLogBytes?: number;
  /** Request bodies up to this size (bytes) are logged whole, larger ones as size and SHA-256; 8 KiB by default. */
  requestLogBodyBytes?: number;
  /**
   * When set, every control-plane request must carry `Authorization: Bearer <controlToken>`; others are answered
   * 401 ControlUnauthorizedException. Unset by default: the control plane is open to whoever reaches the fake.
   */
  controlToken?: string;
  /** Sees exceptions the behaviour did not expect (the caller gets a 500 without details). */
  onInternalError?: (error: unknown) => void;
}

export interface Fake {
  /** Serves both APIs: the Connect API, and the control plane under /_fake/. Never rejects. */
  readonly handle: (request: HttpRequest) => Promise<HttpResponse>;
  /** The Connect API alone. */
  readonly connect: RequestHandler;
  /** The control plane alone. */
  readonly control: RequestHandler;
  readonly clock: Clock;
  readonly store: FakeStore;
  readonly contacts: Contacts;
  readonly requestLog: RequestLog;
  readonly faults: FaultQueue;
  readonly throttle: Throttle | undefined;
  /** Loads a scenario (a document, or the name of a built-in one such as demo) from now on the fake's clock. */
  loadScenario(source: ScenarioSource): LoadedContact[];
  /** Whether each given contact is finished (final status, every segment arrived) and has been read to its end. */
  isDoneAndRead(contacts: readonly { instanceId: string; contactId: string }[]): boolean;
  /**
   * Forgets every instance, contact, fault, logged request, throttling state and what scenarios added (grants,
   * accounts); puts a virtual clock back.
   */
  reset(): void;
}

function makeClock(option: ClockOption | undefined): Clock {
  if (option === undefined) return new RealClock();
  if ("now" in option) return option;
  if (option.mode === "real") return new RealClock({ speed: option.speed });
  const start = option.start instanceof Date ? option.start.getTime() : option.start;
  return new VirtualClock(start === undefined ? {} : { start });
}

export function createFake(options: FakeOptions = {}): Fake {
  const clock = makeClock(options.clock);
  const store = options.store ?? new InMemoryStore();
  const tokens = new NextTokenCodec({ secret: options.tokenSecret, ttlMs: options.tokenTtlMs });
  const faults = new FaultQueue();
  const requestLog = new RequestLog({
    maxEntries: options.requestLogSize,
    maxBytes: options.requestLogBytes,
    maxBodyBytes: options.requestLogBodyBytes,
  });
  const throttle = options.throttle === false ? undefined : new Throttle(options.throttle ?? SERVICE_QUOTA, clock);
  const authenticator = new Authenticator("connect", options.auth);
  const grants = new Grants(options.auth?.grants);
  const accounts = new Accounts(options.accounts);
  const contacts = new Contacts(store, clock);
  const defaultPageSize = options.defaultPageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(defaultPageSize) || defaultPageSize < 1 || defaultPageSize > 100) {
    throw new RangeError(`the default page size must be a whole number from 1 to 100, got ${defaultPageSize}`);
  }

  const reset = () => {
    store.clear();
    faults.clear();
    requestLog.clear();
    throttle?.reset();
    grants.reset();
    accounts.reset();
    clock.reset();
  };
  const wallClock = options.auth?.wallClock ?? Date.now;
  const connectService = createConnectService({
    store,
    clock,
    tokens,
    authenticator,
    grants,
    accounts,
    faults,
    throttle,
    log: requestLog,
    defaultPageSize,
    onInternalError: options.onInternalError,
    jsonLimits: options.jsonLimits,
    maxBodyBytes: options.maxBodyBytes,
  });
  // The service's answers carry its time, from which AWS's SDKs correct a client clock that is off: the same wall
  // clock that the signature time is checked against.
  const connect: RequestHandler = async (request) => {
    const response = await connectService(request);
    response.headers["date"] = new Date(wallClock()).toUTCString();
    return response;
  };
  const openControl = createControlService({
    contacts,
    clock,
    faults,
    log: requestLog,
    reset,
    grants,
    accounts,
    onInternalError: options.onInternalError,
    jsonLimits: options.jsonLimits,
    maxBodyBytes: options.maxBodyBytes,
  });
  const control =
    options.controlToken === undefined ? openControl : requireControlToken(openControl, options.controlToken);

  return {
    handle: (request) => (request.path.startsWith(CONTROL_PREFIX) ? control(request) : connect(request)),
    connect,
    control,
    clock,
    store,
    contacts,
    requestLog,
    faults,
    throttle,
    loadScenario: (source) => loadScenario(contacts, clock, source, grants, accounts),
    isDoneAndRead: (wanted) => {
      const now = clock.now();
      return wanted.every(({ instanceId, contactId }) => {
        const contact = store.getContact(instanceId, contactId);
        return contact !== undefined && isFinished(contact, now) && contact.fullyRead;
      });
    },
    reset,
  };
}
