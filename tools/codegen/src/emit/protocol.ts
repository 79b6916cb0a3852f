// Emits protocol.ts: the restJson1 HTTP bindings of a service. For each operation, its metadata, and functions that
// turn its input into an HTTP request and back (strictly, as a server reads it) and its output into an HTTP response
// and back (tolerantly, as a client reads it); the table of the service's errors; and its routes.
import type { Member } from "@rtca/smithy";
import { EVENT_STREAM_MEDIA_TYPE, eventStreamMember, isEventStream } from "../event-streams.js";
import {
  type BoundMember,
  errorMembers,
  errorsWithHeaders,
  hasNonBodyMembers,
  type OperationView,
  operationsOf,
} from "../http-bindings.js";
import type { ModelView, TimestampFormat } from "../model-view.js";
import { isStreamingBlob, requiresLength, streamingBlobMember } from "../streaming-blobs.js";
import { CodeWriter, emitWithPath, importStatement, propertyAccess, propertyKey } from "../writer.js";
import {
  emitEventStreamBinding,
  eventStreamBindingName,
  eventStreamTypes,
  operationEventStreams,
} from "./event-stream-bindings.js";

type Location = "label" | "query" | "header";
type Mode = "client" | "server";

const LOCATION_TIMESTAMP: Record<Location, TimestampFormat> = {
  label: "date-time",
  query: "date-time",
  header: "http-date",
};

/** The member's timestamp format where it travels; list elements take the default of their list's place. */
function timestampFormatAt(view: ModelView, member: Member, location: Location): TimestampFormat {
  return member.name === "member"
    ? view.timestampFormat(member, LOCATION_TIMESTAMP[location])
    : view.boundTimestampFormat(member);
}

export function emitProtocol(view: ModelView, header: string, runtime: string): string {
  const operations = operationsOf(view);
  const service = view.index.expect(view.serviceId);
  const serviceName = view.serviceId.split("#")[1]!;
  const w = new CodeWriter();
  w.line(header);
  w.line('import * as codecs from "./codecs.js";');
  w.line(`import * as rt from ${JSON.stringify(runtime)};`);
  const types = new Set<string>();
  for (const op of operations) for (const id of [op.input, op.output]) if (id) types.add(view.nameOf(id));
  for (const id of enumsReadFromText(view, operations)) types.add(view.nameOf(id));
  for (const id of errorsWithHeaders(view)) types.add(view.nameOf(id));
  const eventStreams = operationEventStreams(view, operations);
  for (const name of eventStreamTypes(view, eventStreams)) types.add(name);
  if (types.size > 0) w.line(importStatement([...types].sort(), "./shapes.js", true));

  const traits = service.traits ?? {};
  const aws = (traits["aws.api#service"] ?? {}) as Record<string, string>;
  const sigv4 = traits["aws.auth#sigv4"] as { name?: string } | undefined;
  const bearer = traits["smithy.api#httpBearerAuth"] !== undefined;
  w.line();
  w.doc(`Facts about the ${serviceName} service from its model.`);
  w.block(
    `export const ${serviceName}Metadata = {`,
    () => {
      w.line(`id: ${JSON.stringify(view.serviceId)},`);
      w.line(`name: ${JSON.stringify(serviceName)},`);
      w.line(`version: ${JSON.stringify(service.type === "service" ? (service.version ?? "") : "")},`);
      if (aws.sdkId) w.line(`sdkId: ${JSON.stringify(aws.sdkId)},`);
      if (aws.endpointPrefix) w.line(`endpointPrefix: ${JSON.stringify(aws.endpointPrefix)},`);
      if (sigv4?.name) w.line(`signingName: ${JSON.stringify(sigv4.name)},`);
      if (bearer) w.line("bearerAuth: true,");
    },
    "} as const;",
  );

  // Before the operations, whose descriptions refer to them.
  for (const id of eventStreams) emitEventStreamBinding(view, id, w);
  for (const op of operations) emitOperation(view, op, w);
  emitErrors(view, serviceName, operations, w);
  emitRoutes(serviceName, operations, w);
  return w.toString();
}

/** The enums of members read from a label, query parameter or header: fromText casts to their types. */
function enumsReadFromText(view: ModelView, operations: OperationView[]): Set<string> {
  const found = new Set<string>();
  const visit = (target: string) => {
    const shape = view.index.expect(target);
    if (shape.type === "enum" || shape.type === "intEnum") found.add(shape.id);
    else if (shape.type === "list" || shape.type === "set") visit(shape.member.target);
  };
  const errors = errorsWithHeaders(view).flatMap((id) => errorMembers(view, id));
  for (const m of [...operations.flatMap((op) => [...op.inputMembers, ...op.outputMembers]), ...errors]) {
    if (m.binding.kind !== "body") visit(m.target);
  }
  return found;
}

function inputType(view: ModelView, op: OperationView): string {
  return op.input ? view.nameOf(op.input) : "Record<string, never>";
}

function outputType(view: ModelView, op: OperationView): string {
  return op.output ? view.nameOf(op.output) : "Record<string, never>";
}

/** The codec suffix for the JSON body of an input or output: the body-only codec when some members travel elsewhere. */
function bodyCodec(view: ModelView, id: string, members: BoundMember[]): string {
  return hasNonBodyMembers(members) ? `${view.nameOf(id)}Body` : view.nameOf(id);
}

function emitOperation(view: ModelView, op: OperationView, w: CodeWriter): void {
  const input = inputType(view, op);
  const output = outputType(view, op);
  w.line();
  w.doc(`How ${op.name} travels over HTTP, and what it may answer.`);
  w.block(
    `export const ${op.name}Operation = {`,
    () => {
      w.line(`name: ${JSON.stringify(op.name)},`);
      w.line(`method: ${JSON.stringify(op.http.method)},`);
      w.line(`uri: ${JSON.stringify(op.http.uri)},`);
      w.line(`successCode: ${op.http.code},`);
      w.line(`errors: [${op.errors.map((e) => JSON.stringify(view.modelNameOf(e))).join(", ")}],`);
      if (op.paginated) w.line(`paginated: ${JSON.stringify(op.paginated)},`);
      const required = op.inputMembers.filter((m) => m.required).map((m) => JSON.stringify(m.name));
      w.line(`requiredInput: [${required.join(", ")}],`);
      // What a server checks the Content-Type and Accept headers against, and whether it keeps the body as bytes.
      const request = bodyMedia(op.inputMembers);
      // An input without any member takes an empty JSON object as well as nothing.
      const requestType =
        request.mediaType ?? (op.input && op.inputMembers.length === 0 ? "application/json" : undefined);
      if (requestType !== undefined) w.line(`requestMediaType: ${JSON.stringify(requestType)},`);
      if (!request.declared) w.line("anyRequestMediaType: true,");
      if (request.kind === "blob" || request.kind === "eventStream") w.line("binaryRequest: true,");
      // A streamed request body is handed to the behaviour as it comes: a server must not read it first.
      const streamedInput = streamingBlobMember(op.inputMembers);
      if (streamedInput) {
        const length = requiresLength(streamedInput) ? ", requiresLength: true" : "";
        w.line(`requestStream: { member: ${JSON.stringify(streamedInput.name)}${length} },`);
      }
      // An event stream in the request is handed over unread too, and its messages read as they arrive.
      const eventsIn = eventStreamMember(op.inputMembers);
      if (eventsIn) {
        const events = eventStreamBindingName(view, eventsIn.target);
        w.line(`requestEventStream: { member: ${JSON.stringify(eventsIn.name)}, events: ${events} },`);
      }
      const response = bodyMedia(op.outputMembers);
      if (op.output && response.declared) {
        w.line(`responseMediaType: ${JSON.stringify(response.mediaType ?? "application/json")},`);
      }
      if (response.kind === "blob") w.line("binaryResponse: true,");
      const stream = eventStreamMember(op.outputMembers);
      if (stream) {
        const events = eventStreamBindingName(view, stream.target);
        w.line(`responseEventStream: { member: ${JSON.stringify(stream.name)}, events: ${events} },`);
      }
    },
    "} as const;",
  );

  emitSerializeRequest(view, op, input, w);
  emitDeserializeRequest(view, op, input, w);
  emitSerializeResponse(view, op, output, w);
  emitDeserializeResponse(view, op, output, w);
}

function emitSerializeRequest(view: ModelView, op: OperationView, input: string, w: CodeWriter): void {
  const [pathPart, queryPart] = op.http.uri.split("?") as [string, string | undefined];
  w.line();
  w.block(`export function serialize${op.name}Request(input: ${input}): rt.HttpRequestParts {`, () => {
    for (const m of op.inputMembers.filter((m) => view.trait(m, "smithy.api#idempotencyToken") !== undefined)) {
      const access = propertyAccess("input", m.name);
      w.line(`if (${access} === undefined) input = { ...input, ${propertyKey(m.name)}: rt.idempotencyToken() };`);
    }
    w.line("const query: Record<string, string | string[]> = {};");
    w.line("const headers: Record<string, string> = {};");
    for (const m of op.inputMembers.filter((m) => m.binding.kind === "label")) {
      const access = propertyAccess("input", m.name);
      w.line(`rt.requireLabel(${access}, ${JSON.stringify(m.name)});`);
    }
    const path = pathPart.replace(/\{([^}+]+)(\+?)\}/g, (_, name: string, greedy: string) => {
      const member = op.inputMembers.find((m) => m.name === name);
      if (!member) throw new Error(`${op.id}: the URI label {${name}} has no input member`);
      return `\${rt.encodeLabel(${toText(view, member, propertyAccess("input", name), "label")}, ${greedy === "+"})}`;
    });
    w.line(`const path = \`${path}\`;`);
    for (const [k, v] of new URLSearchParams(queryPart ?? ""))
      w.line(`query[${JSON.stringify(k)}] = ${JSON.stringify(v)};`);
    for (const m of op.inputMembers) {
      const access = propertyAccess("input", m.name);
      const b = m.binding;
      if (b.kind === "query") {
        w.line(
          `if (${isPresent(view, m, access, "query")}) query[${JSON.stringify(b.name)}] = ${toText(view, m, access, "query")};`,
        );
      } else if (b.kind === "queryParams") {
        w.block(`for (const [k, v] of Object.entries(${access} ?? {})) {`, () => {
          w.line(
            `if (!(k in query) && v !== null) query[k] = ${toText(view, view.member(m.target, "value"), "v", "query")};`,
          );
        });
      } else {
        emitHeaderWrite(view, w, m, access);
      }
    }
    const body = bodyExpression(view, op.input, op.inputMembers, "input", false);
    // A client leaves out the defaults of the input's own members that the caller left out (nested ones it fills).
    const topDefaults = op.inputMembers.filter((m) => m.binding.kind === "body" && m.defaultValue !== undefined);
    if (body && topDefaults.length > 0 && body.expression.startsWith("JSON.stringify(codecs.encode")) {
      emitDefaultContentType(w, op.inputMembers, body.contentType);
      w.line(`const document = ${body.expression.slice("JSON.stringify(".length, -1)};`);
      for (const m of topDefaults) {
        w.line(`if (${propertyAccess("input", m.name)} === undefined) delete document[${JSON.stringify(m.wireName)}];`);
      }
      w.line("const body = JSON.stringify(document);");
    } else if (body && streamingBlobMember(op.inputMembers)) {
      emitDefaultContentType(w, op.inputMembers, body.contentType);
      emitStreamingBody(w, body.expression);
      w.line("const body = sent.body;");
    } else if (body) {
      emitDefaultContentType(w, op.inputMembers, body.contentType);
      w.line(`const body = ${body.expression};`);
    } else {
      w.line("const body = undefined;");
    }
    if (view.index.expect(op.id).traits?.["smithy.api#httpChecksumRequired"] !== undefined) {
      w.line('if (body !== undefined) headers["content-md5"] = rt.contentMd5(body);');
    }
    for (const [name, value] of Object.entries(serviceHeaders(view))) {
      w.line(`headers[${JSON.stringify(name)}] ??= ${JSON.stringify(value)};`);
    }
    const prefix = hostPrefixExpression(view, op);
    const stream = body && streamingBlobMember(op.inputMembers) ? ", stream: sent.stream" : "";
    const parts = `method: ${JSON.stringify(op.http.method)}, path, query, headers, body${stream}`;
    w.line(`return { ${parts}${prefix === undefined ? "" : `, hostPrefix: ${prefix}`} };`);
  });
}

/** The `@endpoint` host prefix of an operation as an expression, its `{labels}` filled from the input. */
function hostPrefixExpression(view: ModelView, op: OperationView): string | undefined {
  const endpoint = view.index.expect(op.id).traits?.["smithy.api#endpoint"] as { hostPrefix?: string } | undefined;
  if (endpoint?.hostPrefix === undefined) return undefined;
  // Literal text and {label}s alternate: odd pieces name the input's @hostLabel members.
  const pieces = endpoint.hostPrefix.split(/\{([^}]+)\}/);
  return pieces
    .map((piece, i) =>
      i % 2 === 0 ? JSON.stringify(piece) : `rt.hostLabel(${propertyAccess("input", piece)}, ${JSON.stringify(piece)})`,
    )
    .join(" + ");
}

/**
 * Headers that AWS's SDKs send on every request of some services, by their sdkId: Glacier's API version, and API
 * Gateway's Accept.
 */
function serviceHeaders(view: ModelView): Record<string, string> {
  const service = view.index.expect(view.serviceId);
  const sdkId = (service.traits?.["aws.api#service"] as { sdkId?: string } | undefined)?.sdkId;
  if (sdkId === "Glacier" && service.type === "service" && service.version) {
    return { "x-amz-glacier-version": service.version };
  }
  if (sdkId === "API Gateway") return { accept: "application/json" };
  return {};
}

function emitDeserializeRequest(view: ModelView, op: OperationView, input: string, w: CodeWriter): void {
  w.line();
  w.doc("Reads a request as a server does: strictly. Throws a DecodeError naming the member at fault.");
  w.block(
    `export function deserialize${op.name}Request(request: rt.HttpRequestParts, labels: Record<string, string>): ${input} {`,
    () => {
      w.line(
        `const input = ${bodyDecode(view, op.input, op.inputMembers, "request.body", "server", input, "request.stream")};`,
      );
      const bound = op.inputMembers.filter((m) => !["body", "payload"].includes(m.binding.kind));
      if (bound.length === 0) {
        w.line("void labels;");
        w.line("return input;");
        return;
      }
      w.line('let at = "";');
      emitWithPath(w, "at", () => {
        for (const m of bound) {
          const target = propertyAccess("input", m.name);
          const b = m.binding;
          w.line(`at = ${JSON.stringify(m.name)};`);
          if (b.kind === "label") {
            w.line(
              `if (labels[${JSON.stringify(m.name)}] !== undefined) ${target} = ${fromText(view, m, `labels[${JSON.stringify(m.name)}]!`, "label", "server")};`,
            );
          } else if (b.kind === "query") {
            const list = isList(view, m);
            w.block("{", () => {
              w.line(`const values = rt.queryValues(request.query, ${JSON.stringify(b.name)});`);
              w.line(
                `if (values !== undefined) ${target} = ${list ? listFromText(view, m, "values", "query", "server") : fromText(view, m, "values[0]!", "query", "server")};`,
              );
            });
          } else if (b.kind === "queryParams") {
            w.block("{", () => {
              w.line(`const params: Record<string, ${valueTextType(view, m)}> = {};`);
              // Every parameter, those that other members bind too, as restJson1 servers read it.
              w.block("for (const [k, v] of Object.entries(request.query)) {", () => {
                w.line(
                  `rt.setEntry(params, k, ${isList(view, view.member(m.target, "value")) ? "Array.isArray(v) ? v : [v]" : "Array.isArray(v) ? v[0]! : v"});`,
                );
              });
              w.line(`if (Object.keys(params).length > 0) ${target} = params as never;`);
            });
          } else {
            emitHeaderRead(view, w, m, target, "request.headers", "server");
          }
        }
      });
      w.line("return input;");
    },
  );
}

function emitSerializeResponse(view: ModelView, op: OperationView, output: string, w: CodeWriter): void {
  w.line();
  w.block(`export function serialize${op.name}Response(output: ${output}): rt.HttpResponseParts {`, () => {
    w.line("const headers: Record<string, string> = {};");
    w.line(`let statusCode = ${op.http.code};`);
    for (const m of op.outputMembers) {
      const access = propertyAccess("output", m.name);
      if (m.binding.kind === "responseCode") w.line(`if (${access} !== undefined) statusCode = ${access};`);
      else emitHeaderWrite(view, w, m, access);
    }
    const body = bodyExpression(view, op.output, op.outputMembers, "output", true);
    if (body && streamingBlobMember(op.outputMembers)) {
      emitDefaultContentType(w, op.outputMembers, body.contentType);
      emitStreamingBody(w, body.expression);
      w.line("return { statusCode, headers, body: sent.body, stream: sent.stream };");
    } else if (body) {
      emitDefaultContentType(w, op.outputMembers, body.contentType);
      w.line(`return { statusCode, headers, body: ${body.expression} };`);
    } else {
      w.line("return { statusCode, headers, body: undefined };");
    }
  });
}

function emitDeserializeResponse(view: ModelView, op: OperationView, output: string, w: CodeWriter): void {
  w.line();
  w.doc("Reads a response as a client does: tolerantly. Throws a DecodeError naming the member at fault.");
  w.block(`export function deserialize${op.name}Response(response: rt.HttpResponseParts): ${output} {`, () => {
    w.line(
      `const output = ${bodyDecode(view, op.output, op.outputMembers, "response.body", "client", output, "response.stream")};`,
    );
    const bound = op.outputMembers.filter((m) => ["header", "prefixHeaders", "responseCode"].includes(m.binding.kind));
    if (bound.length === 0) {
      w.line("return output;");
      return;
    }
    w.line('let at = "";');
    emitWithPath(w, "at", () => {
      for (const m of bound) {
        const target = propertyAccess("output", m.name);
        const b = m.binding;
        w.line(`at = ${JSON.stringify(m.name)};`);
        if (b.kind === "responseCode") w.line(`${target} = response.statusCode;`);
        else emitHeaderRead(view, w, m, target, "response.headers", "client");
      }
    });
    w.line("return output;");
  });
}

/** Reads a member bound to a header, or to every header with a prefix, from `headers` into `target`. */
function emitHeaderRead(
  view: ModelView,
  w: CodeWriter,
  m: BoundMember,
  target: string,
  headers: string,
  mode: Mode,
): void {
  const b = m.binding;
  if (b.kind === "header") {
    w.block("{", () => {
      w.line(`const text = ${headers}[${JSON.stringify(b.name)}];`);
      const split = (list: Member) =>
        isHttpDate(view, view.member(list.target, "member"), "header") ? "rt.splitHttpDateList" : "rt.splitHeaderList";
      const value = isList(view, m)
        ? listFromText(view, m, `${split(m)}(text)`, "header", mode)
        : fromText(view, m, "text", "header", mode);
      w.line(`if (text !== undefined) ${target} = ${value};`);
    });
  } else if (b.kind === "prefixHeaders") {
    w.block("{", () => {
      w.line("const found: Record<string, string> = {};");
      w.block(`for (const [k, v] of Object.entries(${headers})) {`, () => {
        w.line(`if (k.startsWith(${JSON.stringify(b.prefix)})) rt.setEntry(found, k.slice(${b.prefix.length}), v);`);
      });
      w.line(`if (Object.keys(found).length > 0) ${target} = found;`);
    });
  }
}

/** Writes a member bound to a header, or a map bound to prefixed headers, into `headers`. */
function emitHeaderWrite(view: ModelView, w: CodeWriter, m: BoundMember, access: string): void {
  const b = m.binding;
  if (b.kind === "header") {
    w.line(
      `if (${isPresent(view, m, access, "header")}) headers[${JSON.stringify(b.name)}] = ${toText(view, m, access, "header")};`,
    );
  } else if (b.kind === "prefixHeaders") {
    w.block(`for (const [k, v] of Object.entries(${access} ?? {})) {`, () => {
      w.line(`if (v !== null) headers[${JSON.stringify(b.prefix)} + k.toLowerCase()] = v;`);
    });
  }
}

/**
 * Splits a streaming blob into a whole body or a stream (`sent`); a stream whose length is known up front (a Blob)
 * says it, unless a member bound to Content-Length already has.
 */
function emitStreamingBody(w: CodeWriter, value: string): void {
  w.line(`const sent = rt.streamingBody(${value});`);
  w.line('if (sent.length !== undefined) headers["content-length"] ??= String(sent.length);');
}

/** Sets the body's media type, unless a member bound to the Content-Type header has set one: that member wins. */
function emitDefaultContentType(w: CodeWriter, members: BoundMember[], contentType: string): void {
  const bound = members.some((m) => m.binding.kind === "header" && m.binding.name === "content-type");
  const set = `headers["content-type"] = ${JSON.stringify(contentType)};`;
  w.line(bound ? `if (headers["content-type"] === undefined) ${set}` : set);
}

/** What the body of an input or output holds: JSON, text, bytes, or nothing; and the media type it travels as. */
export interface BodyMedia {
  kind: "json" | "text" | "blob" | "eventStream" | "none";
  /** The Content-Type it is sent with (undefined for "none"). */
  mediaType: string | undefined;
  /** Whether the model declares the media type (a blob payload without one takes any). */
  declared: boolean;
}

export function bodyMedia(members: BoundMember[]): BodyMedia {
  const payload = members.find((m) => m.binding.kind === "payload");
  if (payload) {
    const target = payload.targetShape;
    const mediaType = target.traits?.["smithy.api#mediaType"];
    const declared = typeof mediaType === "string" ? mediaType : undefined;
    if (isEventStream(target)) return { kind: "eventStream", mediaType: EVENT_STREAM_MEDIA_TYPE, declared: true };
    if (target.type === "blob")
      return { kind: "blob", mediaType: declared ?? "application/octet-stream", declared: declared !== undefined };
    if (target.type === "string" || target.type === "enum")
      return { kind: "text", mediaType: declared ?? "text/plain", declared: true };
    return { kind: "json", mediaType: "application/json", declared: true };
  }
  if (!members.some((m) => m.binding.kind === "body")) return { kind: "none", mediaType: undefined, declared: true };
  return { kind: "json", mediaType: "application/json", declared: true };
}

/**
 * How the body of an input or output is written, or undefined when nothing travels in it. `emptyObject`: a
 * structure with no member in the body still sends `{}` (as servers answer).
 */
function bodyExpression(
  view: ModelView,
  id: string | undefined,
  members: BoundMember[],
  value: string,
  emptyObject: boolean,
): { expression: string; contentType: string } | undefined {
  if (!id) return undefined;
  const media = bodyMedia(members);
  const contentType = media.mediaType ?? "application/json";
  const payload = members.find((m) => m.binding.kind === "payload");
  if (payload) {
    const access = propertyAccess(value, payload.name);
    const target = payload.targetShape;
    if (media.kind === "blob" || media.kind === "text") return { expression: access, contentType };
    // The runtime frames the events onto the body as they come.
    if (media.kind === "eventStream") return { expression: "undefined", contentType };
    if (target.type === "document") return { expression: `JSON.stringify(${access} ?? null)`, contentType };
    // A client sends an unset structure as `{}`; an unset union, or an unset structure in an answer, is no body.
    const unset = target.type === "union" || emptyObject ? "undefined" : '"{}"';
    return {
      expression: `${access} === undefined ? ${unset} : JSON.stringify(codecs.encode${view.nameOf(target.id)}(${access}))`,
      contentType,
    };
  }
  if (media.kind === "none") return emptyObject ? { expression: '"{}"', contentType: "application/json" } : undefined;
  return { expression: `JSON.stringify(codecs.encode${bodyCodec(view, id, members)}(${value}))`, contentType };
}

/** An expression that reads the body of an input or output into a value of its type (bound members still unset). */
function bodyDecode(
  view: ModelView,
  id: string | undefined,
  members: BoundMember[],
  body: string,
  mode: "client" | "server",
  type: string,
  stream: string,
): string {
  if (!id) return `{} as ${type}`;
  const payload = members.find((m) => m.binding.kind === "payload");
  if (payload) {
    const target = payload.targetShape;
    const key = JSON.stringify(payload.name);
    const empty = `rt.isEmptyBody(${body})`;
    // The body, unread, for the runtime to read the events from as they come: a client's answer is its body, a
    // server's request its stream (or its bytes, when it was read whole).
    if (isEventStream(target)) {
      return mode === "client"
        ? `{ ${key}: ${body} } as unknown as ${type}`
        : `{ ${key}: ${stream} ?? ${body} } as unknown as ${type}`;
    }
    // A client's runtime reads a streamed answer from the body it hands over unread; a server reads the request's
    // stream (or its bytes, when it was read whole) as it comes.
    if (isStreamingBlob(target)) {
      return mode === "client"
        ? `{ ${key}: ${stream} ?? ${body} } as unknown as ${type}`
        : `{ ${key}: rt.streamedPayload(${body}, ${stream}, ${key}) } as unknown as ${type}`;
    }
    if (target.type === "blob") return `(${empty} ? {} : { ${key}: rt.payloadBytes(${body}) }) as ${type}`;
    if (target.type === "string" || target.type === "enum") {
      const cast = target.type === "enum" ? ` as ${view.nameOf(target.id)}` : "";
      return `(${empty} ? {} : { ${key}: rt.payloadText(${body})${cast} }) as ${type}`;
    }
    if (target.type === "document") return `{ ${key}: rt.parseJsonBody(${body}) } as ${type}`;
    // `{}` is what a client sends for an unset structure: it reads back as unset.
    return `(rt.isEmptyJsonObject(${body}) ? {} : { ${key}: codecs.decode${view.nameOf(target.id)}(rt.parseJsonBody(${body}), "${mode}") }) as ${type}`;
  }
  if (!members.some((m) => m.binding.kind === "body")) return `{} as ${type}`;
  return `codecs.decode${bodyCodec(view, id, members)}(rt.parseJsonBody(${body}), "${mode}")`;
}

/** A condition for sending a bound member: set, and for a list in a query string not empty, since an empty list
 * cannot travel there (it is left out, as if unset). In a header it travels as an empty value. */
function isPresent(view: ModelView, member: Member, access: string, location: Location): string {
  return isList(view, member) && location === "query"
    ? `${access} !== undefined && ${access}.length > 0`
    : `${access} !== undefined`;
}

/** Whether a string travels base64-encoded in a header: it has a `@mediaType`, as restJson1 asks. */
function isMediaTypeString(view: ModelView, member: Member): boolean {
  const target = view.index.expect(member.target);
  return target.type === "string" && target.traits?.["smithy.api#mediaType"] !== undefined;
}

/** Whether the member is a timestamp written as an HTTP-date at this location. */
function isHttpDate(view: ModelView, member: Member, location: Location): boolean {
  return (
    view.index.expect(member.target).type === "timestamp" && timestampFormatAt(view, member, location) === "http-date"
  );
}

function isList(view: ModelView, member: Member): boolean {
  const t = view.index.expect(member.target).type;
  return t === "list" || t === "set";
}

function valueTextType(view: ModelView, member: Member): string {
  return isList(view, view.member(member.target, "value")) ? "string[]" : "string";
}

/** Text for a member's value in a label, query parameter or header. */
function toText(view: ModelView, member: Member, v: string, location: Location): string {
  const target = view.index.expect(member.target);
  switch (target.type) {
    case "list":
    case "set": {
      const element = view.member(target.id, "member");
      const text = toText(view, element, "e", location);
      const items = text === "e" ? `${v}.slice()` : `${v}.map((e) => ${text})`;
      if (location !== "header") return items;
      // HTTP-dates hold a comma each, and still travel unquoted: readers split them two parts at a time.
      return isHttpDate(view, element, location) ? `${items}.join(", ")` : `rt.joinHeaderList(${items})`;
    }
    case "string":
      return location === "header" && isMediaTypeString(view, member) ? `rt.formatBase64Text(${v})` : v;
    case "enum":
      return v;
    case "float":
    case "double":
      return `String(rt.encodeFloat(${v}))`;
    case "timestamp": {
      const format = timestampFormatAt(view, member, location);
      if (format === "date-time") return `rt.formatDateTime(${v})`;
      if (format === "http-date") return `rt.formatHttpDate(${v})`;
      return `String(rt.formatEpochSeconds(${v}))`;
    }
    case "blob":
      return `rt.formatBase64(${v})`;
    default:
      return `String(${v})`;
  }
}

/** Reads a member's value from the text of a label, query parameter or header, as a server or a client does. */
function fromText(view: ModelView, member: Member, t: string, location: Location, mode: Mode): string {
  const target = view.index.expect(member.target);
  switch (target.type) {
    case "string":
      return location === "header" && isMediaTypeString(view, member) ? `rt.parseBase64Text(${t})` : t;
    case "enum":
      return `${t} as ${view.nameOf(target.id)}`;
    case "intEnum":
      return `rt.textToInteger(${t}, "integer") as ${view.nameOf(target.id)}`;
    case "byte":
    case "short":
    case "integer":
    case "long":
      return `rt.textToInteger(${t}, "${target.type}")`;
    case "float":
    case "double":
    case "bigInteger":
    case "bigDecimal":
      return `rt.textToFloat(${t})`;
    case "boolean":
      return `rt.textToBoolean(${t})`;
    case "timestamp": {
      const format = timestampFormatAt(view, member, location);
      if (format === "date-time") return `rt.parseDateTime(${t}, "${mode}")`;
      if (format === "http-date") return `rt.parseHttpDate(${t})`;
      return `rt.parseEpochSeconds(rt.textToFloat(${t}))`;
    }
    case "blob":
      return `rt.parseBase64(${t})`;
    default:
      throw new Error(`${member.container}$${member.name}: a ${target.type} cannot travel in a ${location}`);
  }
}

function listFromText(view: ModelView, member: Member, items: string, location: Location, mode: Mode): string {
  const element = view.member(member.target, "member");
  return `${items}.map((e) => ${fromText(view, element, "e", location, mode)})`;
}

/** For an error with members in headers: the function that writes them, and the decoder of body and headers. */
function emitErrorHeaders(view: ModelView, id: string, w: CodeWriter): void {
  const name = view.nameOf(id);
  const members = errorMembers(view, id);
  w.line();
  w.block(`export function serialize${name}Headers(error: ${name}): Record<string, string> {`, () => {
    w.line("const headers: Record<string, string> = {};");
    for (const m of members) emitHeaderWrite(view, w, m, propertyAccess("error", m.name));
    w.line("return headers;");
  });
  w.line();
  w.doc("Decodes the error from its parsed body and the response's headers (lower-case names).");
  w.block(
    `export function deserialize${name}(value: unknown, mode: rt.DecodeMode = "client", headers: Record<string, string> = {}): ${name} {`,
    () => {
      w.line(`const output = codecs.decode${name}Body(value, mode);`);
      w.line('let at = "";');
      emitWithPath(w, "at", () => {
        for (const m of members.filter((m) => m.binding.kind !== "body")) {
          w.line(`at = ${JSON.stringify(m.name)};`);
          emitHeaderRead(view, w, m, propertyAccess("output", m.name), "headers", "client");
        }
      });
      w.line("return output;");
    },
  );
}

function emitErrors(view: ModelView, serviceName: string, operations: OperationView[], w: CodeWriter): void {
  const ids = [...new Set(operations.flatMap((o) => o.errors))].sort((a, b) =>
    view.nameOf(a) < view.nameOf(b) ? -1 : 1,
  );
  const withHeaders = new Set(errorsWithHeaders(view));
  for (const id of ids) if (withHeaders.has(id)) emitErrorHeaders(view, id, w);
  w.line();
  w.doc(
    `The errors ${serviceName} declares, by the name that travels in X-Amzn-ErrorType: their HTTP status, whose fault they are, and their codecs.`,
  );
  w.block(
    `export const ${serviceName}Errors = {`,
    () => {
      for (const id of ids) {
        const shape = view.index.expect(id);
        const name = view.nameOf(id);
        const status =
          shape.traits?.["smithy.api#httpError"] ?? (shape.traits?.["smithy.api#error"] === "server" ? 500 : 400);
        w.block(
          `${propertyKey(view.modelNameOf(id))}: {`,
          () => {
            w.line(`status: ${status},`);
            w.line(`fault: ${JSON.stringify(shape.traits?.["smithy.api#error"] ?? "client")},`);
            if (withHeaders.has(id)) {
              w.line(`decode: deserialize${name},`);
              w.line(`encode: codecs.encode${name}Body,`);
              w.line(`headers: serialize${name}Headers,`);
            } else {
              w.line(`decode: codecs.decode${name},`);
              w.line(`encode: codecs.encode${name},`);
            }
          },
          "},",
        );
      }
    },
    "} as const;",
  );
  w.line();
  w.line(`export type ${serviceName}ErrorName = keyof typeof ${serviceName}Errors;`);
}

function emitRoutes(serviceName: string, operations: OperationView[], w: CodeWriter): void {
  const literalLength = (uri: string) => uri.replace(/\{[^}]*\}/g, "").length;
  const sorted = [...operations].sort(
    (a, b) => literalLength(b.http.uri) - literalLength(a.http.uri) || (a.name < b.name ? -1 : 1),
  );
  w.line();
  w.doc("Every operation's route, the most specific first.");
  w.block(
    `export const ${serviceName}Routes: readonly rt.Route[] = [`,
    () => {
      for (const op of sorted) {
        const [pathPart, queryPart] = op.http.uri.split("?") as [string, string | undefined];
        const labels: string[] = [];
        const source = pathPart
          .split(/(\{[^}]+\})/)
          .map((part) => {
            const label = /^\{([^}+]+)(\+?)\}$/.exec(part);
            if (!label) return part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
            labels.push(label[1]!);
            return label[2] ? "(.+)" : "([^/]+)";
          })
          .join("");
        const required = queryPart ? Object.fromEntries(new URLSearchParams(queryPart)) : undefined;
        const parts = [
          `operation: ${JSON.stringify(op.name)}`,
          `method: ${JSON.stringify(op.http.method)}`,
          `pattern: /^${source}$/`,
          `labels: ${JSON.stringify(labels)}`,
          ...(required ? [`requiredQuery: ${JSON.stringify(required)}`] : []),
        ];
        w.line(`{ ${parts.join(", ")} },`);
      }
    },
    "];",
  );
}
