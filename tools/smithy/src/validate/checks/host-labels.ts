// "HostLabelTrait": the `hostPrefix` of `@endpoint`. Each `{label}` in it needs an input member of that name marked
// `@hostLabel`; with its labels filled in, the prefix must give a valid host (dot-separated labels of 1 to 63
// letters, digits and hyphens); and a prefix with labels must end with a dot, or a label's value could change the
// domain the request goes to (a DANGER).
import { isNodeObject } from "../../node-values.js";
import type { Check } from "../context.js";

const ENDPOINT = "smithy.api#endpoint";
const HOST_LABEL = "smithy.api#hostLabel";
const LABEL = /\{([^}]*)\}/g;
const HOST_SEGMENT = /^[A-Za-z0-9-]{1,63}$/;

export const checkHostLabels: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    const operation = view.shape;
    const endpoint = view.traits[ENDPOINT];
    if (operation?.type !== "operation" || !isNodeObject(endpoint) || typeof endpoint.hostPrefix !== "string") continue;
    const prefix = endpoint.hostPrefix;
    const labels = [...prefix.matchAll(LABEL)].map((m) => m[1]!);
    const input = operation.input?.target ?? "smithy.api#Unit";
    const bound = new Set(
      ctx.model
        .membersOf(input)
        .filter((m) => m.traits[HOST_LABEL] !== undefined)
        .map((m) => m.memberName),
    );
    const unbound = labels.filter((l) => !bound.has(l));
    if (unbound.length > 0) {
      ctx.error(
        "HostLabelTrait",
        view.id,
        `the host prefix "${prefix}" of \`${view.id}\` has labels with no @hostLabel member in \`${input}\`: ${unbound.map((l) => `\`${l}\``).join(", ")}`,
      );
    }
    const expanded = prefix.replace(LABEL, "a");
    const segments = expanded.endsWith(".") ? expanded.slice(0, -1).split(".") : expanded.split(".");
    if (!segments.every((s) => HOST_SEGMENT.test(s))) {
      ctx.error("HostLabelTrait", view.id, `the host prefix "${prefix}" of \`${view.id}\` does not give a valid host`);
    }
    if (labels.length > 0 && !prefix.endsWith(".")) {
      ctx.danger(
        "HostLabelTrait",
        view.id,
        `the host prefix "${prefix}" of \`${view.id}\` has labels but does not end with a dot, so a value could change the domain`,
      );
    }
  }
};
