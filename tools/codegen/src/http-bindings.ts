// Where each member of an operation's input or output travels over HTTP, from its restJson1 binding traits.
import type { NodeValue, Shape } from "@rtca/smithy";
import type { MemberView, ModelView } from "./model-view.js";
import { hasEventStream } from "./service-checks.js";

export type Binding =
  | { kind: "label"; greedy: boolean }
  | { kind: "query"; name: string }
  | { kind: "queryParams" }
  | { kind: "header"; name: string }
  | { kind: "prefixHeaders"; prefix: string }
  | { kind: "payload" }
  | { kind: "responseCode" }
  | { kind: "body" };

export interface BoundMember extends MemberView {
  binding: Binding;
}

export interface HttpTrait {
  method: string;
  uri: string;
  code: number;
}

export interface OperationView {
  id: string;
  name: string;
  http: HttpTrait;
  /** The input structure's id, or undefined for an operation without input. */
  input: string | undefined;
  output: string | undefined;
  inputMembers: BoundMember[];
  outputMembers: BoundMember[];
  errors: string[];
  paginated: Record<string, string> | undefined;
}

/** Where a member travels; in an output (`output`), labels and query bindings mean nothing and it is in the body. */
export function bindingOf(member: MemberView, uri: string, output = false): Binding {
  const traits = member.traits ?? {};
  if (output) {
    const inResponse = ["smithy.api#httpHeader", "smithy.api#httpPrefixHeaders", "smithy.api#httpPayload"];
    if (!inResponse.some((t) => t in traits) && !("smithy.api#httpResponseCode" in traits)) return { kind: "body" };
  }
  if ("smithy.api#httpLabel" in traits) return { kind: "label", greedy: uri.includes(`{${member.name}+}`) };
  const query = traits["smithy.api#httpQuery"];
  if (typeof query === "string") return { kind: "query", name: query };
  if ("smithy.api#httpQueryParams" in traits) return { kind: "queryParams" };
  const header = traits["smithy.api#httpHeader"];
  if (typeof header === "string") return { kind: "header", name: header.toLowerCase() };
  const prefix = traits["smithy.api#httpPrefixHeaders"];
  if (typeof prefix === "string") return { kind: "prefixHeaders", prefix: prefix.toLowerCase() };
  if ("smithy.api#httpPayload" in traits) return { kind: "payload" };
  if ("smithy.api#httpResponseCode" in traits) return { kind: "responseCode" };
  return { kind: "body" };
}

const computed = new WeakMap<ModelView, OperationView[]>();

/**
 * The operations of the service (its own and its resources'), sorted by name, with their bindings. A view that
 * skips event streams leaves out every operation with one, in its input or its output.
 */
export function operationsOf(view: ModelView): OperationView[] {
  let operations = computed.get(view);
  if (!operations) {
    operations = readOperations(view);
    if (view.skipEventStreams) {
      operations = operations.filter((op) => !hasEventStream(view, op.input) && !hasEventStream(view, op.output));
    }
    computed.set(view, operations);
  }
  return operations;
}

function readOperations(view: ModelView): OperationView[] {
  const service = view.index.expect(view.serviceId);
  const servicePaginated = service.traits?.["smithy.api#paginated"] as Record<string, string> | undefined;
  const serviceErrors = service.type === "service" ? (service.errors ?? []).map((e) => e.target) : [];
  const ids = [...view.index.closure([view.serviceId])].filter((id) => view.index.expect(id).type === "operation");
  return ids
    .map((id) => {
      const op = view.index.expect(id) as Shape & { type: "operation" };
      const http = op.traits?.["smithy.api#http"] as HttpTrait | undefined;
      if (!http) throw new Error(`${id} has no @http trait: restJson1 needs one on every operation`);
      const httpTrait = { method: http.method, uri: http.uri, code: http.code ?? 200 };
      const structure = (ref?: { target: string }) =>
        ref && ref.target !== "smithy.api#Unit" ? ref.target : undefined;
      const input = structure(op.input);
      const output = structure(op.output);
      const bound = (sid: string | undefined, output: boolean) =>
        sid ? view.members(sid).map((m) => ({ ...m, binding: bindingOf(m, httpTrait.uri, output) })) : [];
      const paginated = op.traits?.["smithy.api#paginated"] as Record<string, NodeValue> | undefined;
      return {
        id,
        name: view.index.expect(id).id.split("#")[1]!,
        http: httpTrait,
        input,
        output,
        inputMembers: bound(input, false),
        outputMembers: bound(output, true),
        errors: [...new Set([...(op.errors ?? []).map((e) => e.target), ...serviceErrors])],
        paginated: paginated ? ({ ...servicePaginated, ...paginated } as Record<string, string>) : undefined,
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The members of an error structure with their bindings: headers, or the body. */
export function errorMembers(view: ModelView, id: string): BoundMember[] {
  return view.members(id).map((m) => ({ ...m, binding: bindingOf(m, "", true) }));
}

/** The errors of the service's operations that carry members in headers. */
export function errorsWithHeaders(view: ModelView): string[] {
  const ids = [...new Set(operationsOf(view).flatMap((o) => o.errors))];
  return ids.filter((id) => hasNonBodyMembers(errorMembers(view, id)));
}

/** Whether any member of the structure travels outside the JSON body. */
export function hasNonBodyMembers(members: BoundMember[]): boolean {
  return members.some((m) => m.binding.kind !== "body");
}
