// The fake that the fuzz test and the fuzz benchmark aim at: a contact the requests know (declaring an extra kind,
// so that deep segments of it reach the control plane's checks), the demo played out, short timeouts, served on
// 127.0.0.1.
import { createFake, type RunningServer, serve } from "../../src/index.js";
import { KNOWN } from "./requests.js";

export async function serveFuzzTarget(): Promise<RunningServer> {
  const fake = createFake({ clock: { mode: "virtual", start: Date.UTC(2026, 0, 1) }, throttle: false });
  fake.contacts.createInstance(KNOWN.instanceId);
  fake.contacts.createContact({
    instanceId: KNOWN.instanceId,
    contactId: KNOWN.contactId,
    channel: "CHAT",
    extraSegmentTypes: ["Deep"],
  });
  fake.loadScenario({ builtIn: "demo" });
  fake.clock.advance(30_000);
  return serve(fake.handle, { headersTimeoutMs: 2_000, requestTimeoutMs: 4_000, keepAliveTimeoutMs: 1_000 });
}
