// The requests the fake received on the Connect API, newest kept, oldest dropped past a bound.
import type { ReceivedRequest } from "@rtca/types/fake-control";
import type { Exchange } from "../runtime/index.js";

export class RequestLog {
  readonly #capacity: number;
  readonly #entries: { request: ReceivedRequest; contactId?: string }[] = [];

  constructor(capacity = 10_000) {
    if (!(capacity >= 1)) throw new RangeError(`the request log needs room for at least one request, got ${capacity}`);
    this.#capacity = capacity;
  }

  record(exchange: Exchange, receivedAt: Date): void {
    const request: ReceivedRequest = {
      Method: exchange.request.method,
      Path: exchange.request.path + queryString(exchange.request.query),
      Headers: { ...exchange.request.headers },
      StatusCode: exchange.response.statusCode,
      ReceivedAt: receivedAt,
    };
    if (exchange.request.body !== undefined) request.Body = exchange.request.body;
    if (exchange.errorType !== undefined) request.ErrorType = exchange.errorType;
    this.#entries.push({ request, contactId: exchange.labels?.["ContactId"] });
    if (this.#entries.length > this.#capacity) this.#entries.splice(0, this.#entries.length - this.#capacity);
  }

  /** Oldest first; with a limit, the newest that many. */
  list(filter: { contactId?: string; limit?: number } = {}): ReceivedRequest[] {
    const matching = this.#entries.filter((e) => filter.contactId === undefined || e.contactId === filter.contactId);
    const from = filter.limit === undefined ? 0 : Math.max(0, matching.length - filter.limit);
    return matching.slice(from).map((e) => e.request);
  }

  get size(): number {
    return this.#entries.length;
  }

  clear(): void {
    this.#entries.length = 0;
  }
}

function queryString(query: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}
