// AWS's own SDK against the fake over loopback: it must not be able to tell the fake from the service.
import {
  AccessDeniedException,
  ConnectClient,
  ConnectServiceException,
  InternalServiceException,
  InvalidRequestException,
  ListRealtimeContactAnalysisSegmentsV2Command,
  type ListRealtimeContactAnalysisSegmentsV2CommandInput,
  OutputTypeNotFoundException,
  paginateListRealtimeContactAnalysisSegmentsV2,
  type RealtimeContactAnalysisSegment,
  ResourceNotFoundException,
  ThrottlingException,
} from "@aws-sdk/client-connect";
import { decodeRealtimeContactAnalysisSegment } from "@rtca/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  compileScenario,
  createFake,
  DEMO_CONTACT_ID,
  DEMO_INSTANCE_ID,
  demoScenario,
  type Fake,
  type FakeOptions,
  inProcessHttpHandler,
  type RunningServer,
  serve,
} from "../../src/index.js";
import { controlClient } from "../support/control.js";
import { START } from "../support/fake.js";
import { fetchSender } from "../support/http.js";

const credentials = { accessKeyId: "AKIDINTEROP", secretAccessKey: "interop-secret-key" };
const demo = { InstanceId: DEMO_INSTANCE_ID, ContactId: DEMO_CONTACT_ID };
const MODELLED = ["Transcript", "Categories", "Issues", "Event", "Attachments"] as const;

interface Served {
  fake: Fake;
  server: RunningServer;
  client: ConnectClient;
  control: ReturnType<typeof controlClient>;
}

const running: Served[] = [];

async function served(options: FakeOptions = {}): Promise<Served> {
  const fake = createFake({ clock: { mode: "virtual", start: START }, throttle: false, ...options });
  const server = await serve(fake.handle);
  const client = new ConnectClient({ endpoint: server.url, region: "us-east-1", credentials, maxAttempts: 1 });
  const s = { fake, server, client, control: controlClient(fetchSender(server.url)) };
  running.push(s);
  return s;
}

afterAll(async () => {
  for (const s of running.splice(0)) {
    s.client.destroy();
    await s.server.close();
  }
});

/** What the demo holds, as typed segments: the scenario compiled independently and read by our codecs. */
function expectedDemo(kinds: readonly string[]): unknown[] {
  return compileScenario(demoScenario, START)
    .contacts[0]!.segments.map((s) => s.document)
    .filter((d) => kinds.includes(Object.keys(d)[0]!))
    .map((d) => decodeRealtimeContactAnalysisSegment(d, "client"));
}

async function readAll(
  client: ConnectClient,
  input: Omit<ListRealtimeContactAnalysisSegmentsV2CommandInput, "NextToken">,
  pageSize: number,
) {
  const segments: RealtimeContactAnalysisSegment[] = [];
  let pages = 0;
  for await (const page of paginateListRealtimeContactAnalysisSegmentsV2({ client, pageSize }, input)) {
    expect(page.Segments!.length).toBeLessThanOrEqual(pageSize);
    segments.push(...page.Segments!);
    pages++;
  }
  return { segments, pages };
}

async function thrown(promise: Promise<unknown>): Promise<ConnectServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConnectServiceException) return error;
    throw error;
  }
  throw new Error("expected the SDK to throw");
}

describe("AWS's SDK against the fake", () => {
  let finished: Served;
  beforeAll(async () => {
    finished = await served();
    await finished.control("LoadScenario", { BuiltIn: "demo" });
    await finished.control("AdvanceClock", { Milliseconds: 21_000 });
  });

  it("reads every page with its paginator, and the result equals the scenario", async () => {
    const { segments, pages } = await readAll(
      finished.client,
      { ...demo, OutputType: "Raw", SegmentTypes: [...MODELLED] },
      4,
    );
    expect(pages).toBeGreaterThan(3);
    expect(segments).toEqual(expectedDemo(MODELLED));
  });

  it("filters by SegmentTypes", async () => {
    const { segments } = await readAll(
      finished.client,
      { ...demo, OutputType: "Raw", SegmentTypes: ["Issues", "Categories"] },
      100,
    );
    expect(segments.map((s) => Object.keys(s)[0])).toEqual(["Issues", "Categories"]);
    expect(segments).toEqual(expectedDemo(["Issues", "Categories"]));
  });

  it("reads Redacted output, with offsets on the [PII] tags", async () => {
    const page = await finished.client.send(
      new ListRealtimeContactAnalysisSegmentsV2Command({
        ...demo,
        OutputType: "Redacted",
        SegmentTypes: ["Transcript"],
      }),
    );
    const complaint = page.Segments!.map((s) => s.Transcript!).find((t) => t.Sentiment === "NEGATIVE")!;
    expect(complaint.Content).toContain("My card [PII] shows");
    expect(complaint.Content).not.toContain("4111");
    expect(complaint.Content).not.toContain("@example.com");
    for (const o of complaint.Redaction!.CharacterOffsets!) {
      expect(complaint.Content!.slice(o.BeginOffsetChar, o.EndOffsetChar)).toBe("[PII]");
    }
    expect(page.Status).toBe("COMPLETED");
    expect(page.NextToken).toBeUndefined();
  });

  it("hands segment kinds its model does not know over as $unknown", async () => {
    const { client, control } = await served();
    await control("CreateInstance", { InstanceId: "i" });
    await control("CreateContact", {
      InstanceId: "i",
      ContactId: "c",
      Channel: "CHAT",
      Status: "COMPLETED",
      RedactionPolicy: "RAW_AND_REDACTED",
      ExtraSegmentTypes: ["SentimentTrend"],
    });
    const trend = { Scores: [0.2, -0.4], Window: { Seconds: 30 } };
    await control("AppendSegments", {
      InstanceId: "i",
      ContactId: "c",
      Segments: [{ Segment: { SentimentTrend: trend }, DelayMs: 0 }],
    });
    const page = await client.send(
      new ListRealtimeContactAnalysisSegmentsV2Command({
        InstanceId: "i",
        ContactId: "c",
        OutputType: "Redacted",
        SegmentTypes: ["SentimentTrend" as never],
      }),
    );
    expect(page.Segments).toEqual([{ $unknown: ["SentimentTrend", trend] }]);
  });

  it("sends the post-contact summary and the extracted values as structures AWS's SDK knows, redacted", async () => {
    const page = await finished.client.send(
      new ListRealtimeContactAnalysisSegmentsV2Command({
        ...demo,
        OutputType: "Redacted",
        SegmentTypes: ["ExtractedInformation", "PostContactSummary"],
      }),
    );
    expect(page.Segments).toEqual([
      {
        ExtractedInformation: {
          ExtractionDefinitionId: "duplicate-amount",
          ExtractionDefinitionName: "DuplicateAmount",
          ExtractionDefinitionDisplayLabel: "Amount charged twice",
          ExtractedValues: [
            {
              Content: "$59.99",
              PointsOfInterest: [{ Id: "msg-complaint", CharacterOffsets: expect.any(Object) }],
            },
          ],
        },
      },
      {
        PostContactSummary: {
          Content: "Dana was charged twice ($59.99) for one order on card [PII]; Sam refunded the duplicate payment.",
          Status: "COMPLETED",
        },
      },
    ]);
    expect(page.NextToken).toBeUndefined();
  });

  it("sees a conversation in progress grow between polls", async () => {
    const { client, control } = await served();
    await control("LoadScenario", { BuiltIn: "demo" });
    await control("AdvanceClock", { Milliseconds: 4000 });
    const input = { ...demo, OutputType: "Raw" as const, SegmentTypes: ["Transcript" as const, "Event" as const] };
    const first = await client.send(new ListRealtimeContactAnalysisSegmentsV2Command(input));
    expect(first.Status).toBe("IN_PROGRESS");
    expect(first.Segments!.length).toBe(4);
    expect(first.NextToken).toBeDefined();
    await control("AdvanceClock", { Milliseconds: 8000 });
    const second = await client.send(
      new ListRealtimeContactAnalysisSegmentsV2Command({ ...input, NextToken: first.NextToken }),
    );
    expect(second.Segments!.length).toBeGreaterThan(0);
    expect(second.Segments!.map((s) => s.Transcript?.Id ?? s.Event?.Id)).not.toContain(first.Segments![0]!.Event!.Id);
    expect(second.Status).toBe("IN_PROGRESS");
    await control("AdvanceClock", { Milliseconds: 20_000 });
    const last = await client.send(
      new ListRealtimeContactAnalysisSegmentsV2Command({ ...input, NextToken: second.NextToken }),
    );
    expect(last.Status).toBe("COMPLETED");
    expect(last.NextToken).toBeUndefined();
  });

  describe("errors arrive as AWS's named exception classes", () => {
    it("ResourceNotFoundException", async () => {
      const error = await thrown(
        finished.client.send(
          new ListRealtimeContactAnalysisSegmentsV2Command({
            ...demo,
            ContactId: "missing",
            OutputType: "Raw",
            SegmentTypes: [],
          }),
        ),
      );
      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(error.$metadata.httpStatusCode).toBe(404);
      expect(error.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(error.message).toContain("missing");
    });

    it("InvalidRequestException, for a constraint, a VOICE contact and a bad token", async () => {
      const { client, control } = await served();
      await control("CreateInstance", { InstanceId: "i" });
      await control("CreateContact", {
        InstanceId: "i",
        ContactId: "voice",
        Channel: "VOICE",
        Status: "IN_PROGRESS",
        RedactionPolicy: "NONE",
      });
      const base = { InstanceId: "i", ContactId: "voice", OutputType: "Raw" as const, SegmentTypes: [] };
      const constraint = await thrown(
        client.send(new ListRealtimeContactAnalysisSegmentsV2Command({ ...base, MaxResults: 101 })),
      );
      expect(constraint).toBeInstanceOf(InvalidRequestException);
      expect(constraint.message).toContain("Value at 'MaxResults' failed to satisfy constraint");
      const voice = await thrown(client.send(new ListRealtimeContactAnalysisSegmentsV2Command(base)));
      expect(voice).toBeInstanceOf(InvalidRequestException);
      expect(voice.$metadata.httpStatusCode).toBe(400);
      const token = await thrown(
        finished.client.send(
          new ListRealtimeContactAnalysisSegmentsV2Command({
            ...demo,
            OutputType: "Raw",
            SegmentTypes: [],
            NextToken: "v1.abc.def",
          }),
        ),
      );
      expect(token).toBeInstanceOf(InvalidRequestException);
    });

    it("OutputTypeNotFoundException", async () => {
      const { client, control } = await served();
      await control("CreateInstance", { InstanceId: "i" });
      await control("CreateContact", {
        InstanceId: "i",
        ContactId: "c",
        Channel: "CHAT",
        Status: "IN_PROGRESS",
        RedactionPolicy: "REDACTED_ONLY",
      });
      const error = await thrown(
        client.send(
          new ListRealtimeContactAnalysisSegmentsV2Command({
            InstanceId: "i",
            ContactId: "c",
            OutputType: "Raw",
            SegmentTypes: [],
          }),
        ),
      );
      expect(error).toBeInstanceOf(OutputTypeNotFoundException);
      expect(error.$metadata.httpStatusCode).toBe(404);
    });

    it("ThrottlingException, from the quota", async () => {
      const { client, control } = await served({ throttle: { ratePerSecond: 2, burst: 5 } });
      await control("LoadScenario", { BuiltIn: "demo" });
      const send = () =>
        client.send(new ListRealtimeContactAnalysisSegmentsV2Command({ ...demo, OutputType: "Raw", SegmentTypes: [] }));
      for (let i = 0; i < 5; i++) await send();
      const error = await thrown(send());
      expect(error).toBeInstanceOf(ThrottlingException);
      expect(error.$metadata.httpStatusCode).toBe(429);
      expect(error.$fault).toBe("client");
    });

    it.each([
      ["AccessDeniedException", AccessDeniedException, 403, "client"],
      ["InternalServiceException", InternalServiceException, 500, "server"],
      ["ThrottlingException", ThrottlingException, 429, "client"],
    ] as const)("%s, injected through the control plane", async (type, Class, status, fault) => {
      const { client, control } = await served();
      await control("LoadScenario", { BuiltIn: "demo" });
      await control("InjectFault", { ErrorType: type, Count: 1 });
      const error = await thrown(
        client.send(new ListRealtimeContactAnalysisSegmentsV2Command({ ...demo, OutputType: "Raw", SegmentTypes: [] })),
      );
      expect(error).toBeInstanceOf(Class);
      expect(error.$metadata.httpStatusCode).toBe(status);
      expect(error.$fault).toBe(fault);
      expect(error.message).toBe(`Injected fault: ${type}`);
    });
  });

  it("checks the SDK's signatures when asked to, and refuses other keys", async () => {
    const { client, control, server } = await served({ auth: { mode: "verify", credentials: [credentials] } });
    await control("LoadScenario", { BuiltIn: "demo" });
    const page = await client.send(
      new ListRealtimeContactAnalysisSegmentsV2Command({ ...demo, OutputType: "Raw", SegmentTypes: [] }),
    );
    expect(page.Segments).toHaveLength(1);
    const stranger = new ConnectClient({
      endpoint: server.url,
      region: "us-east-1",
      credentials: { accessKeyId: "AKIDSTRANGER", secretAccessKey: "x" },
      maxAttempts: 1,
    });
    const wrongSecret = new ConnectClient({
      endpoint: server.url,
      region: "us-east-1",
      credentials: { ...credentials, secretAccessKey: "not-the-secret" },
      maxAttempts: 1,
    });
    try {
      const unknown = await thrown(
        stranger.send(
          new ListRealtimeContactAnalysisSegmentsV2Command({ ...demo, OutputType: "Raw", SegmentTypes: [] }),
        ),
      );
      expect(unknown.name).toBe("UnrecognizedClientException");
      expect(unknown.$metadata.httpStatusCode).toBe(403);
      const forged = await thrown(
        wrongSecret.send(
          new ListRealtimeContactAnalysisSegmentsV2Command({ ...demo, OutputType: "Raw", SegmentTypes: [] }),
        ),
      );
      expect(forged.name).toBe("InvalidSignatureException");
    } finally {
      stranger.destroy();
      wrongSecret.destroy();
    }
  });

  it("runs in-process too, with no socket", async () => {
    const fake = createFake({ clock: { mode: "virtual", start: START }, throttle: false });
    fake.loadScenario({ builtIn: "demo" });
    fake.clock.advance(21_000);
    const client = new ConnectClient({
      region: "us-east-1",
      credentials,
      requestHandler: inProcessHttpHandler(fake.handle),
      maxAttempts: 1,
    });
    const { segments } = await readAll(client, { ...demo, OutputType: "Raw", SegmentTypes: [...MODELLED] }, 10);
    expect(segments).toEqual(expectedDemo(MODELLED));
  });
});
