// The generated contact centre through the control plane, over real HTTP.
import { afterEach, describe, expect, it } from "vitest";
import { serve } from "../../src/http/node-server.js";
import { createFake } from "../../src/index.js";
import { generateCentre } from "../../src/scenario/generate/centre.js";
import { START } from "../support/fake.js";
import { authorizationFor } from "../support/http.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function served() {
  const fake = createFake({ clock: { mode: "virtual", start: START }, throttle: false });
  const server = await serve(fake.handle);
  close = () => server.close();
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: response.status, type: response.headers.get("x-amzn-errortype"), body: await response.json() };
  };
  return { fake, url: server.url, post };
}

interface Loaded {
  InstanceId: string;
  ContactId: string;
  DurationMs: number;
  StartMs: number;
}

describe("LoadScenario with Generate", () => {
  it("loads the centre the options give, the same one as the command line's, and plays it on the virtual clock", async () => {
    const { url, post } = await served();
    const answer = await post("/_fake/scenarios", { Generate: { Contacts: 6, DurationSeconds: 300, Seed: 77 } });
    expect(answer.status).toBe(200);
    const loaded = (answer.body as { Contacts: Loaded[] }).Contacts;
    const document = generateCentre({ contacts: 6, durationSeconds: 300, seed: 77 });
    const expected = (document["contacts"] as { contactId: string }[]).map((c) => c.contactId);
    expect(loaded.map((c) => c.ContactId)).toEqual(expected);
    for (const c of loaded) {
      expect(c.StartMs).toBeGreaterThanOrEqual(0);
      expect(c.DurationMs).toBeGreaterThan(c.StartMs);
      expect(c.DurationMs).toBeLessThanOrEqual(300_000);
    }
    // Loading the same centre again collides with its own contacts.
    const again = await post("/_fake/scenarios", { Generate: { Contacts: 6, DurationSeconds: 300, Seed: 77 } });
    expect(again).toMatchObject({ status: 409, type: "ControlConflictException" });

    expect((await fetch(`${url}/_fake/clock/advance?ms=300000`, { method: "POST" })).status).toBe(200);
    for (const c of loaded) {
      const response = await fetch(
        `${url}/contact/list-real-time-analysis-segments-v2/${c.InstanceId}/${c.ContactId}`,
        {
          method: "POST",
          headers: { "content-type": "application/json", authorization: authorizationFor() },
          body: JSON.stringify({ OutputType: "Raw", SegmentTypes: ["Transcript", "PostContactSummary"] }),
        },
      );
      const page = (await response.json()) as { Status: string; Segments: Record<string, unknown>[] };
      expect(page.Status).toBe("COMPLETED");
      expect(page.Segments.at(-1)).toHaveProperty("PostContactSummary");
    }
  });

  it("takes the default of each member left out", async () => {
    const { post } = await served();
    const answer = await post("/_fake/scenarios", { Generate: { Seed: 2 } });
    expect(answer.status).toBe(200);
    expect((answer.body as { Contacts: Loaded[] }).Contacts).toHaveLength(50);
  });

  it("refuses a value out of bounds, naming the member, and more than one source", async () => {
    const { post } = await served();
    for (const [generate, words] of [
      [{ Contacts: 1001 }, "Generate.Contacts must be a whole number from 1 to 1000, got 1001"],
      [{ DurationSeconds: 86_401 }, "Generate.DurationSeconds must be a whole number from 10 to 86400, got 86401"],
      [{ Seed: -1 }, "Generate.Seed must be a whole number from 0 to 4294967295, got -1"],
    ] as const) {
      const answer = await post("/_fake/scenarios", { Generate: generate });
      expect(answer).toMatchObject({ status: 400, type: "ControlValidationException" });
      expect((answer.body as { Message: string }).Message).toBe(words);
    }
    const typo = await post("/_fake/scenarios", { Generate: { Contacts: "ten" } });
    expect(typo).toMatchObject({ status: 400 });
    const both = await post("/_fake/scenarios", { BuiltIn: "demo", Generate: {} });
    expect(both).toMatchObject({ status: 400, type: "ControlValidationException" });
    expect((both.body as { Message: string }).Message).toContain("Give one of Scenario");
  });
});
