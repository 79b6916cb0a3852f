// Sends one attempt and reads its whole response, under the caller's abort signal and the attempt's timeout.
// Either ends the attempt at once: the handler is told through its own abort signal (NodeHttpHandler destroys
// the request and its socket) and a body already streaming is destroyed, so no socket is left behind even when a
// handler ignores the signal.
import type { HttpRequest } from "@smithy/protocol-http";
import type { HttpResponse } from "@smithy/types";
import type { HttpRequestHandler } from "./http-handler.js";
import { discardBody, readBody } from "./response-body.js";

export interface AttemptResult {
  response: HttpResponse;
  /** The response headers with lower-case names. */
  headers: Record<string, string>;
  /**
   * Text; or, for a success, what the attempt's reader made of the body: the bytes of a blob payload, or an event
   * stream's body unread.
   */
  body: unknown;
}

/** Why an attempt did not produce a response. */
export type AttemptFailure =
  | { kind: "aborted"; reason: unknown }
  | { kind: "timeout" }
  | { kind: "network"; error: unknown };

export class AttemptFailed extends Error {
  readonly failure: AttemptFailure;

  constructor(failure: AttemptFailure) {
    super(failure.kind);
    this.failure = failure;
  }
}

export async function sendAttempt(
  handler: HttpRequestHandler,
  request: HttpRequest,
  callSignal: AbortSignal | undefined,
  timeoutMs: number | undefined,
  readSuccessBody?: (body: unknown, signal: AbortSignal) => Promise<unknown>,
): Promise<AttemptResult> {
  if (callSignal?.aborted) throw new AttemptFailed({ kind: "aborted", reason: callSignal.reason });
  const controller = new AbortController();
  let ended: AttemptFailure | undefined;
  const onCallAbort = () => {
    ended ??= { kind: "aborted", reason: callSignal?.reason };
    controller.abort(callSignal?.reason);
  };
  callSignal?.addEventListener("abort", onCallAbort, { once: true });
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          ended ??= { kind: "timeout" };
          controller.abort(new Error(`no complete response within ${timeoutMs} ms`));
        }, timeoutMs);
  try {
    const { response } = await untilAborted(
      handler.handle(request, { abortSignal: controller.signal }),
      controller.signal,
    );
    const success = response.statusCode >= 200 && response.statusCode < 300;
    const body =
      readSuccessBody === undefined || !success
        ? await readBody(response.body, controller.signal)
        : await readSuccessBody(response.body, controller.signal);
    if (ended !== undefined) throw new AttemptFailed(ended);
    return { response, headers: lowerCaseHeaders(response.headers), body };
  } catch (error) {
    if (ended !== undefined) throw new AttemptFailed(ended);
    throw new AttemptFailed({ kind: "network", error });
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    callSignal?.removeEventListener("abort", onCallAbort);
  }
}

/**
 * Settles with the handler's answer, or rejects as soon as the signal aborts. An answer that arrives after the
 * abort has its body released, for handlers that do not watch the signal themselves.
 */
function untilAborted<T extends { response: HttpResponse }>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        if (signal.aborted) discardBody(value.response.body);
        else resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

function lowerCaseHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers === undefined) return out;
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value !== undefined) out[name.toLowerCase()] = String(value);
  }
  return out;
}
