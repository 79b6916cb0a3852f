// `@streaming` ("StreamingTrait"): a structure that holds a stream is only an operation's input or output (never the
// target of a member, nor an error), and only its input when the stream has a `@requiresLength`; an event stream
// union has structures for members; a member that targets a streaming blob is `@required` or has a `@default`; and
// in a service whose protocol binds `@httpPayload`, every member that targets a stream is the payload.
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";
import { closureOf } from "./closure.js";

const STREAMING = "smithy.api#streaming";
const REQUIRES_LENGTH = "smithy.api#requiresLength";
const REQUIRED = "smithy.api#required";
const DEFAULT = "smithy.api#default";
const HTTP_PAYLOAD = "smithy.api#httpPayload";
const PROTOCOL_DEFINITION = "smithy.api#protocolDefinition";

function checkHolders(ctx: CheckContext, stream: ShapeView, member: ShapeView): void {
  const container = member.container;
  if (container === undefined) return;
  for (const { rel, to: from } of ctx.model.in(container)) {
    if (rel === "input" || rel === "mixin" || rel === "member") continue;
    if (rel === "output") {
      if (stream.traits[REQUIRES_LENGTH] === undefined) continue;
      const text = `\`${container}\` holds a stream of a required length (\`${stream.id}\`), so it can be an input only, but it is the output of \`${from}\``;
      ctx.error("StreamingTrait", container, text);
    } else if (rel === "") {
      ctx.error(
        "StreamingTrait",
        from,
        `\`${from}\` targets \`${container}\`, which holds a stream: only an operation's input or output may`,
      );
    } else {
      ctx.error(
        "StreamingTrait",
        from,
        `\`${from}\` refers to \`${container}\` (${rel}), which holds a stream: only an operation's input or output may`,
      );
    }
  }
}

/** Services whose protocol binds `@httpPayload`, so that a stream must be the payload. */
function payloadServices(ctx: CheckContext): ShapeView[] {
  return [...ctx.model.own()].filter(
    (view) =>
      view.type === "service" &&
      Object.keys(view.traits).some((trait) => {
        const definition = ctx.model.get(trait)?.traits[PROTOCOL_DEFINITION] as { traits?: unknown } | undefined;
        return Array.isArray(definition?.traits) && definition.traits.includes(HTTP_PAYLOAD);
      }),
  );
}

export const checkStreaming: Check = (ctx) => {
  const streams = [...ctx.model.all()].filter((view) => view.traits[STREAMING] !== undefined && view.type !== "member");
  if (streams.length === 0) return;
  for (const stream of streams) {
    for (const { rel, to: memberId } of ctx.model.in(stream.id)) {
      const member = rel === "" ? ctx.model.get(memberId) : undefined;
      if (member === undefined || member.prelude) continue;
      checkHolders(ctx, stream, member);
      if (stream.type === "blob" && member.traits[REQUIRED] === undefined && member.traits[DEFAULT] === undefined) {
        ctx.error(
          "StreamingTrait",
          member.id,
          `\`${member.id}\` targets the streaming blob \`${stream.id}\`, so it must be @required or have a @default`,
        );
      }
    }
    if (stream.type === "union" && !stream.prelude) {
      const wrong = ctx.model
        .membersOf(stream.id)
        .filter((m) => (m.target ? ctx.model.get(m.target)?.type : undefined) !== "structure")
        .map((m) => m.memberName ?? m.id);
      if (wrong.length > 0) {
        ctx.error(
          "StreamingTrait",
          stream.id,
          `the event stream \`${stream.id}\` has members that are not structures: ${wrong.join(", ")}`,
        );
      }
    }
  }
  for (const service of payloadServices(ctx)) {
    for (const id of closureOf(ctx, service.id)) {
      const member = ctx.model.get(id);
      if (member?.type !== "member" || member.prelude || member.traits[HTTP_PAYLOAD] !== undefined) continue;
      const target = member.target ? ctx.model.get(member.target) : undefined;
      if (target?.traits[STREAMING] === undefined) continue;
      ctx.error(
        "StreamingTrait",
        member.id,
        `\`${member.id}\` targets the stream \`${target.id}\`, so it must be the @httpPayload under the protocol of \`${service.id}\``,
      );
    }
  }
};
