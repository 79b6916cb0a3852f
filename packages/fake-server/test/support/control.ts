// Calls the control plane through its generated bindings, over any sender (in-process or HTTP). Errors become
// ControlCallError with the error type the fake answered.

import type { HttpRequestParts, HttpResponseParts } from "@rtca/types";
import * as control from "@rtca/types/fake-control";
import { type Send, toHttpRequest, toParts } from "./http.js";

export class ControlCallError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(`${type} (${status}): ${message}`);
  }
}

type Bindings<I, O> = {
  serialize: (input: I) => HttpRequestParts;
  deserialize: (response: HttpResponseParts) => O;
};

const ops = {
  CreateInstance: {
    serialize: control.serializeCreateInstanceRequest,
    deserialize: control.deserializeCreateInstanceResponse,
  },
  DeleteInstance: {
    serialize: control.serializeDeleteInstanceRequest,
    deserialize: control.deserializeDeleteInstanceResponse,
  },
  CreateContact: {
    serialize: control.serializeCreateContactRequest,
    deserialize: control.deserializeCreateContactResponse,
  },
  DescribeContact: {
    serialize: control.serializeDescribeContactRequest,
    deserialize: control.deserializeDescribeContactResponse,
  },
  DeleteContact: {
    serialize: control.serializeDeleteContactRequest,
    deserialize: control.deserializeDeleteContactResponse,
  },
  AppendSegments: {
    serialize: control.serializeAppendSegmentsRequest,
    deserialize: control.deserializeAppendSegmentsResponse,
  },
  SetContactStatus: {
    serialize: control.serializeSetContactStatusRequest,
    deserialize: control.deserializeSetContactStatusResponse,
  },
  LoadScenario: {
    serialize: control.serializeLoadScenarioRequest,
    deserialize: control.deserializeLoadScenarioResponse,
  },
  GetClock: { serialize: control.serializeGetClockRequest, deserialize: control.deserializeGetClockResponse },
  AdvanceClock: {
    serialize: control.serializeAdvanceClockRequest,
    deserialize: control.deserializeAdvanceClockResponse,
  },
  InjectFault: { serialize: control.serializeInjectFaultRequest, deserialize: control.deserializeInjectFaultResponse },
  ListReceivedRequests: {
    serialize: control.serializeListReceivedRequestsRequest,
    deserialize: control.deserializeListReceivedRequestsResponse,
  },
  Reset: { serialize: control.serializeResetRequest, deserialize: control.deserializeResetResponse },
} as const;

type Ops = typeof ops;
type InputOf<K extends keyof Ops> = Parameters<Ops[K]["serialize"]>[0];
type OutputOf<K extends keyof Ops> = ReturnType<Ops[K]["deserialize"]>;

/** A typed control-plane caller. */
export function controlClient(send: Send) {
  return async function call<K extends keyof Ops>(operation: K, input: InputOf<K>): Promise<OutputOf<K>> {
    const bindings = ops[operation] as unknown as Bindings<InputOf<K>, OutputOf<K>>;
    const response = toParts(await send(toHttpRequest(bindings.serialize(input))));
    if (response.statusCode >= 300) {
      const body = JSON.parse(response.body ?? "{}") as { Message?: string };
      throw new ControlCallError(response.statusCode, response.headers["x-amzn-errortype"] ?? "", body.Message ?? "");
    }
    return bindings.deserialize(response);
  };
}

export type ControlClient = ReturnType<typeof controlClient>;
