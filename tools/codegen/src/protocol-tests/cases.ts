// The protocol test cases of a service, read from Smithy's `smithy.test` traits on its operations and errors:
// request and response tests (each for the client side, the server side, or both) and malformed request tests,
// parameterized ones expanded into one case per set of parameters.
import type { NodeValue, ShapeIndex } from "@rtca/smithy";

export type CaseKind = "request" | "response" | "malformed";
export type Side = "client" | "server";

/** An HTTP request as a request test or a malformed request test describes it. */
export interface RequestSpec {
  id: string;
  method: string;
  uri: string;
  host?: string;
  resolvedHost?: string;
  queryParams?: string[];
  forbidQueryParams?: string[];
  requireQueryParams?: string[];
  headers?: Record<string, string>;
  forbidHeaders?: string[];
  requireHeaders?: string[];
  body?: string;
  bodyMediaType?: string;
  params?: Record<string, NodeValue>;
}

/** An HTTP response as a response test describes it. */
export interface ResponseSpec {
  id: string;
  code: number;
  headers?: Record<string, string>;
  forbidHeaders?: string[];
  requireHeaders?: string[];
  body?: string;
  bodyMediaType?: string;
  params?: Record<string, NodeValue>;
}

/** What a server must answer to a malformed request. */
export interface MalformedResponseSpec {
  code: number;
  headers?: Record<string, string>;
  body?: { mediaType: string; assertion: { contents?: string; messageRegex?: string } };
}

interface CaseBase {
  /** The case's id; a parameterized malformed case adds the index of its parameter set (`Id_1`). */
  id: string;
  side: Side;
  protocol: string;
  /** The name of the operation the case exercises (for a response test of an error: one that declares it). */
  operation: string;
  operationId: string;
  documentation?: string;
  tags: string[];
}

export type ProtocolCase =
  | (CaseBase & { kind: "request"; request: RequestSpec })
  | (CaseBase & { kind: "response"; response: ResponseSpec; error?: string })
  | (CaseBase & { kind: "malformed"; request: RequestSpec; response: MalformedResponseSpec });

const REQUEST_TESTS = "smithy.test#httpRequestTests";
const RESPONSE_TESTS = "smithy.test#httpResponseTests";
const MALFORMED_TESTS = "smithy.test#httpMalformedRequestTests";

/** Every case of the service's operations and their errors, in the order of operations, then of the traits. */
export function casesOf(index: ShapeIndex, serviceId: string, operations: readonly string[]): ProtocolCase[] {
  const cases: ProtocolCase[] = [];
  const seenErrors = new Set<string>();
  for (const opId of operations) {
    const op = index.expect(opId);
    const traits = op.traits ?? {};
    for (const test of list(traits[REQUEST_TESTS])) {
      const request = test as unknown as RequestSpec & CaseFields;
      for (const side of sidesOf(request)) {
        cases.push({ kind: "request", side, ...common(request, opId), request });
      }
    }
    for (const test of list(traits[RESPONSE_TESTS])) {
      const response = test as unknown as ResponseSpec & CaseFields;
      for (const side of sidesOf(response)) cases.push({ kind: "response", side, ...common(response, opId), response });
    }
    for (const test of list(traits[MALFORMED_TESTS]))
      cases.push(...expandMalformed(test as unknown as MalformedTest, opId));
    if (op.type !== "operation") continue;
    const service = index.expect(serviceId);
    const errors = [...(op.errors ?? []), ...(service.type === "service" ? (service.errors ?? []) : [])];
    for (const { target } of errors) {
      if (seenErrors.has(target)) continue;
      seenErrors.add(target);
      for (const test of list(index.get(target)?.traits?.[RESPONSE_TESTS])) {
        const response = test as unknown as ResponseSpec & CaseFields;
        for (const side of sidesOf(response)) {
          cases.push({ kind: "response", side, ...common(response, opId), response, error: target });
        }
      }
    }
  }
  return cases;
}

interface CaseFields {
  id: string;
  protocol: string;
  documentation?: string;
  tags?: string[];
  appliesTo?: Side;
}

interface MalformedTest extends CaseFields {
  request: Omit<RequestSpec, "id">;
  response: MalformedResponseSpec;
  testParameters?: Record<string, string[]>;
}

function list(value: NodeValue | undefined): Record<string, NodeValue>[] {
  return Array.isArray(value) ? (value as Record<string, NodeValue>[]) : [];
}

function sidesOf(test: CaseFields): Side[] {
  return test.appliesTo ? [test.appliesTo] : ["client", "server"];
}

function common(test: CaseFields, opId: string) {
  return {
    id: test.id,
    protocol: test.protocol,
    operation: opId.split("#")[1]!,
    operationId: opId,
    ...(test.documentation ? { documentation: test.documentation } : {}),
    tags: test.tags ?? [],
  };
}

/** A malformed request test, once per set of parameters: `$name:L` stands for the value as it is, `$name:S` for
 * the value as a quoted JSON string, and `$$` for a dollar sign. */
function expandMalformed(test: MalformedTest, opId: string): ProtocolCase[] {
  const parameters = test.testParameters ?? {};
  const names = Object.keys(parameters);
  const count = names.length === 0 ? 1 : Math.max(...names.map((n) => parameters[n]!.length));
  const cases: ProtocolCase[] = [];
  for (let i = 0; i < count; i++) {
    const fill = (text: string) =>
      text.replace(/\$\$|\$([A-Za-z0-9_]+):([LS])/g, (whole, name: string | undefined, format: string) => {
        if (name === undefined) return "$";
        const value = parameters[name]?.[i];
        if (value === undefined) return whole;
        return format === "S" ? JSON.stringify(value) : value;
      });
    const substitute = <T>(value: T): T =>
      JSON.parse(JSON.stringify(value), (_k, v) => (typeof v === "string" ? fill(v) : v));
    const id = names.length === 0 ? test.id : `${test.id}_${i}`;
    cases.push({
      kind: "malformed",
      side: "server",
      ...common(test, opId),
      id,
      ...(names.length > 0 ? { documentation: fill(test.documentation ?? "") } : {}),
      request: { id, ...substitute(test.request) },
      response: substitute(test.response),
    });
  }
  return cases;
}
