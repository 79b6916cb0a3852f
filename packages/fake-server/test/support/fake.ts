// A fake on a virtual clock, with a typed control-plane caller, for behaviour tests.
import { createFake, type FakeOptions } from "../../src/index.js";
import { controlClient } from "./control.js";

export const START = Date.UTC(2026, 0, 1, 10, 0, 0);

export function testFake(options: FakeOptions = {}) {
  const fake = createFake({
    clock: { mode: "virtual", start: START },
    throttle: false,
    tokenSecret: "test-secret",
    ...options,
  });
  return { fake, control: controlClient(fake.handle), send: fake.handle };
}

/** Creates an instance and a CHAT contact, with the given segments arriving at once (or after their delays). */
export async function seedContact(
  control: ReturnType<typeof controlClient>,
  segments: readonly (Record<string, unknown> | { segment: Record<string, unknown>; delayMs: number })[] = [],
  contact: Partial<{
    instanceId: string;
    contactId: string;
    channel: string;
    status: string;
    redactionPolicy: string;
    extra: string[];
  }> = {},
) {
  const instanceId = contact.instanceId ?? "inst-1";
  const contactId = contact.contactId ?? "contact-1";
  await control("CreateInstance", { InstanceId: instanceId }).catch((error: { type?: string }) => {
    if (error.type !== "ControlConflictException") throw error;
  });
  await control("CreateContact", {
    InstanceId: instanceId,
    ContactId: contactId,
    Channel: contact.channel ?? "CHAT",
    Status: contact.status ?? "IN_PROGRESS",
    RedactionPolicy: contact.redactionPolicy ?? "RAW_AND_REDACTED",
    ...(contact.extra === undefined ? {} : { ExtraSegmentTypes: contact.extra }),
  });
  if (segments.length > 0) {
    await control("AppendSegments", {
      InstanceId: instanceId,
      ContactId: contactId,
      Segments: segments.map((s) =>
        "segment" in s && "delayMs" in s
          ? { Segment: s.segment as never, DelayMs: s.delayMs as number }
          : { Segment: s as never, DelayMs: 0 },
      ),
    });
  }
  return { instanceId, contactId };
}
