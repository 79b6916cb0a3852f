// Per-instance authorization: keys with grants read only their instances; keys without read everything; grants
// come from the options and from scenarios, and a reset forgets the scenarios' ones.
import { describe, expect, it } from "vitest";
import { sendList } from "../support/connect.js";
import { controlClient } from "../support/control.js";
import { seedContact, testFake } from "../support/fake.js";
import { authorizationFor, json } from "../support/http.js";

const input = (instanceId: string) =>
  ({ InstanceId: instanceId, ContactId: "contact-1", OutputType: "Raw", SegmentTypes: [] }) as const;

async function statusFor(send: Parameters<typeof sendList>[0], accessKeyId: string, instanceId: string) {
  const response = await sendList(send, input(instanceId), { authorization: authorizationFor(accessKeyId) });
  return { status: response.statusCode, type: response.headers["x-amzn-errortype"], body: json(response) };
}

describe("grants", () => {
  it("lets a key with grants read only its instances, and a key without read all", async () => {
    const { control, send } = testFake({ auth: { grants: { AKIDTEAMA: ["inst-a", "inst-shared"] } } });
    for (const instanceId of ["inst-a", "inst-b", "inst-shared"]) await seedContact(control, [], { instanceId });

    expect((await statusFor(send, "AKIDTEAMA", "inst-a")).status).toBe(200);
    expect((await statusFor(send, "AKIDTEAMA", "inst-shared")).status).toBe(200);
    const denied = await statusFor(send, "AKIDTEAMA", "inst-b");
    expect(denied).toMatchObject({ status: 403, type: "AccessDeniedException" });
    expect(denied.body["Message"]).toBe(
      "User: arn:aws:iam::000000000000:user/AKIDTEAMA is not authorized to perform: " +
        "connect:ListRealtimeContactAnalysisSegmentsV2 on resource: " +
        "arn:aws:connect:us-east-1:000000000000:instance/inst-b/contact/contact-1 because no identity-based " +
        "policy allows the connect:ListRealtimeContactAnalysisSegmentsV2 action",
    );
    // Denied whether or not the instance exists: a stranger learns nothing about what is there.
    expect((await statusFor(send, "AKIDTEAMA", "inst-none")).type).toBe("AccessDeniedException");
    for (const instanceId of ["inst-a", "inst-b"])
      expect((await statusFor(send, "AKIDOTHER", instanceId)).status).toBe(200);
  });

  it("takes grants from a scenario, and forgets them on reset while keeping the configured ones", async () => {
    const { fake, send } = testFake({ auth: { grants: { AKIDFIXED: ["inst-s"] } } });
    const scenario = {
      grants: { AKIDSCEN: ["inst-s"] },
      contacts: [{ instanceId: "inst-s", contactId: "contact-1", timeline: [{ at: 0, event: { type: "x" } }] }],
    };
    fake.loadScenario({ document: scenario });
    await seedContact(controlClient(fake.handle), [], { instanceId: "inst-t" });
    expect((await statusFor(send, "AKIDSCEN", "inst-s")).status).toBe(200);
    expect((await statusFor(send, "AKIDSCEN", "inst-t")).type).toBe("AccessDeniedException");
    expect((await statusFor(send, "AKIDFIXED", "inst-t")).type).toBe("AccessDeniedException");

    fake.reset();
    const { grants: _dropped, ...withoutGrants } = scenario;
    fake.loadScenario({ document: withoutGrants });
    await seedContact(controlClient(fake.handle), [], { instanceId: "inst-t" });
    expect((await statusFor(send, "AKIDSCEN", "inst-t")).status).toBe(200);
    expect((await statusFor(send, "AKIDFIXED", "inst-t")).type).toBe("AccessDeniedException");
  });

  it("refuses malformed grants in a scenario, naming the place", () => {
    const { fake } = testFake();
    const contacts = [{ timeline: [{ at: 0, event: { type: "x" } }] }];
    expect(() => fake.loadScenario({ document: { grants: { AKID: [] }, contacts } })).toThrow(
      /grants\.AKID: grant at least one instance id/,
    );
    expect(() => fake.loadScenario({ document: { grants: { AKID: [5] }, contacts } })).toThrow(
      /grants\.AKID\[0\]: expected a string/,
    );
  });
});
