// `@httpHeader` names ("HttpHeaderTrait"): unique, ignoring case, within a structure (ERROR on the structure); made
// of RFC 9110 token characters, and none of the headers that HTTP itself or its intermediaries own (a DANGER on the
// member). A header that starts (ignoring case) with the prefix of an `@httpPrefixHeaders` member of the same
// structure is an ERROR on the header member ("HttpPrefixHeadersTrait"); with the empty prefix, which takes every
// header, it is a NOTE.
import type { Check, CheckContext } from "../context.js";

const HTTP_HEADER = "smithy.api#httpHeader";
const HTTP_PREFIX_HEADERS = "smithy.api#httpPrefixHeaders";
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const RESERVED = new Set([
  "authorization",
  "connection",
  "content-length",
  "expect",
  "host",
  "max-forwards",
  "proxy-authenticate",
  "server",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "user-agent",
  "www-authenticate",
  "x-forwarded-for",
]);

export const checkHttpHeaders: Check = (ctx) => {
  const byStructure = new Map<string, Map<string, string[]>>();
  for (const view of ctx.model.own()) {
    const header = view.traits[HTTP_HEADER];
    if (view.type !== "member" || typeof header !== "string" || view.container === undefined) continue;
    const where = ctx.model.traitLocation(view.id, HTTP_HEADER);
    if (RESERVED.has(header.toLowerCase())) {
      ctx.danger(
        "HttpHeaderTrait",
        view.id,
        `\`${view.id}\` is bound to the header \`${header}\`, which HTTP reserves`,
        where,
      );
    } else if (!TOKEN.test(header)) {
      ctx.danger(
        "HttpHeaderTrait",
        view.id,
        `\`${header}\`, the header of \`${view.id}\`, is not an HTTP field name (RFC 9110 token)`,
        where,
      );
    }
    if (ctx.model.get(view.container)?.type !== "structure") continue;
    const names = byStructure.get(view.container) ?? new Map<string, string[]>();
    const key = header.toLowerCase();
    names.set(key, [...(names.get(key) ?? []), view.memberName ?? view.id]);
    byStructure.set(view.container, names);
  }
  for (const structure of byStructure.keys()) checkPrefixes(ctx, structure);
  for (const [structure, names] of byStructure) {
    for (const [header, members] of names) {
      if (members.length < 2) continue;
      const list = members.map((m) => `\`${m}\``).join(", ");
      ctx.error(
        "HttpHeaderTrait",
        structure,
        `the members ${list} of \`${structure}\` are all bound to the header \`${header}\``,
      );
    }
  }
};

function checkPrefixes(ctx: CheckContext, structure: string): void {
  const members = ctx.model.membersOf(structure);
  for (const prefixed of members) {
    const prefix = prefixed.traits[HTTP_PREFIX_HEADERS];
    if (typeof prefix !== "string") continue;
    for (const member of members) {
      const header = member.traits[HTTP_HEADER];
      if (typeof header !== "string" || !header.toLowerCase().startsWith(prefix.toLowerCase())) continue;
      if (prefix === "") {
        ctx.report(
          "NOTE",
          "HttpPrefixHeadersTrait",
          member.id,
          `the header \`${header}\` of \`${member.id}\` is also taken by \`${prefixed.id}\`, which binds every header`,
        );
      } else {
        ctx.error(
          "HttpPrefixHeadersTrait",
          member.id,
          `the header \`${header}\` of \`${member.id}\` starts with \`${prefix}\`, the prefix \`${prefixed.id}\` binds`,
        );
      }
    }
  }
}
