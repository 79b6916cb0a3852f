import { FakeControlClient } from "@rtca/client/fake-control";
import { afterEach, describe, expect, it } from "vitest";
import { serve } from "../../src/http/node-server.js";
import { createFake } from "../../src/index.js";
import { listPage } from "../support/connect.js";
import { json, toHttpRequest } from "../support/http.js";

const TOKEN = "control-s3cret";

function controlRequest(path: string, headers: Record<string, string>, method = "GET") {
  return toHttpRequest({ method, path, query: {}, headers, body: undefined });
}

describe("control token", () => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });

  it("refuses every /_fake/ request without the token with 401 and an AWS-style error, known route or not", async () => {
    const fake = createFake({ clock: { mode: "virtual", start: 0 }, throttle: false, controlToken: TOKEN });
    for (const [path, method] of [
      ["/_fake/clock", "GET"],
      ["/_fake/reset", "POST"],
      ["/_fake/requests", "GET"],
      ["/_fake/no-such-route", "GET"],
    ] as const) {
      for (const authorization of [
        undefined,
        `Bearer ${TOKEN}x`,
        `Bearer ${TOKEN.slice(1)}`,
        `Basic ${TOKEN}`,
        TOKEN,
      ]) {
        const response = await fake.handle(
          controlRequest(path, authorization === undefined ? {} : { authorization }, method),
        );
        expect(response.statusCode, `${method} ${path} ${authorization}`).toBe(401);
        expect(response.headers["x-amzn-errortype"]).toBe("ControlUnauthorizedException");
        expect(response.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
        expect(response.headers["www-authenticate"]).toMatch(/^Bearer /);
        expect(json(response)["Message"]).toMatch(/control token|Bearer/);
      }
    }
    const allowed = await fake.handle(controlRequest("/_fake/clock", { authorization: `bearer  ${TOKEN}` }));
    expect(allowed.statusCode).toBe(200);
    expect(fake.contacts.describe).toBeDefined();
  });

  it("leaves the Connect API to its own authentication", async () => {
    const fake = createFake({ clock: { mode: "virtual", start: 0 }, throttle: false, controlToken: TOKEN });
    fake.contacts.createInstance("inst-1");
    fake.contacts.createContact({ instanceId: "inst-1", contactId: "contact-1", channel: "CHAT" });
    const page = await listPage(fake.handle, {
      InstanceId: "inst-1",
      ContactId: "contact-1",
      OutputType: "Raw",
      SegmentTypes: [],
    });
    expect(page.Segments).toEqual([]);
  });

  it("lets the generated FakeControlClient in with the token in its config, over HTTP", async () => {
    const fake = createFake({ clock: { mode: "virtual", start: 0 }, throttle: false, controlToken: TOKEN });
    const server = await serve(fake.handle);
    stops.push(() => server.close());
    const client = new FakeControlClient({ endpoint: server.url, token: TOKEN, maxAttempts: 1 });
    const stranger = new FakeControlClient({ endpoint: server.url, maxAttempts: 1 });
    stops.push(async () => {
      client.destroy();
      stranger.destroy();
    });
    expect((await client.createInstance({ InstanceId: "inst-1" })).InstanceId).toBe("inst-1");
    await expect(stranger.reset()).rejects.toMatchObject({
      name: "ControlUnauthorizedException",
      $metadata: { httpStatusCode: 401 },
    });
    expect(fake.store.hasInstance("inst-1")).toBe(true);
  });

  it("refuses a token that cannot travel in a header", () => {
    for (const controlToken of ["", "two words", "line\nbreak", "é"]) {
      expect(() => createFake({ controlToken }), JSON.stringify(controlToken)).toThrow(RangeError);
    }
  });
});
