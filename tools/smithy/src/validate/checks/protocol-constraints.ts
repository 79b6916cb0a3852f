// What a trait, often a protocol, asks of the shapes it is applied to. `@traitValidators` on a trait definition
// maps event ids to selectors evaluated from each shape the trait is applied to; every shape selected is reported
// under that id (ERROR unless the validator says otherwise). A protocol whose definition sets
// `noInlineDocumentSupport` refuses services that have document shapes in their closure
// ("NoInlineDocumentSupport").
import type { Severity } from "../../errors.js";
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";

const TRAIT_VALIDATORS = "smithy.api#traitValidators";
const PROTOCOL_DEFINITION = "smithy.api#protocolDefinition";
const SEVERITIES = new Set(["NOTE", "WARNING", "DANGER", "ERROR"]);

export const checkProtocolConstraints: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    for (const traitId of Object.keys(view.traits)) {
      const traitShape = ctx.model.get(traitId);
      const validators = traitShape?.traits[TRAIT_VALIDATORS];
      if (isNodeObject(validators)) runTraitValidators(ctx, view.id, traitId, validators);
      const protocol = traitShape?.traits[PROTOCOL_DEFINITION];
      if (view.type === "service" && isNodeObject(protocol) && protocol.noInlineDocumentSupport === true) {
        checkNoDocuments(ctx, view.id, traitId);
      }
    }
  }
};

function runTraitValidators(
  ctx: CheckContext,
  shapeId: string,
  traitId: string,
  validators: Record<string, unknown>,
): void {
  for (const [eventId, validator] of Object.entries(validators)) {
    if (!isNodeObject(validator as never)) continue;
    const { selector, message, severity } = validator as Record<string, unknown>;
    if (typeof selector !== "string") continue;
    const selected = ctx.selectors.selectFrom(selector, [shapeId]);
    if (selected === null) continue; // a selector this toolchain does not evaluate
    const grade = (typeof severity === "string" && SEVERITIES.has(severity) ? severity : "ERROR") as Severity;
    const why = typeof message === "string" ? `: ${message}` : "";
    for (const id of [...selected].sort()) {
      ctx.report(grade, eventId, id, `\`${id}\` does not meet a constraint of \`${traitId}\` on \`${shapeId}\`${why}`);
    }
  }
}

function checkNoDocuments(ctx: CheckContext, serviceId: string, protocol: string): void {
  const documents = [...ctx.model.index.closure([serviceId])]
    .filter((id) => ctx.model.get(id)?.type === "document")
    .sort();
  if (documents.length === 0) return;
  ctx.error(
    "NoInlineDocumentSupport",
    serviceId,
    `the protocol \`${protocol}\` of \`${serviceId}\` does not support documents, but its closure holds ${documents.map((d) => `\`${d}\``).join(", ")}`,
  );
}
