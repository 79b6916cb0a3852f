// HTTP binding traits act only on the members of an operation's top-level input or output (errors count as
// output), and each only on one side: labels and query bindings on inputs, `@httpResponseCode` on outputs, headers
// and payloads on both. A binding in a structure used where it has no effect (as a member's target, or on the wrong
// side) gets a WARNING ("HttpBindingTraitIgnored.Input", ".Output" or ".TopLevel"). Where a member is the
// `@httpPayload`, every other member must be bound to a header, label, query or status code for that side: an
// ERROR on the structure for each side it is used on ("HttpPayload").
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";

const INPUT_ONLY = ["smithy.api#httpLabel", "smithy.api#httpQuery", "smithy.api#httpQueryParams"];
const OUTPUT_ONLY = ["smithy.api#httpResponseCode"];
const EITHER = ["smithy.api#httpHeader", "smithy.api#httpPrefixHeaders", "smithy.api#httpPayload"];
const HTTP_PAYLOAD = "smithy.api#httpPayload";

type Side = "input" | "output";

interface Uses {
  input: string[];
  output: string[];
  nested: string[];
}

function usesOf(ctx: CheckContext, structure: string): Uses {
  const uses: Uses = { input: [], output: [], nested: [] };
  for (const r of ctx.model.in(structure)) {
    if (r.rel === "input") uses.input.push(r.to);
    else if (r.rel === "output" || r.rel === "error") uses.output.push(r.to);
    else if (r.rel === "" && ctx.model.get(r.to)?.type === "member") uses.nested.push(r.to);
  }
  return uses;
}

export const checkHttpBindingContexts: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    if (view.type !== "structure") continue;
    const members = ctx.model.membersOf(view.id);
    if (!members.some((m) => [...INPUT_ONLY, ...OUTPUT_ONLY, ...EITHER].some((t) => m.traits[t] !== undefined)))
      continue;
    const uses = usesOf(ctx, view.id);
    for (const member of members) checkIgnored(ctx, member, uses);
    checkPayloadSides(ctx, view.id, members, uses);
  }
};

function checkIgnored(ctx: CheckContext, member: ShapeView, uses: Uses): void {
  const groups: [string[], string, string[]][] = [
    [INPUT_ONLY, "Input", [...uses.nested, ...uses.output]],
    [OUTPUT_ONLY, "Output", [...uses.nested, ...uses.input]],
    [EITHER, "TopLevel", uses.nested],
  ];
  for (const [traits, suffix, ignoredIn] of groups) {
    if (ignoredIn.length === 0) continue;
    for (const trait of traits.filter((t) => member.traits[t] !== undefined)) {
      ctx.warn(
        `HttpBindingTraitIgnored.${suffix}`,
        member.id,
        `@${trait.slice(trait.indexOf("#") + 1)} on \`${member.id}\` has no effect where its structure is used by ${[
          ...ignoredIn,
        ]
          .sort()
          .map((u) => `\`${u}\``)
          .join(", ")}`,
      );
    }
  }
}

function checkPayloadSides(ctx: CheckContext, structure: string, members: ShapeView[], uses: Uses): void {
  const payload = members.find((m) => m.traits[HTTP_PAYLOAD] !== undefined);
  if (!payload) return;
  for (const side of ["input", "output"] as Side[]) {
    if (uses[side].length === 0) continue;
    const bindings = side === "input" ? [...INPUT_ONLY, ...EITHER] : [...OUTPUT_ONLY, ...EITHER];
    const unbound = members.filter((m) => m !== payload && !bindings.some((t) => m.traits[t] !== undefined));
    if (unbound.length === 0) continue;
    ctx.error(
      "HttpPayload",
      structure,
      `\`${payload.memberName}\` of \`${structure}\` is the @httpPayload, but as an ${side} ${unbound
        .map((m) => `\`${m.memberName}\``)
        .sort()
        .join(", ")} are bound to nothing else`,
    );
  }
}
