// HTTP bindings: the `@http` uri holds only printable ASCII ("HttpUriFormat") and is a valid pattern (a "Model"
// error otherwise, as Smithy refuses the trait), a
// greedy label is the only one and the last ("HttpUriGreedyLabel", DANGER), and its labels and the input's
// `@httpLabel` members match one to one ("HttpLabelTrait"; that a label member is `@required` is the trait's selector).
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";
import { article } from "../words.js";

const HTTP = "smithy.api#http";
const LABEL = "smithy.api#httpLabel";
const UNIT = "smithy.api#Unit";
/** Printable ASCII without spaces: what a URI pattern may hold ("HttpUriFormat" otherwise). */
const URI_CHARACTERS = /^[\x21-\x7e]*$/;

interface Label {
  name: string;
  greedy: boolean;
}

/** The labels of a uri pattern, or a problem with the pattern. */
export function parseUriLabels(uri: string): Label[] | string {
  if (!uri.startsWith("/")) return "the uri must start with '/'";
  const q = uri.indexOf("?");
  const path = q < 0 ? uri : uri.slice(0, q);
  if (q >= 0 && uri.slice(q).includes("{")) return "labels cannot appear in the query string of the uri";
  const labels: Label[] = [];
  for (const segment of path.split("/").slice(1)) {
    if (!segment.includes("{") && !segment.includes("}")) continue;
    const m = /^\{([A-Za-z_][A-Za-z0-9_]*)(\+)?\}$/.exec(segment);
    if (!m) return `the path segment "${segment}" must be a whole label like {Name} or {Name+}`;
    if (labels.some((l) => l.name === m[1])) return `the label {${m[1]}} appears more than once`;
    labels.push({ name: m[1]!, greedy: m[2] === "+" });
  }
  return labels;
}

export const checkHttp: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    if (view.type !== "operation") continue;
    const http = view.traits[HTTP];
    if (!isNodeObject(http) || typeof http.uri !== "string") continue;
    const where = ctx.model.traitLocation(view.id, HTTP);
    if (!URI_CHARACTERS.test(http.uri)) {
      ctx.error(
        "HttpUriFormat",
        view.id,
        `the @http uri "${http.uri}" of \`${view.id}\` has characters a URI cannot hold`,
        where,
      );
      continue;
    }
    const labels = parseUriLabels(http.uri);
    if (typeof labels === "string") {
      ctx.error("Model", view.id, `invalid @http uri "${http.uri}" of \`${view.id}\`: ${labels}`, where);
      continue;
    }
    const greedy = labels.filter((l) => l.greedy);
    if (labels.slice(0, -1).some((l) => l.greedy)) {
      const text = `a greedy label must be the last label of the uri "${http.uri}" of \`${view.id}\``;
      ctx.danger("HttpUriGreedyLabel.GreedyLabelIsNotLastLabel", view.id, text, where);
    }
    if (greedy.length > 1) {
      const text = `the uri "${http.uri}" of \`${view.id}\` has ${greedy.length} greedy labels; at most one may be`;
      ctx.danger("HttpUriGreedyLabel.MultipleGreedyLabels", view.id, text, where);
    }
    const inputId = view.shape?.type === "operation" ? view.shape.input?.target : undefined;
    const members = inputId && inputId !== UNIT ? ctx.model.membersOf(inputId) : [];
    checkLabels(ctx, view, http.uri, labels, members, inputId);
  }
};

function checkLabels(
  ctx: CheckContext,
  op: ShapeView,
  uri: string,
  labels: Label[],
  members: ShapeView[],
  inputId: string | undefined,
): void {
  const byName = new Map(members.map((m) => [m.memberName!, m]));
  const where = ctx.model.traitLocation(op.id, HTTP);
  const unbound: string[] = [];
  for (const label of labels) {
    const member = byName.get(label.name);
    if (!member || member.traits[LABEL] === undefined) {
      unbound.push(label.name);
    } else if (label.greedy) {
      const target = member.target ? ctx.model.get(member.target) : undefined;
      if (target && target.type !== "string") {
        ctx.error(
          "HttpLabelTrait",
          member.id,
          `the greedy label {${label.name}+} must be bound to a string member, \`${member.id}\` targets ${article(target.type)}`,
        );
      }
    }
  }
  if (unbound.length > 0) {
    const input = inputId && inputId !== UNIT ? `input \`${inputId}\`` : "the operation's input (Unit)";
    ctx.error(
      "HttpLabelTrait",
      op.id,
      `the uri "${uri}" of \`${op.id}\` has labels that no @httpLabel member of ${input} fills: ${unbound.join(", ")}`,
      where,
    );
  }
  const names = new Set(labels.map((l) => l.name));
  for (const member of members) {
    if (member.traits[LABEL] === undefined) continue;
    const at = ctx.model.traitLocation(member.id, LABEL);
    if (!names.has(member.memberName!)) {
      ctx.error(
        "HttpLabelTrait",
        member.id,
        `member \`${member.id}\` has @httpLabel but the uri "${uri}" of \`${op.id}\` has no label {${member.memberName}}`,
        at,
      );
    }
  }
}
