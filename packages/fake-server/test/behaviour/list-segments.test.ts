import { encodeRealtimeContactAnalysisSegment } from "@rtca/types";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listError, listPage, sendList } from "../support/connect.js";
import { seedContact, testFake } from "../support/fake.js";
import { json, toHttpRequest } from "../support/http.js";
import { attachments, categories, event, issue, transcript } from "../support/segments.js";

const ids = { InstanceId: "inst-1", ContactId: "contact-1" };
const ALL = ["Transcript", "Categories", "Issues", "Event", "Attachments"];

function wire(segments: readonly unknown[]): unknown[] {
  return segments.map((s) => encodeRealtimeContactAnalysisSegment(s as never));
}

describe("ListRealtimeContactAnalysisSegmentsV2", () => {
  it("returns the arrived segments in order, with the contact's channel and status", async () => {
    const { control, send } = testFake();
    const segments = [event("e1"), transcript("t1", "Hello"), attachments("a1"), transcript("t2", "Bye")];
    await seedContact(control, segments);
    const page = await listPage(send, { ...ids, OutputType: "Raw", SegmentTypes: ALL });
    expect(page.Channel).toBe("CHAT");
    expect(page.Status).toBe("IN_PROGRESS");
    expect(wire(page.Segments)).toEqual(segments);
  });

  it("returns only segments that have arrived by the fake's clock", async () => {
    const { fake, control, send } = testFake();
    await seedContact(control, [transcript("t1", "now"), { segment: transcript("t2", "later"), delayMs: 5000 }]);
    const first = await listPage(send, { ...ids, OutputType: "Raw", SegmentTypes: ["Transcript"] });
    expect(first.Segments.map((s) => s.Transcript?.Id)).toEqual(["t1"]);
    fake.clock.advance(5000);
    const second = await listPage(send, {
      ...ids,
      OutputType: "Raw",
      SegmentTypes: ["Transcript"],
      NextToken: first.NextToken,
    });
    expect(second.Segments.map((s) => s.Transcript?.Id)).toEqual(["t2"]);
  });

  it("filters by SegmentTypes, and reads an empty list as every modelled kind", async () => {
    const { control, send } = testFake();
    await seedContact(control, [
      event("e1"),
      transcript("t1", "refund"),
      categories("refund", "t1", 0, 6),
      attachments("a1"),
    ]);
    const kinds = async (types: string[]) =>
      (await listPage(send, { ...ids, OutputType: "Raw", SegmentTypes: types })).Segments.map((s) => Object.keys(s)[0]);
    expect(await kinds(["Transcript"])).toEqual(["Transcript"]);
    expect(await kinds(["Attachments", "Event"])).toEqual(["Event", "Attachments"]);
    expect(await kinds(["Issues"])).toEqual([]);
    expect(await kinds([])).toEqual(["Event", "Transcript", "Categories", "Attachments"]);
  });

  it("honours MaxResults and pages through every segment once, in order", async () => {
    const { control, send } = testFake();
    await seedContact(
      control,
      Array.from({ length: 7 }, (_, i) => transcript(`t${i}`, `message ${i}`)),
      { status: "COMPLETED" },
    );
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await listPage(send, {
        ...ids,
        OutputType: "Raw",
        SegmentTypes: ["Transcript"],
        MaxResults: 3,
        NextToken: token,
      });
      expect(page.Segments.length).toBeLessThanOrEqual(3);
      seen.push(...page.Segments.map((s) => s.Transcript!.Id));
      token = page.NextToken;
      pages++;
    } while (token !== undefined);
    expect(seen).toEqual(["t0", "t1", "t2", "t3", "t4", "t5", "t6"]);
    expect(pages).toBe(3);
  });

  it("uses the documented default page size of 100", async () => {
    const { control, send } = testFake();
    await seedContact(
      control,
      Array.from({ length: 120 }, (_, i) => event(`e${i}`)),
    );
    const page = await listPage(send, { ...ids, OutputType: "Raw", SegmentTypes: ["Event"] });
    expect(page.Segments).toHaveLength(100);
    expect(page.NextToken).toBeDefined();
  });

  it("keeps giving a token at the end while the contact is in progress, and stops once it is finished and read", async () => {
    const { fake, control, send } = testFake();
    await seedContact(control, [transcript("t1", "hi")]);
    const request = { ...ids, OutputType: "Raw", SegmentTypes: ["Transcript"] } as const;
    const first = await listPage(send, request);
    expect(first.NextToken).toBeDefined();
    const idle = await listPage(send, { ...request, NextToken: first.NextToken });
    expect(idle.Segments).toEqual([]);
    expect(idle.NextToken).toBeDefined();

    await control("AppendSegments", { ...ids, Segments: [{ Segment: transcript("t2", "bye") as never, DelayMs: 0 }] });
    await control("SetContactStatus", { ...ids, Status: "COMPLETED" });
    const last = await listPage(send, { ...request, NextToken: idle.NextToken });
    expect(last.Segments.map((s) => s.Transcript?.Id)).toEqual(["t2"]);
    expect(last.Status).toBe("COMPLETED");
    expect(last.NextToken).toBeUndefined();
    expect(fake.isDoneAndRead([{ instanceId: "inst-1", contactId: "contact-1" }])).toBe(true);
  });

  it("at the live edge hands back the very token it was sent, and a new one once there is something new", async () => {
    const { fake, control, send } = testFake({ tokenTtlMs: 60_000 });
    await seedContact(control, [transcript("t1", "hi"), { segment: transcript("t2", "later"), delayMs: 40_000 }]);
    const request = { ...ids, OutputType: "Raw", SegmentTypes: ["Transcript"] } as const;
    const first = await listPage(send, request);
    fake.clock.advance(10);
    const idle = await listPage(send, { ...request, NextToken: first.NextToken });
    expect(idle.Segments).toEqual([]);
    expect(idle.NextToken).toBe(first.NextToken);
    // A snapshot, read as AWS's paginators read it (stop when a token repeats), ends at the live edge.
    const seen: string[] = [];
    let token: string | undefined;
    for (;;) {
      const page = await listPage(send, { ...request, NextToken: token });
      seen.push(...page.Segments.map((s) => s.Transcript!.Id));
      if (page.NextToken === undefined || page.NextToken === token) break;
      token = page.NextToken;
    }
    expect(seen).toEqual(["t1"]);
    // Past half its lifetime the token is renewed, for the same place, so that a follower keeps going.
    fake.clock.advance(30_000);
    const renewed = await listPage(send, { ...request, NextToken: first.NextToken });
    expect(renewed.Segments).toEqual([]);
    expect(renewed.NextToken).not.toBe(first.NextToken);
    fake.clock.advance(10_000);
    const next = await listPage(send, { ...request, NextToken: renewed.NextToken });
    expect(next.Segments.map((s) => s.Transcript?.Id)).toEqual(["t2"]);
    expect(next.NextToken).not.toBe(renewed.NextToken);
  });

  it("keeps the token while a finished contact still has segments to arrive", async () => {
    const { fake, control, send } = testFake();
    await seedContact(control, [transcript("t1", "a"), { segment: transcript("t2", "b"), delayMs: 1000 }], {
      status: "COMPLETED",
    });
    const request = { ...ids, OutputType: "Raw", SegmentTypes: ["Transcript"] } as const;
    const first = await listPage(send, request);
    expect(first.NextToken).toBeDefined();
    fake.clock.advance(1000);
    const second = await listPage(send, { ...request, NextToken: first.NextToken });
    expect(second.Segments).toHaveLength(1);
    expect(second.NextToken).toBeUndefined();
  });

  it("ends on the last matching page, without an empty one after it", async () => {
    const { control, send } = testFake();
    await seedContact(control, [transcript("t1", "a"), transcript("t2", "b"), event("e1")], { status: "COMPLETED" });
    const page = await listPage(send, { ...ids, OutputType: "Raw", SegmentTypes: ["Transcript"], MaxResults: 2 });
    expect(page.Segments).toHaveLength(2);
    expect(page.NextToken).toBeUndefined();
  });

  describe("Redacted output", () => {
    const text = "My card 4111 1111 1111 1111 was charged twice, mail me at dana@example.com";
    const card: [number, number] = [8, 27];
    const email: [number, number] = [58, 74];

    it("gives Raw text with the personal data marked, and Redacted text with tags at the offsets", async () => {
      const { control, send } = testFake();
      await seedContact(control, [transcript("t1", text, [email, card])]);
      const raw = await listPage(send, { ...ids, OutputType: "Raw", SegmentTypes: ["Transcript"] });
      expect(raw.Segments[0]?.Transcript?.Content).toBe(text);
      expect(raw.Segments[0]?.Transcript?.Redaction?.CharacterOffsets).toEqual([
        { BeginOffsetChar: 8, EndOffsetChar: 27 },
        { BeginOffsetChar: 58, EndOffsetChar: 74 },
      ]);
      const redacted = await listPage(send, { ...ids, OutputType: "Redacted", SegmentTypes: ["Transcript"] });
      const t = redacted.Segments[0]!.Transcript!;
      expect(t.Content).toBe("My card [PII] was charged twice, mail me at [PII]");
      for (const o of t.Redaction!.CharacterOffsets!)
        expect(t.Content.slice(o.BeginOffsetChar, o.EndOffsetChar)).toBe("[PII]");
    });

    it("carries categories and issues over to the redacted text", async () => {
      const { control, send } = testFake();
      const charged = text.indexOf("charged twice");
      const mail = text.indexOf("mail me at dana");
      await seedContact(control, [
        transcript("t1", text, [card, email]),
        issue("t1", "charged twice", charged, charged + 13),
        categories("contact-details", "t1", mail, text.length),
      ]);
      const page = await listPage(send, {
        ...ids,
        OutputType: "Redacted",
        SegmentTypes: ["Transcript", "Issues", "Categories"],
      });
      const content = page.Segments[0]!.Transcript!.Content;
      const item = page.Segments[1]!.Issues!.IssuesDetected[0]!.TranscriptItems[0]!;
      expect(item.Content).toBe("charged twice");
      expect(content.slice(item.CharacterOffsets!.BeginOffsetChar, item.CharacterOffsets!.EndOffsetChar)).toBe(
        "charged twice",
      );
      const point =
        page.Segments[2]!.Categories!.MatchedDetails["contact-details"]!.PointsOfInterest[0]!.TranscriptItems![0]!;
      expect(content.slice(point.CharacterOffsets!.BeginOffsetChar, point.CharacterOffsets!.EndOffsetChar)).toBe(
        "mail me at [PII]",
      );
    });

    it("redacts an issue's words when they hold personal data", async () => {
      const { control, send } = testFake();
      await seedContact(control, [transcript("t1", text, [card]), issue("t1", "card 4111 1111 1111 1111", 3, 27)]);
      const page = await listPage(send, { ...ids, OutputType: "Redacted", SegmentTypes: ["Issues"] });
      expect(page.Segments[0]!.Issues!.IssuesDetected[0]!.TranscriptItems[0]).toEqual({
        Id: "t1",
        Content: "card [PII]",
        CharacterOffsets: { BeginOffsetChar: 3, EndOffsetChar: 13 },
      });
    });

    it.each([
      ["REDACTED_ONLY", "Raw"],
      ["NONE", "Redacted"],
    ])("answers OutputTypeNotFoundException when the policy %s did not produce %s", async (policy, output) => {
      const { control, send } = testFake();
      await seedContact(control, [transcript("t1", "hi")], { redactionPolicy: policy });
      const error = await listError(send, { ...ids, OutputType: output, SegmentTypes: [] });
      expect(error).toMatchObject({ status: 404, type: "OutputTypeNotFoundException" });
      expect(error.message).toContain(output);
    });
  });

  describe("errors", () => {
    it("answers a VOICE contact with InvalidRequestException", async () => {
      const { control, send } = testFake();
      await seedContact(control, [], { channel: "VOICE" });
      const error = await listError(send, { ...ids, OutputType: "Raw", SegmentTypes: [] });
      expect(error).toMatchObject({ status: 400, type: "InvalidRequestException" });
      expect(error.message).toMatch(/only CHAT/);
    });

    it("answers an unknown instance or contact with ResourceNotFoundException", async () => {
      const { control, send } = testFake();
      await seedContact(control, []);
      expect(
        await listError(send, { InstanceId: "nope", ContactId: "contact-1", OutputType: "Raw", SegmentTypes: [] }),
      ).toMatchObject({
        status: 404,
        type: "ResourceNotFoundException",
      });
      expect(
        await listError(send, { InstanceId: "inst-1", ContactId: "nope", OutputType: "Raw", SegmentTypes: [] }),
      ).toMatchObject({
        status: 404,
        type: "ResourceNotFoundException",
      });
    });

    it("answers tampered, mismatched and expired tokens with InvalidRequestException", async () => {
      const { fake, control, send } = testFake({ tokenTtlMs: 60_000 });
      await seedContact(control, [transcript("t1", "a"), transcript("t2", "b")]);
      await seedContact(control, [], { contactId: "contact-2" });
      const request = { ...ids, OutputType: "Raw", SegmentTypes: ["Transcript"], MaxResults: 1 } as const;
      const token = (await listPage(send, request)).NextToken!;
      const cases = [
        { ...request, NextToken: `${token.slice(0, -2)}xx` },
        { ...request, NextToken: token, OutputType: "Redacted" },
        { ...request, NextToken: token, SegmentTypes: ["Transcript", "Event"] },
        { ...request, NextToken: token, ContactId: "contact-2" },
      ];
      for (const input of cases) {
        expect(await listError(send, input), JSON.stringify(input)).toMatchObject({
          status: 400,
          type: "InvalidRequestException",
        });
      }
      // The order of SegmentTypes does not matter.
      expect(
        (await listPage(send, { ...request, NextToken: token, SegmentTypes: ["Transcript", "Transcript"] })).Segments,
      ).toHaveLength(1);
      fake.clock.advance(60_001);
      expect((await listError(send, { ...request, NextToken: token })).message).toMatch(/expired/);
    });

    it("refuses a token of a contact that was deleted and made again", async () => {
      const { control, send } = testFake();
      await seedContact(control, [transcript("t1", "a"), transcript("t2", "b")]);
      const request = { ...ids, OutputType: "Raw", SegmentTypes: ["Transcript"], MaxResults: 1 } as const;
      const token = (await listPage(send, request)).NextToken!;
      await control("DeleteContact", ids);
      await seedContact(control, [transcript("t1", "a")]);
      expect(await listError(send, { ...request, NextToken: token })).toMatchObject({
        type: "InvalidRequestException",
      });
    });
  });

  describe("extra segment kinds", () => {
    const summary = { SentimentTrend: { Content: "Refunded.", Status: "COMPLETED", Extra: [1, { deep: null }] } };

    it("accepts a declared kind in SegmentTypes and returns its segments exactly as written", async () => {
      const { control, send } = testFake();
      await seedContact(control, [transcript("t1", "a"), summary], { extra: ["SentimentTrend"] });
      const page = await listPage(send, { ...ids, OutputType: "Redacted", SegmentTypes: ["SentimentTrend"] });
      expect(wire(page.Segments)).toEqual([summary]);
      const all = await listPage(send, {
        ...ids,
        OutputType: "Raw",
        SegmentTypes: ["Transcript", "SentimentTrend"],
      });
      expect(all.Segments).toHaveLength(2);
    });

    it("leaves declared kinds out unless asked for", async () => {
      const { control, send } = testFake();
      await seedContact(control, [transcript("t1", "a"), summary], { extra: ["SentimentTrend"] });
      const page = await listPage(send, { ...ids, OutputType: "Raw", SegmentTypes: [] });
      expect(page.Segments.map((s) => Object.keys(s)[0])).toEqual(["Transcript"]);
    });

    it("refuses a declared kind nested too deep or too large, and the contact stays readable", async () => {
      const { control, send } = testFake();
      await seedContact(control, [transcript("t1", "a")], { extra: ["SentimentTrend"] });
      // Written as text: JSON.stringify itself gives up on such nesting.
      const deep = `${'{"Next":'.repeat(5_000)}"leaf"${"}".repeat(5_000)}`;
      const deeperThanAllowed = `${"[".repeat(40)}${"]".repeat(40)}`;
      for (const [value, message] of [
        [deeperThanAllowed, /SentimentTrend: nests more than 32 levels deep/],
        [deep, /SentimentTrend: nests more than 32 levels deep/],
        [JSON.stringify({ Content: "x".repeat(70_000) }), /SentimentTrend: is \d+ bytes of JSON; .* at most 65536/],
      ] as const) {
        const refused = await send(
          toHttpRequest({
            method: "POST",
            path: "/_fake/instances/inst-1/contacts/contact-1/segments",
            query: {},
            headers: { "content-type": "application/json" },
            body: `{"Segments":[{"Segment":{"SentimentTrend":${value}}}]}`,
          }),
        );
        // Refused at the door (a bound on every body) or by the store: never stored.
        expect(refused.statusCode).toBe(400);
        if (value !== deep) expect(refused.headers["x-amzn-errortype"]).toBe("ControlValidationException");
        if (refused.headers["x-amzn-errortype"] === "ControlValidationException") {
          expect(String(json(refused)["Message"])).toMatch(message);
        }
      }
      const page = await listPage(send, {
        ...ids,
        OutputType: "Raw",
        SegmentTypes: ["Transcript", "SentimentTrend"],
      });
      expect(page.Segments).toHaveLength(1);
    });

    it("serves whatever it accepted: any JSON of a declared kind is refused at the door or read back as written", async () => {
      const { control, send } = testFake();
      await seedContact(control, [], { extra: ["SentimentTrend"] });
      const request = { ...ids, OutputType: "Raw", SegmentTypes: ["SentimentTrend"] } as const;
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.jsonValue({ depthSize: "large", maxDepth: 40 }),
            fc.integer({ min: 0, max: 100 }).map((depth) => {
              let value: unknown = [];
              for (let i = 0; i < depth; i++) value = [value];
              return value;
            }),
          ),
          async (value) => {
            const response = await send(
              toHttpRequest({
                method: "POST",
                path: "/_fake/instances/inst-1/contacts/contact-1/segments",
                query: {},
                headers: { "content-type": "application/json" },
                body: JSON.stringify({ Segments: [{ Segment: { SentimentTrend: value } }] }),
              }),
            );
            expect([200, 400]).toContain(response.statusCode);
            let last: unknown;
            let token: string | undefined;
            do {
              const answer = await sendList(send, { ...request, NextToken: token });
              expect(answer.statusCode).toBe(200);
              const page = json(answer) as { Segments: unknown[]; NextToken?: string };
              if (page.Segments.length > 0) last = page.Segments[page.Segments.length - 1];
              token = page.NextToken === token ? undefined : page.NextToken;
            } while (token !== undefined);
            if (response.statusCode === 200) {
              expect(JSON.stringify(last)).toBe(JSON.stringify({ SentimentTrend: value }));
            }
          },
        ),
        { numRuns: 100 },
      );
    });

    it("still rejects undeclared values, and declared ones of another contact", async () => {
      const { control, send } = testFake();
      await seedContact(control, [], { extra: ["SentimentTrend"] });
      await seedContact(control, [], { contactId: "contact-2" });
      const undeclared = await listError(send, { ...ids, OutputType: "Raw", SegmentTypes: ["TopicShift"] });
      expect(undeclared).toMatchObject({ status: 400, type: "InvalidRequestException" });
      expect(undeclared.message).toContain(
        "Value at 'SegmentTypes[0]' failed to satisfy constraint: Member must satisfy enum value set",
      );
      const elsewhere = await listError(send, {
        ...ids,
        ContactId: "contact-2",
        OutputType: "Raw",
        SegmentTypes: ["SentimentTrend"],
      });
      expect(elsewhere).toMatchObject({ status: 400, type: "InvalidRequestException" });
    });
  });
});
