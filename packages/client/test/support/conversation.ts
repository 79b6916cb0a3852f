// A simulated contact whose conversation grows with (manual) time, served over the in-memory handler the way the
// service pages it: offsets in opaque tokens, a token on every page while in progress, none once finished and read.
// A fault schedule makes chosen requests fail or re-send segments, as a flaky or forgetful service would.
import type { HttpRequest } from "@smithy/protocol-http";
import type { ManualClock } from "./manual-clock.js";
import type { Reply } from "./scripted-handler.js";
import { page, type WireSegment } from "./wire.js";

export type Fault = "ok" | "throttle" | "internal" | "unavailable" | "network" | "resend";

export interface Arrival {
  /** When the segment arrives, in ms after the start. */
  at: number;
  segment: WireSegment;
}

export interface ServedRequest {
  at: number;
  token: string | undefined;
  fault: Fault;
}

export class Conversation {
  readonly served: ServedRequest[] = [];
  readonly #clock: ManualClock;
  readonly #start: number;
  readonly #arrivals: Arrival[];
  readonly #endsAt: number;
  readonly #faults: Fault[];
  readonly #finalStatus: string;
  readonly #pageSize: number;

  constructor(
    clock: ManualClock,
    arrivals: Arrival[],
    options: { endsAt?: number; faults?: Fault[]; finalStatus?: string; pageSize?: number } = {},
  ) {
    this.#clock = clock;
    this.#start = clock.now();
    this.#arrivals = [...arrivals].sort((a, b) => a.at - b.at);
    this.#endsAt = options.endsAt ?? this.#arrivals.at(-1)?.at ?? 0;
    this.#faults = [...(options.faults ?? [])];
    this.#finalStatus = options.finalStatus ?? "COMPLETED";
    this.#pageSize = options.pageSize ?? 3;
  }

  /** A reply function for ScriptedHandler. */
  readonly reply = (request: HttpRequest): Reply => {
    const body = JSON.parse(String(request.body)) as { NextToken?: string; MaxResults?: number };
    const fault = this.#faults.shift() ?? "ok";
    const elapsed = this.#clock.now() - this.#start;
    this.served.push({ at: elapsed, token: body.NextToken, fault });
    switch (fault) {
      case "throttle":
        return {
          status: 429,
          headers: { "x-amzn-errortype": "ThrottlingException" },
          body: { Message: "Rate exceeded" },
        };
      case "internal":
        return { status: 500, headers: { "x-amzn-errortype": "InternalServiceException" }, body: { Message: "oops" } };
      case "unavailable":
        return { status: 503, body: "Service Unavailable" };
      case "network":
        return { error: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) };
      default:
        break;
    }
    const arrived = this.#arrivals.filter((a) => a.at <= elapsed).map((a) => a.segment);
    const offset = body.NextToken === undefined ? 0 : Number(body.NextToken.slice("offset-".length));
    const size = body.MaxResults ?? this.#pageSize;
    const end = Math.min(arrived.length, offset + size);
    // A forgetful service re-sends, ahead of the page, a few segments it already gave.
    const from = fault === "resend" ? Math.max(0, offset - 2) : offset;
    const segments = arrived.slice(from, end);
    const finished = elapsed >= this.#endsAt;
    const status = finished ? this.#finalStatus : "IN_PROGRESS";
    const readToTheEnd = finished && end >= this.#arrivals.length;
    return { status: 200, body: page(segments, { status, nextToken: readToTheEnd ? undefined : `offset-${end}` }) };
  };
}
