// The Connect API's HTTP face: the generated dispatcher around the behaviour, with authentication, per-instance
// authorization, injected faults and throttling in front of every operation, and every exchange recorded in the request log.
import type { ListRealtimeContactAnalysisSegmentsV2Request } from "@rtca/types";
import type { Clock } from "../clock/clock.js";
import { type AmazonConnectServiceHandlers, createAmazonConnectServiceHandler } from "../generated/connect/server.js";
import {
  type Exchange,
  type JsonLimits,
  type RequestHandler,
  type ResponseParts,
  ServiceError,
} from "../runtime/index.js";
import type { FakeStore } from "../state/store.js";
import type { Accounts } from "./auth/accounts.js";
import type { Authenticator } from "./auth/authenticator.js";
import { regionOf } from "./auth/authorization-header.js";
import { accessDenied, type Grants } from "./auth/grants.js";
import type { FaultQueue } from "./faults.js";
import { listSegments } from "./list-segments.js";
import type { NextTokenCodec } from "./next-token.js";
import { createPageSerializer } from "./page-serializer.js";
import type { RequestLog } from "./request-log.js";
import { allowDeclaredSegmentTypes } from "./segment-types-check.js";
import { quotaKey, THROTTLED_MESSAGE, type Throttle } from "./throttle.js";

export interface ConnectServiceDeps {
  readonly store: FakeStore;
  readonly clock: Clock;
  readonly tokens: NextTokenCodec;
  readonly authenticator: Authenticator;
  /** Which instances each access key may read. */
  readonly grants: Grants;
  /** Which account each access key belongs to: the quota counts per account and Region. */
  readonly accounts: Accounts;
  readonly faults: FaultQueue;
  /** Undefined: no throttling. */
  readonly throttle: Throttle | undefined;
  readonly log: RequestLog;
  readonly defaultPageSize?: number;
  readonly onInternalError?: (error: unknown) => void;
  readonly jsonLimits?: Partial<JsonLimits>;
  /** The largest request body once its gzip Content-Encoding is undone. */
  readonly maxBodyBytes?: number;
}

export function createConnectService(deps: ConnectServiceDeps): RequestHandler {
  // The account each authenticated request counted against, for its entry in the request log.
  const accountOf = new WeakMap<object, string>();
  const handlers: AmazonConnectServiceHandlers = {
    ListRealtimeContactAnalysisSegmentsV2: (input) => listSegments(deps, input),
  };
  return createAmazonConnectServiceHandler(handlers, {
    validationError: "InvalidRequestException",
    internalError: "InternalServiceException",
    beforeOperation: (call) => {
      const caller = deps.authenticator.authenticate(call.request);
      const accountId = deps.accounts.accountOf(caller.accessKeyId);
      accountOf.set(call.request, accountId);
      const region = regionOf(call.request.headers["authorization"]);
      const instanceId = call.labels["InstanceId"];
      if (instanceId !== undefined && !deps.grants.allows(caller.accessKeyId, instanceId)) {
        throw accessDenied({
          accessKeyId: caller.accessKeyId,
          accountId,
          region,
          operation: call.operation,
          instanceId,
          contactId: call.labels["ContactId"],
        });
      }
      const fault = deps.faults.take(call.labels["ContactId"]);
      if (fault !== undefined) throw fault;
      if (deps.throttle !== undefined && !deps.throttle.tryTake(quotaKey(accountId, region))) {
        throw new ServiceError("ThrottlingException", { Message: THROTTLED_MESSAGE });
      }
    },
    refineViolations: (call, violations) =>
      call.operation === "ListRealtimeContactAnalysisSegmentsV2"
        ? allowDeclaredSegmentTypes(deps.store, call.input as ListRealtimeContactAnalysisSegmentsV2Request, violations)
        : violations,
    responseSerializers: {
      ListRealtimeContactAnalysisSegmentsV2: createPageSerializer() as (output: unknown) => ResponseParts,
    },
    onExchange: (exchange: Exchange) => deps.log.record(exchange, deps.clock.now(), accountOf.get(exchange.request)),
    onInternalError: deps.onInternalError,
    jsonLimits: deps.jsonLimits,
    maxBodyBytes: deps.maxBodyBytes,
  });
}
