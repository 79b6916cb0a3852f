// The requests the fake received on the Connect API: a ring of the newest ones, so that recording stays cheap and
// memory bounded however long the fake runs. Recording keeps what it is given in one flat entry; the records the
// control plane hands out are made when someone asks for them, which is rare next to recording.
import type { ReceivedRequest } from "@rtca/types/fake-control";
import type { Exchange } from "../runtime/index.js";

interface Entry {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string | string[]>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  readonly statusCode: number;
  readonly errorType: string | undefined;
  readonly contactId: string | undefined;
  /** ms on the fake's clock */
  readonly receivedAt: number;
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

  /** Records an exchange, received at `receivedAt` (ms on the fake's clock). */
  record(exchange: Exchange, receivedAt: number): void {
    const request = exchange.request;
    this.#ring[this.#next] = {
      method: request.method,
      path: request.path,
      // The dispatcher's own record, never changed after the exchange.
      query: request.query,
      // A copy: the record may be the caller's own (node:http's, say), which the log must not keep alive or share.
      headers: { ...request.headers },
      body: request.body,
      statusCode: exchange.response.statusCode,
      errorType: exchange.errorType,
      contactId: exchange.labels?.["ContactId"],
      receivedAt,
    };
    this.#next = this.#next + 1 === this.#capacity ? 0 : this.#next + 1;
    if (this.#size < this.#capacity) this.#size++;
  }

  /** Oldest first; with a limit, the newest that many. */
  list(filter: { contactId?: string; limit?: number } = {}): ReceivedRequest[] {
    const matching: Entry[] = [];
    const oldest = (this.#next - this.#size + this.#capacity) % this.#capacity;
    for (let i = 0; i < this.#size; i++) {
      const entry = this.#ring[(oldest + i) % this.#capacity]!;
      if (filter.contactId === undefined || entry.contactId === filter.contactId) matching.push(entry);
    }
    const listed = filter.limit === undefined ? matching : matching.slice(Math.max(0, matching.length - filter.limit));
    return listed.map(toReceivedRequest);
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

function toReceivedRequest(entry: Entry): ReceivedRequest {
  const request: ReceivedRequest = {
    Method: entry.method,
    Path: entry.path + queryString(entry.query),
    // Every caller gets its own copy, so that nobody changes what the log holds.
    Headers: { ...entry.headers },
    StatusCode: entry.statusCode,
    ReceivedAt: new Date(entry.receivedAt),
  };
  if (entry.body !== undefined) request.Body = entry.body;
  if (entry.errorType !== undefined) request.ErrorType = entry.errorType;
  return request;
}

function queryString(query: Readonly<Record<string, string | string[]>>): string {
  let text = "";
  for (const key in query) {
    const value = query[key]!;
    for (const v of Array.isArray(value) ? value : [value]) {
      text += `${text === "" ? "?" : "&"}${encodeURIComponent(key)}=${encodeURIComponent(v)}`;
    }
  }
  return text;
}
