// What a service must be for the generators to serve it: restJson1; and which operations have event streams, for a
// target that asks to leave those out.
import type { Shape } from "@rtca/smithy";
import type { ModelView } from "./model-view.js";

export const SUPPORTED_PROTOCOLS = ["aws.protocols#restJson1"] as const;

export class UnsupportedServiceError extends Error {
  override readonly name = "UnsupportedServiceError";
}

/** The protocol traits on a service: traits whose definition is marked `@protocolDefinition`. */
function protocolsOf(view: ModelView, service: Shape): string[] {
  return Object.keys(service.traits ?? {}).filter((trait) => {
    const definition = view.index.get(trait);
    return definition !== undefined && "smithy.api#protocolDefinition" in (definition.traits ?? {});
  });
}

/** Refuses a service that does not speak restJson1, naming what it speaks and what is supported. */
export function checkProtocol(view: ModelView): void {
  const service = view.index.expect(view.serviceId);
  const protocols = protocolsOf(view, service);
  if (SUPPORTED_PROTOCOLS.some((p) => protocols.includes(p) || p in (service.traits ?? {}))) return;
  const spoken = protocols.length > 0 ? `speaks ${protocols.join(", ")}` : "declares no protocol";
  throw new UnsupportedServiceError(
    `${view.serviceId} ${spoken}; the generators support ${SUPPORTED_PROTOCOLS.join(", ")} only`,
  );
}

/** Whether a structure (an operation's input or output) has a member that is an event stream. */
export function hasEventStream(view: ModelView, structure: string | undefined): boolean {
  if (!structure) return false;
  return view.index.members(structure).some((m) => {
    const target = view.index.expect(m.target);
    return target.type === "union" && "smithy.api#streaming" in (target.traits ?? {});
  });
}
