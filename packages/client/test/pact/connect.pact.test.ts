// The contract between this client (consumer rtca-client) and the fake server (provider rtca-fake-server), written
// to pacts/rtca-client-rtca-fake-server.json: one interaction per segment variant, a mixed page, pagination with a
// token from a provider state, Redacted output, each modelled error, and a request the service rejects. All in one
// file, so that no two workers merge into the pact file at once.
import { MatchersV3, type V3MockServer as MockServer } from "@pact-foundation/pact";
import { describe, expect, it } from "vitest";
import {
  AccessDeniedException,
  type ConnectClient,
  InternalServiceException,
  InvalidRequestException,
  type ListRealtimeContactAnalysisSegmentsV2Request,
  OutputTypeNotFoundException,
  paginateListRealtimeContactAnalysisSegmentsV2,
  ResourceNotFoundException,
  type ServiceException,
  ThrottlingException,
} from "../../src/index.js";
import { mockServerSettled } from "./mock-server-settled.js";
import {
  CONTACT_EXISTS,
  CONTACT_ID,
  type ContactState,
  clientFor,
  contactState,
  errorType,
  INSTANCE_ID,
  JSON_CONTENT,
  NO_CONTACT_EXISTS,
  newPact,
  PATH,
  type StateParams,
} from "./pact-setup.js";
import {
  attachmentsSegment,
  CARD,
  COMPLAINT_REDACTED,
  categoriesSegment,
  eventSegment,
  expected,
  extractedInformationSegment,
  greetingSegment,
  issuesSegment,
  newerKindSegment,
  postContactSummarySegment,
  shaped,
  TIMES,
  thanksSegment,
  transcriptSegment,
} from "./segments.js";

const { arrayContaining, fromProviderState, includes, integer, like, string } = MatchersV3;

const pact = newPact();

function request(overrides: Partial<ListRealtimeContactAnalysisSegmentsV2Request> = {}) {
  return {
    InstanceId: INSTANCE_ID,
    ContactId: CONTACT_ID,
    OutputType: "Raw",
    SegmentTypes: ["Transcript"],
    ...overrides,
  } satisfies ListRealtimeContactAnalysisSegmentsV2Request;
}

/** The body the client sends for a request: the labels travel in the path. */
function bodyOf(input: ListRealtimeContactAnalysisSegmentsV2Request): Record<string, unknown> {
  const { InstanceId: _instance, ContactId: _contact, ...body } = input;
  return body;
}

/** Runs `use` with a client of the mock server, then waits until the mock server has recorded what it was sent. */
async function withClient<T>(server: MockServer, use: (client: ConnectClient) => Promise<T>): Promise<T> {
  const client = clientFor(server.url);
  try {
    const result = await use(client);
    await mockServerSettled(server.port);
    return result;
  } finally {
    client.destroy();
  }
}

describe("segment variants", () => {
  const variants: Array<[string, string, Record<string, unknown>, Partial<ContactState>]> = [
    ["a Transcript segment", "Transcript", transcriptSegment, {}],
    ["a Categories segment", "Categories", categoriesSegment, {}],
    ["an Issues segment", "Issues", issuesSegment, {}],
    ["an Event segment", "Event", eventSegment, {}],
    ["an Attachments segment", "Attachments", attachmentsSegment, {}],
    ["a PostContactSummary segment", "PostContactSummary", postContactSummarySegment, {}],
    ["an ExtractedInformation segment", "ExtractedInformation", extractedInformationSegment, {}],
    [
      "a segment of a kind the model does not know (SentimentTrend)",
      "SentimentTrend",
      newerKindSegment,
      { extraSegmentTypes: ["SentimentTrend"] },
    ],
  ];

  for (const [description, kind, segment, state] of variants) {
    it(`reads ${description}`, async () => {
      const input = request({ SegmentTypes: [kind] });
      await pact
        .addInteraction()
        .given(CONTACT_EXISTS, contactState({ segments: [segment], ...state }))
        .uponReceiving(`a request for the ${kind} segments of a contact`)
        .withRequest("POST", PATH, (builder) => builder.headers(JSON_CONTENT).jsonBody(bodyOf(input)))
        .willRespondWith(200, (builder) =>
          builder
            .headers(JSON_CONTENT)
            .jsonBody({ Channel: "CHAT", Status: "IN_PROGRESS", Segments: [expected(segment)] }),
        )
        .executeTest((server) =>
          withClient(server, async (client) => {
            const output = await client.listRealtimeContactAnalysisSegmentsV2(input);
            expect(output.Channel).toBe("CHAT");
            expect(output.Segments).toHaveLength(1);
            const [read] = output.Segments;
            if (kind === "SentimentTrend") {
              expect(read).toEqual({ $unknown: ["SentimentTrend", newerKindSegment.SentimentTrend] });
            } else {
              expect(Object.keys(read!)).toEqual([kind]);
            }
          }),
        );
    });
  }

  it("reads a page that mixes every kind", async () => {
    const segments = [
      greetingSegment,
      transcriptSegment,
      attachmentsSegment,
      categoriesSegment,
      issuesSegment,
      eventSegment,
    ];
    const input = request({ SegmentTypes: ["Transcript", "Categories", "Issues", "Event", "Attachments"] });
    await pact
      .addInteraction()
      .given(CONTACT_EXISTS, contactState({ segments }))
      .uponReceiving("a request for every kind of segment of a contact")
      .withRequest("POST", PATH, (builder) => builder.headers(JSON_CONTENT).jsonBody(bodyOf(input)))
      .willRespondWith(200, (builder) =>
        builder.headers(JSON_CONTENT).jsonBody({
          Channel: "CHAT",
          Status: "IN_PROGRESS",
          Segments: arrayContaining(...segments.map(shaped)),
        }),
      )
      .executeTest((server) =>
        withClient(server, async (client) => {
          const output = await client.listRealtimeContactAnalysisSegmentsV2(input);
          const kinds = output.Segments.map((s) => Object.keys(s)[0]);
          expect(new Set(kinds)).toEqual(new Set(["Transcript", "Categories", "Issues", "Event", "Attachments"]));
          const complaint = output.Segments.find((s) => s.Transcript?.Id === "msg-complaint");
          expect(complaint?.Transcript?.Time).toEqual({ AbsoluteTime: new Date(TIMES.complaint) });
        }),
      );
  });
});

describe("redaction", () => {
  it("reads the Redacted output, with personal data replaced by [PII] and offsets on the tags", async () => {
    const input = request({ OutputType: "Redacted" });
    const redacted = {
      Transcript: {
        ...transcriptSegment.Transcript,
        Content: COMPLAINT_REDACTED,
        Redaction: { CharacterOffsets: [{ BeginOffsetChar: CARD[0], EndOffsetChar: CARD[0] + "[PII]".length }] },
      },
    };
    await pact
      .addInteraction()
      .given(CONTACT_EXISTS, contactState({ segments: [transcriptSegment] }))
      .uponReceiving("a request for the Redacted transcript of a contact")
      .withRequest("POST", PATH, (builder) => builder.headers(JSON_CONTENT).jsonBody(bodyOf(input)))
      .willRespondWith(200, (builder) =>
        builder
          .headers(JSON_CONTENT)
          .jsonBody({ Channel: "CHAT", Status: "IN_PROGRESS", Segments: [expected(redacted)] }),
      )
      .executeTest((server) =>
        withClient(server, async (client) => {
          const output = await client.listRealtimeContactAnalysisSegmentsV2(input);
          const transcript = output.Segments[0]?.Transcript;
          expect(transcript?.Content).toBe(COMPLAINT_REDACTED);
          const [tag] = transcript?.Redaction?.CharacterOffsets ?? [];
          expect(transcript?.Content.slice(tag!.BeginOffsetChar, tag!.EndOffsetChar)).toBe("[PII]");
        }),
      );
  });
});

describe("pagination", () => {
  const segments = [greetingSegment, transcriptSegment, thanksSegment];

  it("reads a first page and gets a token for the next", async () => {
    const input = request({ MaxResults: 2 });
    await pact
      .addInteraction()
      .given(CONTACT_EXISTS, contactState({ status: "COMPLETED", segments }))
      .uponReceiving("a request for the first page of two segments of a completed contact")
      .withRequest("POST", PATH, (builder) => builder.headers(JSON_CONTENT).jsonBody(bodyOf(input)))
      .willRespondWith(200, (builder) =>
        builder.headers(JSON_CONTENT).jsonBody({
          Channel: "CHAT",
          Status: "COMPLETED",
          Segments: [expected(greetingSegment), expected(transcriptSegment)],
          NextToken: string("opaque-token"),
        }),
      )
      .executeTest((server) =>
        withClient(server, async (client) => {
          const output = await client.listRealtimeContactAnalysisSegmentsV2(input);
          expect(output.Segments.map((s) => s.Transcript?.Id)).toEqual(["msg-greeting", "msg-complaint"]);
          expect(output.NextToken).toBe("opaque-token");
        }),
      );
  });

  it("resumes from a token the provider hands out, and reaches the end", async () => {
    const input = request({ MaxResults: 2 });
    await pact
      .addInteraction()
      .given(CONTACT_EXISTS, {
        ...contactState({
          status: "COMPLETED",
          segments,
          pageSize: 2,
          outputType: "Raw",
          segmentTypes: ["Transcript"],
        }),
      })
      .uponReceiving("a request for the page after a token, of a completed contact")
      .withRequest("POST", PATH, (builder) =>
        builder.headers(JSON_CONTENT).jsonBody({
          ...bodyOf(input),
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a Pact provider-state expression, not a template
          NextToken: fromProviderState("${nextToken}", "token-after-two"),
        }),
      )
      .willRespondWith(200, (builder) =>
        builder
          .headers(JSON_CONTENT)
          .jsonBody({ Channel: "CHAT", Status: "COMPLETED", Segments: [expected(thanksSegment)] }),
      )
      .executeTest((server) =>
        withClient(server, async (client) => {
          const pages = [];
          for await (const page of paginateListRealtimeContactAnalysisSegmentsV2(
            { client, pageSize: 2, startingToken: "token-after-two" },
            { ...input, MaxResults: undefined },
          )) {
            pages.push(page);
          }
          expect(pages).toHaveLength(1);
          expect(pages[0]?.Segments.map((s) => s.Transcript?.Id)).toEqual(["msg-thanks"]);
        }),
      );
  });
});

describe("errors", () => {
  const cases: Array<{
    name: string;
    status: number;
    state: [string, StateParams];
    description: string;
    input: ListRealtimeContactAnalysisSegmentsV2Request;
    Class: new (...args: never[]) => ServiceException;
  }> = [
    {
      name: "ResourceNotFoundException",
      status: 404,
      state: [NO_CONTACT_EXISTS, { instanceId: INSTANCE_ID, contactId: CONTACT_ID }],
      description: "a request for a contact that does not exist",
      input: request(),
      Class: ResourceNotFoundException,
    },
    {
      name: "AccessDeniedException",
      status: 403,
      state: [CONTACT_EXISTS, contactState({ fault: "AccessDeniedException" })],
      description: "a request that the service denies",
      input: request(),
      Class: AccessDeniedException,
    },
    {
      name: "ThrottlingException",
      status: 429,
      state: [CONTACT_EXISTS, contactState({ fault: "ThrottlingException" })],
      description: "a request over the quota",
      input: request(),
      Class: ThrottlingException,
    },
    {
      name: "InternalServiceException",
      status: 500,
      state: [CONTACT_EXISTS, contactState({ fault: "InternalServiceException" })],
      description: "a request the service fails to handle",
      input: request(),
      Class: InternalServiceException,
    },
    {
      name: "OutputTypeNotFoundException",
      status: 404,
      state: [CONTACT_EXISTS, contactState({ redactionPolicy: "REDACTED_ONLY" })],
      description: "a request for Raw output of a contact whose policy keeps only redacted output",
      input: request({ OutputType: "Raw" }),
      Class: OutputTypeNotFoundException,
    },
    {
      name: "InvalidRequestException",
      status: 400,
      state: [CONTACT_EXISTS, contactState({ channel: "VOICE" })],
      description: "a request for the segments of a VOICE contact",
      input: request(),
      Class: InvalidRequestException,
    },
  ];

  for (const c of cases) {
    it(`reads ${c.name} (${c.status}) as its class`, async () => {
      await pact
        .addInteraction()
        .given(c.state[0], c.state[1])
        .uponReceiving(c.description)
        .withRequest("POST", PATH, (builder) => builder.headers(JSON_CONTENT).jsonBody(bodyOf(c.input)))
        .willRespondWith(c.status, (builder) =>
          builder.headers({ ...JSON_CONTENT, ...errorType(c.name) }).jsonBody({ Message: like("What went wrong") }),
        )
        .executeTest((server) =>
          withClient(server, async (client) => {
            const error = await client.listRealtimeContactAnalysisSegmentsV2(c.input).catch((e: unknown) => e);
            expect(error).toBeInstanceOf(c.Class);
            expect((error as ServiceException).name).toBe(c.name);
            expect((error as ServiceException).message).toBe("What went wrong");
            expect((error as ServiceException).$metadata.httpStatusCode).toBe(c.status);
          }),
        );
    });
  }

  it("reads the rejection of a request whose MaxResults is out of range, naming the member", async () => {
    const input = request({ MaxResults: 101 });
    await pact
      .addInteraction()
      .given(CONTACT_EXISTS, contactState({ segments: [greetingSegment] }))
      .uponReceiving("a request with MaxResults above 100")
      .withRequest("POST", PATH, (builder) =>
        builder.headers(JSON_CONTENT).jsonBody({ ...bodyOf(input), MaxResults: integer(101) }),
      )
      .willRespondWith(400, (builder) =>
        builder
          .headers({ ...JSON_CONTENT, ...errorType("InvalidRequestException") })
          .jsonBody({ Message: includes("MaxResults") }),
      )
      .executeTest((server) =>
        withClient(server, async (client) => {
          const error = await client.listRealtimeContactAnalysisSegmentsV2(input).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(InvalidRequestException);
          expect((error as InvalidRequestException).Message).toContain("MaxResults");
        }),
      );
  });
});
