// Runs a wire case through AWS's SDK (a canned request handler records the request and answers) and through the
// generated Connect bindings, giving both in one comparable form: method, path, query (every value as a list,
// since a repeated key is all the wire shows), content type and the body as JSON. Idempotency tokens are random on
// both sides: each is checked to be a UUID v4, then set aside.
import * as sdk from "@aws-sdk/client-connect";
import { type HttpRequest, HttpResponse } from "@smithy/protocol-http";
import type { WireCase } from "./connect-wire-cases.js";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export interface WireRequest {
  method: string;
  path: string;
  query: Record<string, string[]>;
  contentType: string | undefined;
  body: unknown;
}

function comparable(
  method: string,
  path: string,
  query: Record<string, unknown>,
  headers: Record<string, string>,
  body: string | undefined,
): WireRequest {
  const lists: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(query))
    if (v !== undefined) lists[k] = Array.isArray(v) ? v.map(String) : [String(v)];
  const json = body === undefined || body === "" ? undefined : (JSON.parse(body) as Record<string, unknown>);
  if (json && "ClientToken" in json) {
    if (!UUID_V4.test(String(json["ClientToken"])))
      throw new Error(`ClientToken ${json["ClientToken"]} is not a UUID v4`);
    json["ClientToken"] = "<uuid v4>";
  }
  const contentType = Object.entries(headers).find(([k]) => k.toLowerCase() === "content-type")?.[1];
  return { method, path, query: lists, contentType: json === undefined ? undefined : contentType, body: json };
}

class CannedHandler {
  readonly requests: HttpRequest[] = [];
  constructor(private readonly answer: WireCase["response"]) {}
  async handle(request: HttpRequest) {
    this.requests.push(request);
    const headers = { "content-type": "application/json", "x-amzn-requestid": "req-1", ...this.answer.headers };
    const body = new TextEncoder().encode(JSON.stringify(this.answer.body));
    return { response: new HttpResponse({ statusCode: this.answer.status, headers, body }) };
  }
}

export async function viaAwsSdk(c: WireCase) {
  const handler = new CannedHandler(c.response);
  const client = new sdk.ConnectClient({
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
    requestHandler: handler,
    maxAttempts: 1,
  });
  const Command = (sdk as unknown as Record<string, new (input: unknown) => never>)[`${c.operation}Command`];
  if (!Command) throw new Error(`AWS's SDK has no ${c.operation}Command`);
  let output: Record<string, unknown> | undefined;
  let error: (Error & Record<string, unknown>) | undefined;
  try {
    const answer: unknown = await client.send(new Command(structuredClone(c.input)));
    const { $metadata: _, ...rest } = answer as Record<string, unknown>;
    output = rest;
  } catch (e) {
    error = e as Error & Record<string, unknown>;
  }
  const r = handler.requests[0]!;
  const body = r.body === undefined ? undefined : String(r.body);
  return { request: comparable(r.method, r.path, r.query ?? {}, r.headers, body), output, error };
}

type Protocol = Record<string, unknown>;

export async function viaGenerated(protocolFile: string) {
  const protocol = (await import(protocolFile)) as Protocol;
  const fn = (name: string) => {
    const f = protocol[name];
    if (typeof f !== "function") throw new Error(`the generated protocol has no ${name}`);
    return f as (...args: unknown[]) => unknown;
  };
  const responseParts = (c: WireCase) => ({
    statusCode: c.response.status,
    headers: { "content-type": "application/json", ...c.response.headers },
    body: JSON.stringify(c.response.body),
  });
  return {
    request(c: WireCase): WireRequest {
      const parts = fn(`serialize${c.operation}Request`)(structuredClone(c.input)) as {
        method: string;
        path: string;
        query: Record<string, unknown>;
        headers: Record<string, string>;
        body: string | undefined;
      };
      return comparable(parts.method, parts.path, parts.query, parts.headers, parts.body);
    },
    output(c: WireCase): unknown {
      return fn(`deserialize${c.operation}Response`)(responseParts(c));
    },
    error(c: WireCase): { name: string; members: Record<string, unknown> } {
      const name = (c.response.headers?.["x-amzn-errortype"] ?? "").split(":")[0]!;
      const errors = protocol["AmazonConnectServiceErrors"] as Record<string, { decode: (v: unknown) => unknown }>;
      const spec = errors[name];
      if (!spec) throw new Error(`the generated error table has no ${name}`);
      return { name, members: spec.decode(c.response.body) as Record<string, unknown> };
    },
  };
}
