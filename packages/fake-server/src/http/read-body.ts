// Reads a request's body up to a limit. A body over the limit is still read to its end, up to a second bound, and
// thrown away: a client that is still sending when the server closes the connection gets a reset instead of the
// 413, since closing a socket with unread bytes resets it. Past that bound the connection is given up.
import type { IncomingMessage } from "node:http";

export class BodyTooLargeError extends Error {
  override readonly name = "BodyTooLargeError";
  /** Whether the rest of the body was read, so that the connection can close without a reset. */
  readonly drained: boolean;
  constructor(limit: number, drained: boolean) {
    super(`The request body is larger than ${limit} bytes`);
    this.drained = drained;
  }
}

const EMPTY = Buffer.alloc(0);

/**
 * Calls back once: with the body, or with why it could not be read (a BodyTooLargeError, or the stream's error).
 * It is pulled with read() on 'readable' rather than taken from 'data' events: node then knows the body was
 * consumed and does not sweep the request's 'data' listeners after the answer, which costs more than the reading.
 * (The listeners are unnamed on purpose: a named closure made per request costs a name property under tsx.)
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
  drainLimit: number,
  done: (error: Error | undefined, body: Buffer) => void,
): void {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit + drainLimit) {
    done(new BodyTooLargeError(limit, false), EMPTY);
    return;
  }
  let settled = false;
  let overflowed = Number.isFinite(declared) && declared > limit;
  // Most bodies come in one chunk: keep it as it is.
  let first: Buffer | undefined;
  let more: Buffer[] | undefined;
  let size = 0;
  req.on("readable", () => {
    for (let chunk = req.read() as Buffer | null; chunk !== null; chunk = req.read() as Buffer | null) {
      if (settled) continue;
      size += chunk.length;
      if (overflowed || size > limit) {
        overflowed = true;
        first = undefined;
        more = undefined;
        if (size > limit + drainLimit) {
          settled = true;
          done(new BodyTooLargeError(limit, false), EMPTY);
        }
      } else if (first === undefined) {
        first = chunk;
      } else {
        more ??= [first];
        more.push(chunk);
      }
    }
  });
  req.on("end", () => {
    if (settled) return;
    settled = true;
    if (overflowed) done(new BodyTooLargeError(limit, true), EMPTY);
    else done(undefined, more !== undefined ? Buffer.concat(more, size) : (first ?? EMPTY));
  });
  req.on("error", (error) => {
    if (settled) return;
    settled = true;
    done(error, EMPTY);
  });
}
