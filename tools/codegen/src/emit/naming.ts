// Names of generated things that several emitters agree on.
import type { ModelView } from "../model-view.js";

/** `ListThings` -> `listThings`: the method name of an operation on a client. */
export function methodName(operation: string): string {
  const lead = /^[A-Z]+(?=[A-Z][a-z]|$)|^[A-Z]/.exec(operation)?.[0] ?? "";
  return lead.toLowerCase() + operation.slice(lead.length);
}

/** The service's name as SDKs know it: `aws.api#service` sdkId when there is one, else the shape name. */
export function sdkName(view: ModelView): string {
  const sdkId = (view.index.expect(view.serviceId).traits?.["aws.api#service"] as { sdkId?: string } | undefined)
    ?.sdkId;
  const name = sdkId ?? view.serviceId.split("#")[1]!;
  return name.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase());
}
