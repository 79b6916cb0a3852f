// The requests the fake received on the Connect API: the newest ones, bounded by count and by size, so that memory
// stays flat however long the fake runs and whatever its callers send. An entry keeps a small body whole and a large
// one as its length and SHA-256, headers up to a fixed size, and no secrets (see secret-redaction.ts). Recording
// keeps one flat entry; the records the control plane hands out are made when asked for, a page at a time.
import { createHash } from "node:crypto";
import type { ReceivedRequest } from "@rtca/types/fake-control";
import type { Exchange } from "../runtime/index.js";
import { redactHeader, redactQueryValue } from "./secret-redaction.js";

export interface RequestLogLimits {
  /** How many requests the log keeps at most, from 1 to 100 000 (10 000 by default). */
  maxEntries?: number;
  /**
   * How much the log keeps at most, in bytes (16 MiB by default): the text of its entries (path, headers, body)
   * and a fixed allowance per entry and per header for the rest. The oldest entries go first.
   */
  maxBytes?: number;
  /** Bodies up to this many bytes (UTF-8) are kept whole; larger ones as their size and SHA-256 (8 KiB by default). */
  maxBodyBytes?: number;
}

export const REQUEST_LOG_DEFAULTS = {
  maxEntries: 10_000,
  maxBytes: 16 * 1024 * 1024,
  maxBodyBytes: 8 * 1024,
} as const satisfies Required<RequestLogLimits>;

const MAX_ENTRIES = 100_000;
const MAX_BODY_BYTES = 1024 * 1024;
/** The path with its query string is cut past this many characters. */
export const MAX_LOGGED_PATH = 4096;
/** Headers are kept in the order received until they take this much; the rest are counted, not kept. */
export const MAX_LOGGED_HEADER_BYTES = 8192;
const MAX_METHOD = 64;
/** Longer than any valid ContactId: such a request cannot be for a contact, and is listed under none. */
const MAX_CONTACT_ID = 256;
/** What an entry costs besides its text: the object, its numbers, the header list. */
const ENTRY_OVERHEAD = 512;
/** What each kept header costs besides its name and value. */
const HEADER_OVERHEAD = 48;
/** An account id is 12 digits. */
const ACCOUNT_ID_LENGTH = 12;
/** The most an entry costs besides its body. */
const MAX_ENTRY_COST =
  ENTRY_OVERHEAD + MAX_METHOD + MAX_LOGGED_PATH + MAX_LOGGED_HEADER_BYTES + MAX_CONTACT_ID + ACCOUNT_ID_LENGTH + 64;

/** A page of the log is cut once its entries cost this much, so that encoding one stays a matter of milliseconds. */
export const PAGE_BYTES = 512 * 1024;

interface Entry {
  readonly seq: number;
  readonly method: string;
  /** With its query string, cut to MAX_LOGGED_PATH. */
  readonly path: string;
  /** Name, value, name, value, ...: redacted, bounded. */
  readonly headers: readonly string[];
  readonly droppedHeaders: number;
  /** The body when it is small enough to keep. */
  readonly body: string | undefined;
  /** The body's size in bytes, UTF-8; -1 when there was none. */
  readonly bodySize: number;
  /** When the body is too large to keep. */
  readonly bodySha256: string | undefined;
  readonly statusCode: number;
  readonly errorType: string | undefined;
  readonly contactId: string | undefined;
  /** The account whose quota the request counted against, once it authenticated. */
  readonly accountId: string | undefined;
  /** ms on the fake's clock */
  readonly receivedAt: number;
  readonly cost: number;
}

/** Where a reading of the log goes on: the entry numbers it covers. */
export interface LogCursor {
  /** The number of the first entry still to read. */
  readonly from: number;
  /** The number past the last entry to read; open (up to the newest) when undefined. */
  readonly until: number | undefined;
}

export interface LogPageRequest {
  /** Only requests for this contact. */
  readonly contactId?: string | undefined;
  /** On a first page: only the newest this many (of those for the contact). Ignored with a cursor. */
  readonly limit?: number | undefined;
  /** The most requests on the page. */
  readonly maxResults: number;
  /** Where the previous page ended. */
  readonly cursor?: LogCursor | undefined;
}

export interface LogPage {
  readonly requests: ReceivedRequest[];
  /** Where the next page starts; undefined when this page reached the end. */
  readonly next: LogCursor | undefined;
}

function checkInteger(value: number, min: number, max: number, what: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${what} must be a whole number from ${min} to ${max}, got ${value}`);
  }
  return value;
}

/** A copy of a cut string that does not keep the whole one alive (V8 may share the original's memory). */
function cut(text: string, max: number): string {
  return text.length <= max ? text : Buffer.from(text.slice(0, max), "utf8").toString("utf8");
}

export class RequestLog {
  readonly limits: Readonly<Required<RequestLogLimits>>;
  readonly #ring: (Entry | undefined)[];
  /** Index of the oldest entry in the ring. */
  #first = 0;
  #size = 0;
  #bytes = 0;
  /** The number the next entry gets: numbers only grow, across clear() too, so that a cursor never means another. */
  #nextSeq = 0;

  constructor(limits: RequestLogLimits = {}) {
    const maxEntries = checkInteger(
      limits.maxEntries ?? REQUEST_LOG_DEFAULTS.maxEntries,
      1,
      MAX_ENTRIES,
      "the request log's entry limit",
    );
    const maxBodyBytes = checkInteger(
      limits.maxBodyBytes ?? REQUEST_LOG_DEFAULTS.maxBodyBytes,
      0,
      MAX_BODY_BYTES,
      "the request log's body size limit",
    );
    const maxBytes = checkInteger(
      limits.maxBytes ?? REQUEST_LOG_DEFAULTS.maxBytes,
      MAX_ENTRY_COST + maxBodyBytes,
      Number.MAX_SAFE_INTEGER,
      "the request log's size limit (room for at least its largest entry)",
    );
    this.limits = { maxEntries, maxBytes, maxBodyBytes };
    this.#ring = new Array(maxEntries);
  }

  /** Records an exchange, received at `receivedAt` (ms on the fake's clock), counted against `accountId`. */
  record(exchange: Exchange, receivedAt: number, accountId?: string): void {
    const request = exchange.request;
    const headers: string[] = [];
    let headerBytes = 0;
    let droppedHeaders = 0;
    for (const name in request.headers) {
      const value = redactHeader(name, request.headers[name]!);
      const size = name.length + value.length + HEADER_OVERHEAD;
      if (headerBytes + size > MAX_LOGGED_HEADER_BYTES) {
        droppedHeaders++;
      } else {
        headers.push(name, value);
        headerBytes += size;
      }
    }
    // Only a blob payload stays bytes, and this service has none; bytes would be logged as (lossy) text.
    const body = request.body instanceof Uint8Array ? new TextDecoder().decode(request.body) : request.body;
    const bodySize = body === undefined ? -1 : Buffer.byteLength(body, "utf8");
    const keepBody = bodySize <= this.limits.maxBodyBytes;
    const method = cut(request.method, MAX_METHOD);
    const path = cut(request.path + queryString(request.query), MAX_LOGGED_PATH);
    const labelled = exchange.labels?.["ContactId"];
    const contactId = labelled !== undefined && labelled.length <= MAX_CONTACT_ID ? labelled : undefined;
    const errorType = exchange.errorType;
    const kept = keepBody ? body : undefined;
    const cost =
      ENTRY_OVERHEAD +
      method.length +
      path.length +
      headerBytes +
      (kept?.length ?? 0) +
      (contactId?.length ?? 0) +
      (accountId?.length ?? 0) +
      (errorType?.length ?? 0);
    this.#add({
      seq: this.#nextSeq++,
      method,
      path,
      headers,
      droppedHeaders,
      body: kept,
      bodySize,
      bodySha256: keepBody || body === undefined ? undefined : createHash("sha256").update(body).digest("hex"),
      statusCode: exchange.response.statusCode,
      errorType,
      contactId,
      accountId,
      receivedAt,
      cost,
    });
  }

  #add(entry: Entry): void {
    const capacity = this.#ring.length;
    while (this.#size === capacity || (this.#size > 0 && this.#bytes + entry.cost > this.limits.maxBytes)) {
      this.#dropOldest();
    }
    this.#ring[(this.#first + this.#size) % capacity] = entry;
    this.#size++;
    this.#bytes += entry.cost;
  }

  #dropOldest(): void {
    const oldest = this.#ring[this.#first]!;
    this.#ring[this.#first] = undefined;
    this.#first = (this.#first + 1) % this.#ring.length;
    this.#size--;
    this.#bytes -= oldest.cost;
  }

  /** The entry with this number, which must be kept (from the oldest to the newest). */
  #at(seq: number): Entry {
    return this.#ring[(this.#first + (seq - this.#oldestSeq)) % this.#ring.length]!;
  }

  get #oldestSeq(): number {
    return this.#nextSeq - this.#size;
  }

  /** One page of the requests, oldest first. */
  page(request: LogPageRequest): LogPage {
    const { contactId, maxResults } = request;
    const matches = (entry: Entry) => contactId === undefined || entry.contactId === contactId;
    let from: number;
    let until: number | undefined;
    if (request.cursor !== undefined) {
      from = Math.max(request.cursor.from, this.#oldestSeq);
      until = request.cursor.until;
    } else if (request.limit !== undefined) {
      // The newest `limit`, as they are now: later requests are not part of this reading.
      until = this.#nextSeq;
      from = this.#oldestSeq;
      let found = 0;
      for (let seq = this.#nextSeq - 1; seq >= this.#oldestSeq; seq--) {
        if (matches(this.#at(seq)) && ++found === request.limit) {
          from = seq;
          break;
        }
      }
    } else {
      from = this.#oldestSeq;
    }
    const end = Math.min(until ?? this.#nextSeq, this.#nextSeq);
    const requests: ReceivedRequest[] = [];
    let bytes = 0;
    let seq = from;
    for (; seq < end && requests.length < maxResults && bytes < PAGE_BYTES; seq++) {
      const entry = this.#at(seq);
      if (!matches(entry)) continue;
      requests.push(toReceivedRequest(entry));
      bytes += entry.cost;
    }
    return { requests, next: seq < end ? { from: seq, until } : undefined };
  }

  /** Every request kept (for one contact), oldest first. For in-process use: over HTTP, read it a page at a time. */
  list(filter: { contactId?: string } = {}): ReceivedRequest[] {
    const out: ReceivedRequest[] = [];
    for (let seq = this.#oldestSeq; seq < this.#nextSeq; seq++) {
      const entry = this.#at(seq);
      if (filter.contactId === undefined || entry.contactId === filter.contactId) out.push(toReceivedRequest(entry));
    }
    return out;
  }

  get size(): number {
    return this.#size;
  }

  /** What the kept entries cost, as counted against maxBytes. */
  get bytes(): number {
    return this.#bytes;
  }

  clear(): void {
    this.#ring.fill(undefined);
    this.#first = 0;
    this.#size = 0;
    this.#bytes = 0;
  }
}

function toReceivedRequest(entry: Entry): ReceivedRequest {
  // Without a prototype: a header may be called __proto__.
  const headers: Record<string, string> = Object.create(null);
  for (let i = 0; i < entry.headers.length; i += 2) headers[entry.headers[i]!] = entry.headers[i + 1]!;
  const request: ReceivedRequest = {
    Method: entry.method,
    Path: entry.path,
    Headers: headers,
    StatusCode: entry.statusCode,
    ReceivedAt: new Date(entry.receivedAt),
  };
  if (entry.droppedHeaders > 0) request.DroppedHeaders = entry.droppedHeaders;
  if (entry.bodySize >= 0) request.BodySize = entry.bodySize;
  if (entry.body !== undefined) request.Body = entry.body;
  if (entry.bodySha256 !== undefined) request.BodySha256 = entry.bodySha256;
  if (entry.errorType !== undefined) request.ErrorType = entry.errorType;
  if (entry.accountId !== undefined) request.Account = entry.accountId;
  return request;
}

function queryString(query: Readonly<Record<string, string | string[]>>): string {
  let text = "";
  for (const key in query) {
    const value = query[key]!;
    for (const v of Array.isArray(value) ? value : [value]) {
      text += `${text === "" ? "?" : "&"}${encodeURIComponent(key)}=${encodeURIComponent(redactQueryValue(key, v))}`;
      // The path is cut at MAX_LOGGED_PATH anyway: no need to build more of a huge query.
      if (text.length > MAX_LOGGED_PATH) return text;
    }
  }
  return text;
}
