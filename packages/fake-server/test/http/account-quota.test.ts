// The quota over real HTTP: it counts per account and Region, every key of an account draws on one bucket, and the
// request log says which account each request counted against.
import { afterEach, describe, expect, it } from "vitest";
import { createFake, type FakeOptions, type RunningServer, serve } from "../../src/index.js";
import { sendList } from "../support/connect.js";
import { controlClient } from "../support/control.js";
import { START, seedContact } from "../support/fake.js";
import { fetchSender, json } from "../support/http.js";

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function served(options: FakeOptions) {
  const fake = createFake({ clock: { mode: "virtual", start: START }, tokenSecret: "test-secret", ...options });
  const server = await serve(fake.handle);
  servers.push(server);
  const send = fetchSender(server.url);
  const control = controlClient(send);
  await seedContact(control, []);
  return { fake, send, control };
}

const list = { InstanceId: "inst-1", ContactId: "contact-1", OutputType: "Raw", SegmentTypes: [] } as const;

const signedBy = (accessKeyId: string, region = "us-east-1") => ({
  authorization: `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20260101/${region}/connect/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`,
});

async function statuses(send: ReturnType<typeof fetchSender>, keys: readonly string[], region?: string) {
  const out: number[] = [];
  for (const key of keys) out.push((await sendList(send, list, signedBy(key, region))).statusCode);
  return out;
}

describe("the quota per account, over HTTP", () => {
  it("makes every key of an account share one bucket, and keeps accounts apart", async () => {
    const { fake, send } = await served({
      throttle: { ratePerSecond: 2, burst: 5 },
      accounts: { "111122223333": ["AKIDA1", "AKIDA2"], "444455556666": ["AKIDB"] },
    });
    expect(await statuses(send, ["AKIDA1", "AKIDA2", "AKIDA1", "AKIDA2", "AKIDA1", "AKIDA2"])).toEqual([
      200, 200, 200, 200, 200, 429,
    ]);
    const throttled = await sendList(send, list, signedBy("AKIDA1"));
    expect(throttled.statusCode).toBe(429);
    expect(throttled.headers["x-amzn-errortype"]).toBe("ThrottlingException");
    expect(json(throttled)).toEqual({ Message: "Rate exceeded" });
    // Another account, and the same account in another Region, have quotas of their own.
    expect(await statuses(send, ["AKIDB"])).toEqual([200]);
    expect(await statuses(send, ["AKIDA2"], "eu-west-2")).toEqual([200]);
    // Keys nobody assigned share the default account's quota.
    expect(await statuses(send, ["AKIDX", "AKIDY", "AKIDX", "AKIDY", "AKIDX", "AKIDY"])).toEqual([
      200, 200, 200, 200, 200, 429,
    ]);
    fake.clock.advance(500);
    expect(await statuses(send, ["AKIDA2", "AKIDA1"])).toEqual([200, 429]);
  });

  it("applies the configured rate and burst", async () => {
    const { fake, send } = await served({ throttle: { ratePerSecond: 10, burst: 2 } });
    expect(await statuses(send, ["K", "K", "K"])).toEqual([200, 200, 429]);
    fake.clock.advance(100);
    expect(await statuses(send, ["K", "K"])).toEqual([200, 429]);
  });

  it("records which account each request counted against", async () => {
    const { control, send } = await served({
      throttle: { ratePerSecond: 1, burst: 1 },
      accounts: { "111122223333": ["AKIDA"] },
    });
    await statuses(send, ["AKIDA", "AKIDA", "AKIDZ"]);
    // Not authenticated: counted against no account.
    await sendList(send, list, { authorization: "Bearer nothing" });
    const { Requests } = await control("ListReceivedRequests", {});
    expect(Requests.map((r) => [r.StatusCode, r.Account])).toEqual([
      [200, "111122223333"],
      [429, "111122223333"],
      [200, "000000000000"],
      [403, undefined],
    ]);
  });

  it("takes accounts from a scenario, refuses a key moved to another account, and forgets them on reset", async () => {
    const { fake, send } = await served({
      throttle: { ratePerSecond: 1, burst: 1 },
      accounts: { "111122223333": ["AKIDFIXED"] },
    });
    const contacts = [{ instanceId: "inst-s", contactId: "c-s", timeline: [{ at: 0, event: { type: "x" } }] }];
    fake.loadScenario({ document: { accounts: { "444455556666": ["AKIDS1", "AKIDS2"] }, contacts } });
    expect(await statuses(send, ["AKIDS1", "AKIDS2", "AKIDFIXED"])).toEqual([200, 429, 200]);
    expect(() => fake.loadScenario({ document: { accounts: { "444455556666": ["AKIDFIXED"] }, contacts } })).toThrow(
      /accounts: access key AKIDFIXED cannot belong to both 111122223333 and 444455556666/,
    );
    expect(() => fake.loadScenario({ document: { accounts: { "12": ["K"] }, contacts } })).toThrow(/accounts/);
    fake.reset();
    await seedContact(controlClient(send), []);
    // AKIDS1 and AKIDS2 are back in the default account, which they share.
    expect(await statuses(send, ["AKIDS1", "AKIDS2"])).toEqual([200, 429]);
  });
});
