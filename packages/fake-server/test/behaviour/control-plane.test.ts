import { describe, expect, it } from "vitest";
import { listError, listPage, sendList } from "../support/connect.js";
import { ControlCallError } from "../support/control.js";
import { START, seedContact, testFake } from "../support/fake.js";
import { json, toHttpRequest } from "../support/http.js";
import { event, transcript } from "../support/segments.js";

const ids = { InstanceId: "inst-1", ContactId: "contact-1" };
const list = { ...ids, OutputType: "Raw", SegmentTypes: [] as string[] };

async function failure(promise: Promise<unknown>): Promise<ControlCallError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ControlCallError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("control plane", () => {
  describe("instances and contacts", () => {
    it("creates instances with a given or made-up id, and refuses a duplicate", async () => {
      const { control } = testFake();
      expect(await control("CreateInstance", { InstanceId: "inst-1" })).toEqual({ InstanceId: "inst-1" });
      expect((await control("CreateInstance", {})).InstanceId).toMatch(/^[0-9a-f-]{36}$/);
      const error = await failure(control("CreateInstance", { InstanceId: "inst-1" }));
      expect(error).toMatchObject({ status: 409, type: "ControlConflictException" });
    });

    it("deletes an instance with its contacts", async () => {
      const { control, send } = testFake();
      await seedContact(control, [transcript("t1", "a")]);
      await control("DeleteInstance", { InstanceId: "inst-1" });
      expect(await listError(send, list)).toMatchObject({ type: "ResourceNotFoundException" });
      expect(await failure(control("DeleteInstance", { InstanceId: "inst-1" }))).toMatchObject({
        status: 404,
        type: "ControlNotFoundException",
      });
    });

    it("creates contacts only in existing instances, once", async () => {
      const { control } = testFake();
      const missing = await failure(
        control("CreateContact", {
          InstanceId: "nope",
          Channel: "CHAT",
          Status: "IN_PROGRESS",
          RedactionPolicy: "NONE",
        }),
      );
      expect(missing).toMatchObject({ status: 404, type: "ControlNotFoundException" });
      await seedContact(control);
      const again = await failure(seedContact(control));
      expect(again).toMatchObject({ status: 409, type: "ControlConflictException" });
      const made = await control("CreateContact", {
        InstanceId: "inst-1",
        Channel: "CHAT",
        Status: "IN_PROGRESS",
        RedactionPolicy: "NONE",
      });
      expect(made.ContactId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it("checks its input against the model", async () => {
      const { control } = testFake();
      await control("CreateInstance", { InstanceId: "inst-1" });
      const error = await failure(
        control("CreateContact", {
          InstanceId: "inst-1",
          Channel: "EMAIL",
          Status: "IN_PROGRESS",
          RedactionPolicy: "NONE",
        }),
      );
      expect(error).toMatchObject({ status: 400, type: "ControlValidationException" });
      expect(error.message).toContain("Value at 'Channel'");
      const modelled = await failure(
        control("CreateContact", {
          InstanceId: "inst-1",
          Channel: "CHAT",
          Status: "IN_PROGRESS",
          RedactionPolicy: "NONE",
          ExtraSegmentTypes: ["Transcript"],
        }),
      );
      expect(modelled.message).toMatch(/which the model knows already/);
    });

    it("describes a contact: status, policy, arrived and pending segments", async () => {
      const { fake, control } = testFake();
      await seedContact(control, [transcript("t1", "a"), { segment: transcript("t2", "b"), delayMs: 100 }], {
        redactionPolicy: "REDACTED_ONLY",
      });
      expect(await control("DescribeContact", ids)).toEqual({
        Channel: "CHAT",
        Status: "IN_PROGRESS",
        RedactionPolicy: "REDACTED_ONLY",
        ArrivedSegments: 1,
        PendingSegments: 1,
      });
      fake.clock.advance(100);
      expect(await control("DescribeContact", ids)).toMatchObject({ ArrivedSegments: 2, PendingSegments: 0 });
      await control("SetContactStatus", { ...ids, Status: "FAILED" });
      expect(await control("DescribeContact", ids)).toMatchObject({ Status: "FAILED" });
      await control("DeleteContact", ids);
      expect(await failure(control("DescribeContact", ids))).toMatchObject({ type: "ControlNotFoundException" });
    });
  });

  describe("AppendSegments", () => {
    it.each([
      [
        "an undeclared kind",
        { PostContactSummary: {} },
        "Segments[0].Segment: PostContactSummary is not a segment type the model knows",
      ],
      ["two members", { ...transcript("t1", "a"), ...event("e1") }, "exactly one member set, found Transcript, Event"],
      ["no member", {}, "exactly one member set, found none"],
      [
        "a wrong type inside",
        { Transcript: { ...(transcript("t1", "a").Transcript as object), Content: 5 } },
        "Segments[0].Segment.Transcript.Content: expected a string",
      ],
      [
        "a broken constraint",
        { Transcript: { ...(transcript("t1", "a").Transcript as object), Content: "" } },
        "Transcript.Content: failed to satisfy constraint: Member must have length greater than or equal to 1",
      ],
      [
        "personal data outside the text",
        transcript("t1", "abc", [[1, 9]]),
        "Transcript.Redaction.CharacterOffsets: span 1..9 is outside the text",
      ],
      [
        "overlapping personal data",
        transcript("t1", "abcdef", [
          [0, 3],
          [2, 4],
        ]),
        "overlaps",
      ],
    ])("refuses %s, naming where it is, and stores nothing", async (_name, segment, message) => {
      const { control } = testFake();
      await seedContact(control);
      const error = await failure(
        control("AppendSegments", {
          ...ids,
          Segments: [
            { Segment: segment as never, DelayMs: 0 },
            { Segment: transcript("ok", "ok") as never, DelayMs: 0 },
          ],
        }),
      );
      expect(error).toMatchObject({ status: 400, type: "ControlValidationException" });
      expect(error.message).toContain(message);
      expect(await control("DescribeContact", ids)).toMatchObject({ ArrivedSegments: 0, PendingSegments: 0 });
    });

    it("counts what the contact holds", async () => {
      const { control } = testFake();
      await seedContact(control, [transcript("t1", "a")]);
      const out = await control("AppendSegments", {
        ...ids,
        Segments: [{ Segment: event("e1") as never, DelayMs: 5 }],
      });
      expect(out).toEqual({ SegmentCount: 2 });
    });
  });

  describe("scenarios", () => {
    it("loads the built-in demo, playing on the fake's clock", async () => {
      const { fake, control, send } = testFake();
      const out = await control("LoadScenario", { BuiltIn: "demo" });
      expect(out.Contacts).toHaveLength(1);
      const contact = out.Contacts[0]!;
      expect(contact.DurationMs).toBeGreaterThanOrEqual(15_000);
      expect(contact.DurationMs).toBeLessThanOrEqual(25_000);
      const request = {
        InstanceId: contact.InstanceId,
        ContactId: contact.ContactId,
        OutputType: "Raw",
        SegmentTypes: [],
      };
      expect((await listPage(send, request)).Segments).toHaveLength(1);
      fake.clock.advance(contact.DurationMs);
      const all = await listPage(send, request);
      expect(all.Status).toBe("COMPLETED");
      expect(all.NextToken).toBeUndefined();
      expect(all.Segments.length).toBeGreaterThan(10);
    });

    it("refuses a second load of the same contacts, and bad requests", async () => {
      const { control } = testFake();
      await control("LoadScenario", { BuiltIn: "demo" });
      expect(await failure(control("LoadScenario", { BuiltIn: "demo" }))).toMatchObject({
        type: "ControlConflictException",
      });
      expect(await failure(control("LoadScenario", {}))).toMatchObject({ type: "ControlValidationException" });
      expect(await failure(control("LoadScenario", { BuiltIn: "demo", Scenario: {} }))).toMatchObject({
        type: "ControlValidationException",
      });
      const unknown = await failure(control("LoadScenario", { BuiltIn: "nope" }));
      expect(unknown.message).toMatch(/built-in: demo/);
    });

    it("names where a scenario document is wrong, and loads nothing of it", async () => {
      const { control, fake } = testFake();
      const scenario = {
        contacts: [
          { instanceId: "i", contactId: "ok", timeline: [{ at: 0, event: { type: "x" } }] },
          {
            instanceId: "i",
            contactId: "bad",
            participants: {},
            timeline: [{ at: 0, message: { participant: "ghost", text: "hi" } }],
          },
        ],
      };
      const error = await failure(control("LoadScenario", { Scenario: scenario as never }));
      expect(error.type).toBe("ControlValidationException");
      expect(error.message).toContain("contacts[1].timeline[0].message.participant: unknown participant ghost");
      expect(fake.store.contacts()).toEqual([]);
    });
  });

  describe("the clock", () => {
    it("reads and advances a virtual clock", async () => {
      const { control } = testFake();
      expect(await control("GetClock", {})).toEqual({ Mode: "virtual", Now: new Date(START), Speed: 1 });
      expect(await control("AdvanceClock", { Milliseconds: 1500 })).toEqual({ Now: new Date(START + 1500) });
    });

    it("refuses to advance a real clock", async () => {
      const { control } = testFake({ clock: { mode: "real", speed: 3 } });
      expect((await control("GetClock", {})).Speed).toBe(3);
      expect(await failure(control("AdvanceClock", { Milliseconds: 1 }))).toMatchObject({
        status: 409,
        type: "ControlConflictException",
      });
    });
  });

  describe("faults", () => {
    it.each([
      ["ThrottlingException", 429],
      ["InternalServiceException", 500],
      ["AccessDeniedException", 403],
    ])("makes the next Connect request fail with %s, then answers normally", async (type, status) => {
      const { control, send } = testFake();
      await seedContact(control, [transcript("t1", "a")]);
      await control("InjectFault", { ErrorType: type, Count: 1 });
      expect(await listError(send, list)).toMatchObject({ status, type });
      expect((await listPage(send, list)).Segments).toHaveLength(1);
    });

    it("fails as many requests as asked, sends Retry-After, and can aim at one contact", async () => {
      const { control, send } = testFake();
      await seedContact(control, []);
      await seedContact(control, [], { contactId: "contact-2" });
      await control("InjectFault", { ErrorType: "503", Count: 2, RetryAfterSeconds: 7, ContactId: "contact-2" });
      expect((await sendList(send, list)).statusCode).toBe(200);
      const other = { ...list, ContactId: "contact-2" };
      const first = await sendList(send, other);
      expect(first.statusCode).toBe(503);
      expect(first.headers["retry-after"]).toBe("7");
      expect((await sendList(send, other)).statusCode).toBe(503);
      expect((await sendList(send, other)).statusCode).toBe(200);
    });

    it("refuses a fault it cannot inject", async () => {
      const { control } = testFake();
      expect(await failure(control("InjectFault", { ErrorType: "TeapotException", Count: 1 }))).toMatchObject({
        type: "ControlValidationException",
      });
    });
  });

  describe("the request log and reset", () => {
    it("lists the Connect requests received, filtered and limited, oldest first", async () => {
      const { control, send } = testFake();
      await seedContact(control, []);
      await listPage(send, { ...list, MaxResults: 1 });
      await listError(send, { ...list, ContactId: "contact-9" });
      await listPage(send, { ...list, MaxResults: 2 });
      const all = await control("ListReceivedRequests", {});
      expect(all.Requests.map((r) => r.StatusCode)).toEqual([200, 404, 200]);
      expect(all.Requests[1]).toMatchObject({
        Method: "POST",
        ErrorType: "ResourceNotFoundException",
        ReceivedAt: new Date(START),
      });
      expect(JSON.parse(all.Requests[0]!.Body!)).toMatchObject({ MaxResults: 1 });
      expect(all.Requests[0]!.Headers["authorization"]).toMatch(/^AWS4-HMAC-SHA256/);
      const forContact = await control("ListReceivedRequests", { ContactId: "contact-1", Limit: 1 });
      expect(forContact.Requests).toHaveLength(1);
      expect(JSON.parse(forContact.Requests[0]!.Body!)).toMatchObject({ MaxResults: 2 });
    });

    it("reads a large log a page at a time, every request once, each page small", async () => {
      const { fake, send } = testFake({ requestLogSize: 20_000 });
      const body = JSON.stringify({ OutputType: "Raw", SegmentTypes: ["Transcript"], MaxResults: 10 });
      for (let n = 0; n < 20_000; n++) {
        fake.requestLog.record(
          {
            request: { method: "POST", path: `/r/${n}`, query: {}, headers: { authorization: "x" }, body },
            response: { statusCode: 200, headers: {}, body: undefined },
            requestId: `${n}`,
            labels: { ContactId: n % 2 === 0 ? "even" : "odd" },
          },
          n,
        );
      }
      const read = async (query: Record<string, string>) => {
        const paths: string[] = [];
        let largest = 0;
        let token: string | undefined;
        do {
          const response = await send(
            toHttpRequest({
              method: "GET",
              path: "/_fake/requests",
              query: token === undefined ? query : { ...query, nextToken: token },
              headers: {},
              body: undefined,
            }),
          );
          expect(response.statusCode).toBe(200);
          const page = json(response) as { Requests: { Path: string }[]; NextToken?: string };
          largest = Math.max(largest, String(response.body).length);
          paths.push(...page.Requests.map((r) => r.Path));
          token = page.NextToken;
        } while (token !== undefined);
        return { paths, largest };
      };
      const all = await read({});
      expect(all.paths).toEqual(Array.from({ length: 20_000 }, (_, n) => `/r/${n}`));
      expect(all.largest).toBeLessThan(100 * 1024);
      const odd = await read({ contactId: "odd", maxResults: "1000" });
      expect(odd.paths).toEqual(Array.from({ length: 10_000 }, (_, n) => `/r/${2 * n + 1}`));
      expect(odd.largest).toBeLessThan(1024 * 1024);
    });

    it("refuses a request-log token that is not one, or was given for another contact", async () => {
      const { control, send } = testFake();
      await seedContact(control, []);
      for (let i = 0; i < 3; i++) await listPage(send, list);
      const first = await control("ListReceivedRequests", { ContactId: "contact-1", MaxResults: 1 });
      expect(first.Requests).toHaveLength(1);
      const next = await control("ListReceivedRequests", {
        ContactId: "contact-1",
        MaxResults: 1,
        NextToken: first.NextToken!,
      });
      expect(next.Requests).toHaveLength(1);
      expect(
        await failure(control("ListReceivedRequests", { ContactId: "contact-2", NextToken: first.NextToken! })),
      ).toMatchObject({ status: 400, type: "ControlValidationException", message: expect.stringMatching(/ContactId/) });
      for (const bad of ["nope", "r1.!!", `r1.${Buffer.from('{"f":-1,"u":null,"c":null}').toString("base64url")}`]) {
        expect(await failure(control("ListReceivedRequests", { NextToken: bad }))).toMatchObject({
          type: "ControlValidationException",
        });
      }
    });

    it("forgets everything on reset and puts the virtual clock back", async () => {
      const { fake, control, send } = testFake();
      await seedContact(control, [transcript("t1", "a")]);
      await control("InjectFault", { ErrorType: "ThrottlingException", Count: 5 });
      await listError(send, list);
      fake.clock.advance(1000);
      await control("Reset", {});
      expect((await control("ListReceivedRequests", {})).Requests).toEqual([]);
      expect((await control("GetClock", {})).Now).toEqual(new Date(START));
      await seedContact(control, []);
      expect((await sendList(send, list)).statusCode).toBe(200);
    });
  });

  describe("throttling and authentication of the Connect API", () => {
    it("throttles per account at 2 per second with a burst of 5, on the fake's clock", async () => {
      // The default: the service's quota.
      const { fake, control, send } = testFake({ throttle: undefined });
      await seedContact(control, []);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await sendList(send, list)).statusCode);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const throttled = await sendList(send, list);
      expect(throttled.headers["x-amzn-errortype"]).toBe("ThrottlingException");
      // Another key of the same (default) account draws on the same quota.
      const other = await sendList(send, list, {
        authorization: `AWS4-HMAC-SHA256 Credential=AKIDOTHER/20260101/us-east-1/connect/aws4_request, SignedHeaders=host, Signature=${"1".repeat(64)}`,
      });
      expect(other.statusCode).toBe(429);
      fake.clock.advance(500);
      expect((await sendList(send, list)).statusCode).toBe(200);
      expect((await sendList(send, list)).statusCode).toBe(429);
    });

    it("answers an unsigned request with 403, and a signature for another service too", async () => {
      const { control, send } = testFake();
      await seedContact(control, []);
      const missing = await send(
        toHttpRequest({
          method: "POST",
          path: "/contact/list-real-time-analysis-segments-v2/inst-1/contact-1",
          query: {},
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ OutputType: "Raw", SegmentTypes: [] }),
        }),
      );
      expect(missing.statusCode).toBe(403);
      expect(missing.headers["x-amzn-errortype"]).toBe("UnrecognizedClientException");
      expect(json(missing)["message"]).toMatch(/Missing Authentication Token/);
      const wrong = await sendList(send, list, {
        authorization: `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/execute-api/aws4_request, SignedHeaders=host, Signature=${"1".repeat(64)}`,
      });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.headers["x-amzn-errortype"]).toBe("InvalidSignatureException");
    });
  });
});
