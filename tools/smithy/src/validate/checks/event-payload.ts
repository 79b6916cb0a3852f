// An event structure with an `@eventPayload` member sends every other member as an `@eventHeader`
// ("EventPayloadTrait", on the structure).
import type { Check } from "../context.js";

const EVENT_PAYLOAD = "smithy.api#eventPayload";
const EVENT_HEADER = "smithy.api#eventHeader";

export const checkEventPayload: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    if (view.type !== "structure") continue;
    const members = ctx.model.membersOf(view.id);
    if (!members.some((m) => m.traits[EVENT_PAYLOAD] !== undefined)) continue;
    const loose = members
      .filter((m) => m.traits[EVENT_PAYLOAD] === undefined && m.traits[EVENT_HEADER] === undefined)
      .map((m) => `\`${m.memberName}\``);
    if (loose.length === 0) continue;
    const text = `\`${view.id}\` has an @eventPayload member, so its other members must be @eventHeader: ${loose.join(", ")} are not`;
    ctx.error("EventPayloadTrait", view.id, text);
  }
};
