// Traits that have no effect where they stand (WARNINGs). `@idempotencyToken` acts only on a member of an
// operation's input, so one on a structure also used elsewhere (as a member's target, an output or an error) is
// partly ignored ("IdempotencyTokenIgnored"). A flattened list takes the name of the member that holds it, so the
// `@xmlName` of the list's own member is lost unless the holder names itself ("XmlFlattenedTrait").
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";

const IDEMPOTENCY_TOKEN = "smithy.api#idempotencyToken";
const XML_FLATTENED = "smithy.api#xmlFlattened";
const XML_NAME = "smithy.api#xmlName";
/** The relationships (as ModelView names them) by which a structure is used other than as an input. */
const OTHER_USES: Record<string, string> = { "": "member target", output: "output", error: "error" };

export const checkIneffectiveTraits: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    if (view.type !== "member") continue;
    if (view.traits[IDEMPOTENCY_TOKEN] !== undefined) checkIdempotencyToken(ctx, view);
    if (view.traits[XML_FLATTENED] !== undefined && view.traits[XML_NAME] === undefined) checkFlattened(ctx, view);
  }
};

function checkIdempotencyToken(ctx: CheckContext, member: ShapeView): void {
  const uses = ctx.model
    .in(member.container!)
    .filter((r) => OTHER_USES[r.rel] !== undefined)
    .map((r) => `${OTHER_USES[r.rel]} of \`${r.to}\``)
    .sort();
  if (uses.length === 0) return;
  ctx.warn(
    "IdempotencyTokenIgnored",
    member.id,
    `@idempotencyToken on \`${member.id}\` acts only in an operation's input; it is ignored where \`${member.container}\` is the ${uses.join(", ")}`,
  );
}

function checkFlattened(ctx: CheckContext, member: ShapeView): void {
  const target = member.target ? ctx.model.get(member.target) : undefined;
  if (target?.type !== "list" && target?.type !== "set") return;
  const listMember = ctx.model.get(`${target.id}$member`);
  const name = listMember?.traits[XML_NAME];
  if (typeof name !== "string" || name === member.memberName) return;
  ctx.warn(
    "XmlFlattenedTrait",
    member.id,
    `\`${member.id}\` is @xmlFlattened, so its elements are named \`${member.memberName}\` and the @xmlName("${name}") of \`${listMember!.id}\` is lost; give the member @xmlName("${name}") if that name is meant`,
  );
}
