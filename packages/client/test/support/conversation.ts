// A simulated contact whose conversation grows with (manual) time, served over the in-memory handler the way the
// service pages it: offsets in opaque tokens, a token on every page while in progress or while segments are still
// to arrive (the token sent comes back when nothing new has), none once finished and read. Segments may arrive
// after the status became final, as a post-contact summary does. A fault schedule makes chosen requests fail,
// re-send segments or hand back the token they were sent, as a flaky or forgetful service would.
import type { HttpRequest } from "@smithy/protocol-http";
import type { ManualClock } from "./manual-clock.js";
import type { Reply } from "./scripted-handler.js";
import { page, type WireSegment } from "./wire.js";

export type Fault = "ok" | "throttle" | "internal" | "unavailable" | "network" | "resend" | "repeat";

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
  readonly #tokenForever: boolean;

  /**
   * `endsAt`: when the status becomes final (default: at the last arrival). `tokenForever`: the service never
   * says it has nothing more, and hands out a token even once everything has arrived and been read.
   */
  constructor(
    clock: ManualClock,
    arrivals: Arrival[],
    options: {
      endsAt?: number;
      faults?: Fault[];
      finalStatus?: string;
      pageSize?: number;
      tokenForever?: boolean;
    } = {},
  ) {
    this.#clock = clock;
    this.#start = clock.now();
    this.#arrivals = [...arrivals].sort((a, b) => a.at - b.at);
    this.#endsAt = options.endsAt ?? this.#arrivals.at(-1)?.at ?? 0;
    this.#faults = [...(options.faults ?? [])];
    this.#finalStatus = options.finalStatus ?? "COMPLETED";
    this.#pageSize = options.pageSize ?? 3;
    this.#tokenForever = options.tokenForever ?? false;
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
    // A forgetful service re-sends, ahead of the page, a few messages (segments with an Id) it already gave.
    const resent = fault === "resend" ? arrived.slice(Math.max(0, offset - 2), offset).filter(hasId) : [];
    const segments = [...resent, ...arrived.slice(offset, end)];
    const finished = elapsed >= this.#endsAt;
    const status = finished ? this.#finalStatus : "IN_PROGRESS";
    const readToTheEnd = finished && end >= this.#arrivals.length && !this.#tokenForever;
    // A service that did not move on hands back the token it was sent, and the same segments from it next time.
    const nextToken = fault === "repeat" && body.NextToken !== undefined ? body.NextToken : `offset-${end}`;
    return { status: 200, body: page(segments, { status, nextToken: readToTheEnd ? undefined : nextToken }) };
  };
}

function hasId(segment: WireSegment): boolean {
  return Object.values(segment).some((value) => typeof (value as { Id?: unknown }).Id === "string");
}
