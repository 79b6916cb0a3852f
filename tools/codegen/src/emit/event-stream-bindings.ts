// Emits, into protocol.ts, how the events of each `@streaming` union an operation takes or answers with travel as
// event-stream messages: members marked `@eventHeader` as typed message headers, the `@eventPayload` member (or
// else the other members, as a JSON document) as the payload, and error members as exception messages. The framing
// of messages into bytes is the client and server runtimes' work.
import { eventStreamMember, isEventStream } from "../event-streams.js";
import type { OperationView } from "../http-bindings.js";
import type { MemberView, ModelView } from "../model-view.js";
import { type CodeWriter, emitWithPath, propertyAccess, propertyKey } from "../writer.js";

/** The `@streaming` unions the operations answer with, by shape id, in a stable order. */
export function responseEventStreams(view: ModelView, operations: OperationView[]): string[] {
  return sortedUnions(
    view,
    operations.map((op) => eventStreamMember(op.outputMembers)),
  );
}

/** The `@streaming` unions the operations take or answer with, by shape id, in a stable order. */
export function operationEventStreams(view: ModelView, operations: OperationView[]): string[] {
  return sortedUnions(
    view,
    operations.flatMap((op) => [eventStreamMember(op.inputMembers), eventStreamMember(op.outputMembers)]),
  );
}

function sortedUnions(view: ModelView, members: (MemberView | undefined)[]): string[] {
  const ids = new Set(members.flatMap((m) => (m === undefined ? [] : [m.target])));
  return [...ids].sort((a, b) => (view.nameOf(a) < view.nameOf(b) ? -1 : 1));
}

/** The error structures that the operations' event streams may send as exception messages. */
export function eventStreamErrors(view: ModelView, operations: OperationView[]): string[] {
  return responseEventStreams(view, operations).flatMap((id) =>
    view
      .members(id)
      .filter((m) => isError(m))
      .map((m) => m.target),
  );
}

/** The name of the binding constant of an event-stream union. */
export function eventStreamBindingName(view: ModelView, union: string): string {
  return `${view.nameOf(union)}Events`;
}

/** The type names the bindings of these unions refer to, for protocol.ts to import. */
export function eventStreamTypes(view: ModelView, unions: string[]): string[] {
  return unions.flatMap((id) => [view.nameOf(id), ...view.members(id).map((m) => view.nameOf(m.target))]);
}

function isError(member: MemberView): boolean {
  return member.targetShape.traits?.["smithy.api#error"] !== undefined;
}

export function emitEventStreamBinding(view: ModelView, union: string, w: CodeWriter): void {
  if (!isEventStream(view.index.expect(union))) throw new Error(`${union} is not a @streaming union`);
  const name = view.nameOf(union);
  const members = view.members(union);
  w.line();
  w.doc(`How the events of ${name} travel as event-stream messages.`);
  w.block(
    `export const ${eventStreamBindingName(view, union)}: rt.EventStreamBinding<${name}> = {`,
    () => {
      w.line(`union: ${JSON.stringify(name)},`);
      w.block(
        "errors: {",
        () => {
          for (const m of members.filter(isError)) {
            w.line(`${propertyKey(m.name)}: ${JSON.stringify(view.modelNameOf(m.target))},`);
          }
        },
        "},",
      );
      w.block(
        `read(message: rt.EventMessage, eventType: string, mode: rt.DecodeMode): ${name} {`,
        () => {
          emitWithPath(w, "eventType", () => {
            w.block("switch (eventType) {", () => {
              for (const m of members) {
                w.block(`case ${JSON.stringify(m.name)}: {`, () => {
                  emitEventRead(view, m, w);
                  w.line(`return { ${propertyKey(m.name)}: out };`);
                });
              }
              w.line("default:");
              w.line(`  return rt.unknownMember(eventType, message, mode, ${JSON.stringify(name)});`);
            });
          });
        },
        "},",
      );
      w.block(
        `write(event: ${name}): rt.EventMessage {`,
        () => {
          for (const m of members) {
            const access = propertyAccess("event", m.name);
            w.block(`if (${access} !== undefined) {`, () => {
              if (isError(m)) {
                w.line(
                  `return rt.exceptionMessage(${JSON.stringify(m.name)}, codecs.encode${view.nameOf(m.target)}(${access}));`,
                );
              } else {
                w.line(`const v = ${access};`);
                emitEventWrite(view, m, w);
              }
            });
          }
          w.line(
            `throw new TypeError(\`a ${name} event must have one of its members set, found \${event.$unknown === undefined ? "none" : \`the unknown \${event.$unknown[0]}\`}\`);`,
          );
        },
        "},",
      );
    },
    "};",
  );
}

/** How a member's value travels in a message header: the header type, and the expressions to and from it. */
function headerOf(
  view: ModelView,
  member: MemberView,
): { type: string; write: (v: string) => string; read: (v: string) => string } {
  const target = member.targetShape;
  const same = (v: string) => v;
  switch (target.type) {
    case "boolean":
      return { type: "boolean", write: same, read: same };
    case "byte":
    case "short":
    case "integer":
    case "long":
      return { type: target.type, write: same, read: same };
    case "intEnum":
      return { type: "integer", write: same, read: (v) => `${v} as ${view.nameOf(target.id)}` };
    case "blob":
      return { type: "binary", write: same, read: same };
    case "string":
      return { type: "string", write: same, read: same };
    case "enum":
      return { type: "string", write: same, read: (v) => `${v} as ${view.nameOf(target.id)}` };
    case "timestamp":
      return { type: "timestamp", write: same, read: same };
    default:
      throw new Error(`${member.container}$${member.name}: a ${target.type} cannot travel in an event header`);
  }
}

function isHeader(member: MemberView): boolean {
  return member.traits?.["smithy.api#eventHeader"] !== undefined;
}

function isPayload(member: MemberView): boolean {
  return member.traits?.["smithy.api#eventPayload"] !== undefined;
}

/** Writes the statements that build the message of an event member whose value is in `v`. */
function emitEventWrite(view: ModelView, event: MemberView, w: CodeWriter): void {
  const fields = view.members(event.target);
  const headers = fields.filter(isHeader);
  const payload = fields.find(isPayload);
  const inBody = fields.filter((f) => !isHeader(f));
  w.line(`const headers: Record<string, rt.EventHeaderValue> = {};`);
  for (const h of headers) {
    const header = headerOf(view, h);
    const access = propertyAccess("v", h.name);
    w.line(
      `if (${access} !== undefined) headers[${JSON.stringify(h.name)}] = { type: ${JSON.stringify(header.type)}, value: ${header.write(access)} };`,
    );
  }
  const eventType = JSON.stringify(event.name);
  if (payload) {
    const access = propertyAccess("v", payload.name);
    const target = payload.targetShape;
    const mediaType = target.traits?.["smithy.api#mediaType"];
    let body: string;
    let contentType: string;
    if (target.type === "blob") {
      body = access;
      contentType = typeof mediaType === "string" ? mediaType : "application/octet-stream";
    } else if (target.type === "string" || target.type === "enum") {
      body = `${access} === undefined ? undefined : rt.textBytes(${access})`;
      contentType = typeof mediaType === "string" ? mediaType : "text/plain";
    } else if (target.type === "document") {
      body = `${access} === undefined ? undefined : rt.jsonBytes(${access})`;
      contentType = "application/json";
    } else {
      body = `${access} === undefined ? undefined : rt.jsonBytes(codecs.encode${view.nameOf(target.id)}(${access}))`;
      contentType = "application/json";
    }
    w.line(`return rt.eventMessage(${eventType}, headers, ${body}, ${JSON.stringify(contentType)});`);
    return;
  }
  if (inBody.length === 0) {
    w.line(`return rt.eventMessage(${eventType}, headers, undefined, "");`);
    return;
  }
  // The members that are not headers travel as the structure's JSON document.
  w.line(`const body = codecs.encode${view.nameOf(event.target)}(v);`);
  for (const h of headers) w.line(`delete body[${JSON.stringify(h.wireName)}];`);
  w.line(`return rt.eventMessage(${eventType}, headers, rt.jsonBytes(body), "application/json");`);
}

/** Writes the statements that read the member's value from `message` into `out`. */
function emitEventRead(view: ModelView, event: MemberView, w: CodeWriter): void {
  const type = view.nameOf(event.target);
  if (isError(event)) {
    w.line(`const out = codecs.decode${type}(rt.parseJsonBody(message.body), mode);`);
    return;
  }
  const fields = view.members(event.target);
  const headers = fields.filter(isHeader);
  const payload = fields.find(isPayload);
  const inBody = fields.filter((f) => !isHeader(f));
  if (payload) {
    const target = payload.targetShape;
    w.line(`const out = {} as ${type};`);
    let value: string;
    if (target.type === "blob") value = "message.body";
    else if (target.type === "string") value = "rt.utf8Text(message.body)";
    else if (target.type === "enum") value = `rt.utf8Text(message.body) as ${view.nameOf(target.id)}`;
    else if (target.type === "document") value = "rt.parseJsonBody(message.body) as rt.DocumentType";
    else value = `codecs.decode${view.nameOf(target.id)}(rt.parseJsonBody(message.body), mode)`;
    w.line(`if (message.body.length > 0) ${propertyAccess("out", payload.name)} = ${value};`);
  } else if (inBody.length > 0) {
    w.line(`const out = codecs.decode${type}(rt.parseJsonBody(message.body), mode);`);
  } else {
    w.line(`const out = {} as ${type};`);
  }
  for (const h of headers) {
    const header = headerOf(view, h);
    w.block("{", () => {
      w.line(`const h = rt.eventHeader(message, ${JSON.stringify(h.name)}, ${JSON.stringify(header.type)});`);
      w.line(`if (h !== undefined) ${propertyAccess("out", h.name)} = ${header.read("h")};`);
    });
  }
}
