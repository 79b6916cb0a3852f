// Every JSON body either API reads is bounded in depth, number of values and size before it is parsed: a body
// past a bound answers 400 SerializationException naming it, and nothing of it is stored.

import { HttpRequest } from "@smithy/protocol-http";
import { describe, expect, it } from "vitest";
import { listPage } from "../support/connect.js";
import { seedContact, testFake } from "../support/fake.js";
import { authorizationFor, json } from "../support/http.js";

const LIST_PATH = "/contact/list-real-time-analysis-segments-v2/inst-1/contact-1";
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

function post(path: string, body: string, connect = true) {
  return new HttpRequest({
    method: "POST",
    protocol: "http:",
    hostname: "localhost",
    path,
    headers: {
      host: "localhost",
      "content-type": "application/json",
      ...(connect ? { authorization: authorizationFor() } : {}),
    },
    body,
  });
}

describe("limits on decoded bodies", () => {
  it("refuses a segment of a declared extra kind nested thousands of levels deep, and the contact stays readable", async () => {
    const { control, send } = testFake();
    await seedContact(control, [], { extra: ["Deep"] });
    const body = JSON.stringify({ Segments: [{ Segment: { Deep: "PLACEHOLDER" } }] }).replace(
      '"PLACEHOLDER"',
      nested(5000),
    );
    const response = await send(post("/_fake/instances/inst-1/contacts/contact-1/segments", body, false));
    expect(response.statusCode).toBe(400);
    expect(response.headers["x-amzn-errortype"]).toBe("SerializationException");
    expect(json(response)["Message"]).toBe("the body nests deeper than 100 levels");
    const page = await listPage(send, {
      InstanceId: "inst-1",
      ContactId: "contact-1",
      OutputType: "Raw",
      SegmentTypes: ["Deep"],
    });
    expect(page.Segments).toEqual([]);
  });

  it("refuses a deep or absurdly wide request to the Connect API", async () => {
    const { control, send } = testFake();
    await seedContact(control);
    const deep = await send(
      post(LIST_PATH, `{"OutputType":"Raw","SegmentTypes":${"[".repeat(3000)}${"]".repeat(3000)}}`),
    );
    expect([deep.statusCode, deep.headers["x-amzn-errortype"]]).toEqual([400, "SerializationException"]);
    expect(json(deep)["message"]).toBe("the body nests deeper than 100 levels");
    const wide = await send(post(LIST_PATH, `{"OutputType":"Raw","SegmentTypes":[${"0,".repeat(200_000)}0]}`));
    expect([wide.statusCode, wide.headers["x-amzn-errortype"]]).toEqual([400, "SerializationException"]);
    expect(json(wide)["message"]).toBe("the body holds more than 100000 values");
  });

  it("takes its limits as options, for both APIs", async () => {
    const { control, send } = testFake({ jsonLimits: { maxBytes: 200, maxDepth: 4 } });
    await seedContact(control);
    const big = await send(
      post(LIST_PATH, JSON.stringify({ OutputType: "Raw", SegmentTypes: [], NextToken: "x".repeat(300) })),
    );
    expect(json(big)["message"]).toBe("the body is larger than 200 bytes");
    const deep = await send(
      post("/_fake/scenarios", JSON.stringify({ Scenario: { a: { b: { c: { d: 1 } } } } }), false),
    );
    expect([deep.statusCode, json(deep)["message"]]).toEqual([400, "the body nests deeper than 4 levels"]);
  });
});
