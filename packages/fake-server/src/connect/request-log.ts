// The requests the fake received on the Connect API: a ring of the newest ones, so that recording stays cheap and
// memory bounded however long the fake runs.
import type { ReceivedRequest } from "@rtca/types/fake-control";
import type { Exchange } from "../runtime/index.js";

interface Entry {
  readonly request: ReceivedRequest;
  readonly contactId: string | undefined;
}

export class RequestLog {
  readonly #capacity: number;
  readonly #ring: (Entry | undefined)[];
  /** Where the next entry goes. */
  #next = 0;
  #size = 0;

  constructor(capacity = 10_000) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`the request log needs room for at least one request, got ${capacity}`);
    }
    this.#capacity = capacity;
    this.#ring = new Array(capacity);
  }

  record(exchange: Exchange, receivedAt: Date): void {
    const request: ReceivedRequest = {
      Method: exchange.request.method,
      Path: exchange.request.path + queryString(exchange.request.query),
      // A copy: the record may be the caller's own (node:http's, say), which the log must not keep alive or share.
      Headers: { ...exchange.request.headers },
      StatusCode: exchange.response.statusCode,
      ReceivedAt: receivedAt,
    };
    if (exchange.request.body !== undefined) request.Body = exchange.request.body;
    if (exchange.errorType !== undefined) request.ErrorType = exchange.errorType;
    this.#ring[this.#next] = { request, contactId: exchange.labels?.["ContactId"] };
    this.#next = (this.#next + 1) % this.#capacity;
    this.#size = Math.min(this.#size + 1, this.#capacity);
  }

  /** Oldest first; with a limit, the newest that many. */
  list(filter: { contactId?: string; limit?: number } = {}): ReceivedRequest[] {
    const matching: ReceivedRequest[] = [];
    const oldest = (this.#next - this.#size + this.#capacity) % this.#capacity;
    for (let i = 0; i < this.#size; i++) {
      const entry = this.#ring[(oldest + i) % this.#capacity]!;
      if (filter.contactId === undefined || entry.contactId === filter.contactId) matching.push(entry.request);
    }
    return filter.limit === undefined ? matching : matching.slice(Math.max(0, matching.length - filter.limit));
  }

  get size(): number {
    return this.#size;
  }

  clear(): void {
    this.#ring.fill(undefined);
    this.#next = 0;
    this.#size = 0;
  }
}

function queryString(query: Record<string, string | string[]>): string {
  let text = "";
  for (const key in query) {
    const value = query[key]!;
    for (const v of Array.isArray(value) ? value : [value]) {
      text += `${text === "" ? "?" : "&"}${encodeURIComponent(key)}=${encodeURIComponent(v)}`;
    }
  }
  return text;
}
