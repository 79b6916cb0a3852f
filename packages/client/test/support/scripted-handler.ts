// An in-memory HTTP handler that answers from a script and records every request it was sent.
import { type HttpRequest, HttpResponse } from "@smithy/protocol-http";
import type { HttpHandlerOptions } from "@smithy/types";
import type { HttpRequestHandler } from "../../src/runtime/index.js";

export type Reply =
  | { status: number; headers?: Record<string, string>; body?: string | object }
  | { error: Error }
  | ((request: HttpRequest, options: HttpHandlerOptions | undefined) => Reply | Promise<Reply>);

export class ScriptedHandler implements HttpRequestHandler {
  readonly requests: HttpRequest[] = [];
  readonly #script: Reply[];
  readonly #fallback: Reply | undefined;

  /** Answers with the script's replies in order, then with `fallback` (or fails the test when there is none). */
  constructor(script: Reply[], fallback?: Reply) {
    this.#script = [...script];
    this.#fallback = fallback;
  }

  get remaining(): number {
    return this.#script.length;
  }

  async handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{ response: HttpResponse }> {
    this.requests.push(request);
    let reply = this.#script.shift() ?? this.#fallback;
    if (reply === undefined) throw new Error(`unexpected request #${this.requests.length}: the script has ended`);
    while (typeof reply === "function") reply = await reply(request, options);
    if ("error" in reply) throw reply.error;
    const body =
      typeof reply.body === "string" ? reply.body : reply.body === undefined ? "" : JSON.stringify(reply.body);
    return {
      response: new HttpResponse({
        statusCode: reply.status,
        headers: { "content-type": "application/json", ...reply.headers },
        body: new TextEncoder().encode(body),
      }),
    };
  }
}

/** The JSON body a recorded request carried. */
export function jsonBody(request: HttpRequest): Record<string, unknown> {
  return JSON.parse(String(request.body)) as Record<string, unknown>;
}
