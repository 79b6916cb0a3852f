// `@private` shapes belong to their namespace: a relationship from another namespace to one is an ERROR, and
// applying a private trait from another namespace a WARNING ("PrivateAccess"). On a member of a mixin, `@private`
// protects nothing (the member is copied into whatever uses the mixin), which gets a WARNING ("PrivateMixinMember").
import type { Check } from "../context.js";

const PRIVATE = "smithy.api#private";
const MIXIN = "smithy.api#mixin";

const namespaceOf = (id: string): string => id.slice(0, id.indexOf("#"));

export const checkPrivateAccess: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    const ns = namespaceOf(view.id);
    const isPrivateElsewhere = (id: string) =>
      namespaceOf(id) !== ns && ctx.model.get(id)?.traits[PRIVATE] !== undefined;
    for (const r of ctx.model.out(view.id)) {
      if (r.rel === "member" || !isPrivateElsewhere(r.to)) continue;
      const rel = r.rel === "" ? "member target" : r.rel;
      ctx.error("PrivateAccess", view.id, `the ${rel} \`${r.to}\` of \`${view.id}\` is private to another namespace`);
    }
    for (const traitId of Object.keys(view.traits)) {
      if (isPrivateElsewhere(traitId)) {
        ctx.warn(
          "PrivateAccess",
          view.id,
          `the trait \`${traitId}\` applied to \`${view.id}\` is private to another namespace`,
        );
      }
    }
    if (view.type === "member" && view.traits[PRIVATE] !== undefined) {
      const container = ctx.model.get(view.container!);
      if (container?.traits[MIXIN] !== undefined) {
        ctx.warn(
          "PrivateMixinMember",
          view.id,
          `@private on \`${view.id}\`, a member of a mixin, does not keep other namespaces from inheriting it; make the mixin or the target private instead`,
        );
      }
    }
  }
};
