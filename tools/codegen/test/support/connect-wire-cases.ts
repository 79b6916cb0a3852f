// Connect operations for comparing the generated client bindings with AWS's SDK on the same wire: inputs that
// use labels, query lists, timestamps, nested unions, maps and idempotency tokens, and canned responses (and
// errors) as the service would send them.

export interface WireCase {
  operation: string;
  input: Record<string, unknown>;
  response: { status: number; headers?: Record<string, string>; body: unknown };
}

const at = (iso: string) => new Date(iso);
const epoch = (iso: string) => Date.parse(iso) / 1000;

export const CONNECT_WIRE_CASES: WireCase[] = [
  {
    operation: "DescribeContact",
    input: { InstanceId: "inst/1 é", ContactId: "c-1" },
    response: {
      status: 200,
      body: {
        Contact: {
          Arn: "arn:aws:connect:us-east-1:123456789012:instance/i/contact/c-1",
          Id: "c-1",
          Channel: "CHAT",
          InitiationMethod: "API",
          InitiationTimestamp: epoch("2025-03-01T10:00:00.125Z"),
          AgentInfo: { Id: "agent-1", ConnectedToAgentTimestamp: epoch("2025-03-01T10:01:00Z") },
          QueueInfo: { Id: "q-1", EnqueueTimestamp: epoch("2025-03-01T10:00:30Z") },
          Tags: { team: "billing" },
          SegmentAttributes: { "connect:Subtype": { ValueString: "connect:Chat" } },
        },
      },
    },
  },
  {
    operation: "ListQueues",
    input: { InstanceId: "inst-1", QueueTypes: ["STANDARD", "AGENT"], MaxResults: 25, NextToken: "a/b+c=" },
    response: {
      status: 200,
      body: {
        QueueSummaryList: [
          {
            Id: "q-1",
            Arn: "arn:q-1",
            Name: "Billing",
            QueueType: "STANDARD",
            LastModifiedTime: epoch("2025-01-02T03:04:05Z"),
          },
        ],
        NextToken: "next",
      },
    },
  },
  {
    operation: "ListUsers",
    input: { InstanceId: "inst-1", MaxResults: 10 },
    response: { status: 200, body: { UserSummaryList: [{ Id: "u-1", Arn: "arn:u-1", Username: "jane" }] } },
  },
  {
    operation: "ListContactReferences",
    input: { InstanceId: "inst-1", ContactId: "c-1", ReferenceTypes: ["URL", "ATTACHMENT"], NextToken: "t" },
    response: {
      status: 200,
      body: {
        ReferenceSummaryList: [
          { Url: { Name: "doc", Value: "https://example.com" } },
          { Attachment: { Name: "a.pdf", Value: "s3://b/a.pdf", Status: "APPROVED" } },
        ],
      },
    },
  },
  {
    operation: "TagResource",
    input: {
      resourceArn: "arn:aws:connect:us-east-1:123456789012:instance/i",
      tags: { team: "billing", "cost centre": "42" },
    },
    response: { status: 200, body: {} },
  },
  {
    operation: "UntagResource",
    input: { resourceArn: "arn:aws:connect:us-east-1:123456789012:instance/i", tagKeys: ["team", "a,b"] },
    response: { status: 200, body: {} },
  },
  {
    operation: "SearchContacts",
    input: {
      InstanceId: "inst-1",
      TimeRange: {
        Type: "INITIATION_TIMESTAMP",
        StartTime: at("2025-03-01T00:00:00Z"),
        EndTime: at("2025-03-02T00:00:00.5Z"),
      },
      SearchCriteria: { Channels: ["CHAT"], AgentIds: ["agent-1"] },
      Sort: { FieldName: "INITIATION_TIMESTAMP", Order: "DESCENDING" },
      MaxResults: 5,
    },
    response: {
      status: 200,
      body: {
        Contacts: [
          {
            Id: "c-1",
            Channel: "CHAT",
            InitiationMethod: "API",
            InitiationTimestamp: epoch("2025-03-01T10:00:00Z"),
            AgentInfo: { Id: "agent-1" },
          },
        ],
        TotalCount: 1,
      },
    },
  },
  {
    operation: "StartChatContact",
    input: {
      InstanceId: "inst-1",
      ContactFlowId: "flow-1",
      Attributes: { orderId: "o-9", "with space": "yes" },
      ParticipantDetails: { DisplayName: "Jane" },
      InitialMessage: { ContentType: "text/plain", Content: "Hello" },
      ChatDurationInMinutes: 60,
      SupportedMessagingContentTypes: ["text/plain", "text/markdown"],
    },
    response: { status: 200, body: { ContactId: "c-2", ParticipantId: "p-1", ParticipantToken: "tok" } },
  },
  {
    operation: "UpdateContactAttributes",
    input: { InitialContactId: "c-1", InstanceId: "inst-1", Attributes: { a: "1", b: "" } },
    response: { status: 200, body: {} },
  },
  {
    operation: "UpdateContactSchedule",
    input: { InstanceId: "inst-1", ContactId: "c-1", ScheduledTime: at("2025-04-01T12:30:45.678Z") },
    response: { status: 200, body: {} },
  },
  {
    operation: "GetCurrentMetricData",
    input: {
      InstanceId: "inst-1",
      Filters: { Queues: ["q-1"], Channels: ["CHAT", "VOICE"] },
      Groupings: ["QUEUE", "CHANNEL"],
      CurrentMetrics: [{ Name: "AGENTS_ONLINE", Unit: "COUNT" }],
      MaxResults: 100,
    },
    response: {
      status: 200,
      body: {
        MetricResults: [
          {
            Dimensions: { Queue: { Id: "q-1", Arn: "arn:q-1" }, Channel: "CHAT" },
            Collections: [{ Metric: { Name: "AGENTS_ONLINE", Unit: "COUNT" }, Value: 3 }],
          },
        ],
        DataSnapshotTime: epoch("2025-03-01T10:00:00Z"),
        ApproximateTotalCount: 1,
      },
    },
  },
  {
    operation: "GetMetricDataV2",
    input: {
      ResourceArn: "arn:aws:connect:us-east-1:123456789012:instance/i",
      StartTime: at("2025-03-01T00:00:00Z"),
      EndTime: at("2025-03-01T06:00:00Z"),
      Interval: { TimeZone: "UTC", IntervalPeriod: "HOUR" },
      Filters: [{ FilterKey: "QUEUE", FilterValues: ["q-1"] }],
      Groupings: ["QUEUE"],
      Metrics: [{ Name: "AVG_HANDLE_TIME", Threshold: [{ Comparison: "LT", ThresholdValue: 30 }] }],
    },
    response: {
      status: 200,
      body: {
        MetricResults: [
          {
            Dimensions: { QUEUE: "q-1" },
            MetricInterval: {
              Interval: "HOUR",
              StartTime: epoch("2025-03-01T00:00:00Z"),
              EndTime: epoch("2025-03-01T01:00:00Z"),
            },
            Collections: [{ Metric: { Name: "AVG_HANDLE_TIME" }, Value: 12.5 }],
          },
        ],
      },
    },
  },
  {
    operation: "SearchUsers",
    input: {
      InstanceId: "inst-1",
      SearchCriteria: {
        OrConditions: [
          { StringCondition: { FieldName: "Username", Value: "jan", ComparisonType: "STARTS_WITH" } },
          { AndConditions: [{ StringCondition: { FieldName: "FirstName", Value: "Jane", ComparisonType: "EXACT" } }] },
        ],
      },
      MaxResults: 10,
    },
    response: {
      status: 200,
      body: {
        Users: [
          {
            Id: "u-1",
            Username: "jane",
            IdentityInfo: { FirstName: "Jane" },
            PhoneConfig: { PhoneType: "SOFT_PHONE", AutoAccept: false, AfterContactWorkTimeLimit: 0 },
            Tags: { t: "v" },
          },
        ],
        ApproximateTotalCount: 1,
      },
    },
  },
  {
    operation: "ListRealtimeContactAnalysisSegmentsV2",
    input: { InstanceId: "inst-1", ContactId: "c-1", OutputType: "Raw", SegmentTypes: ["Transcript", "Categories"] },
    response: {
      status: 200,
      body: {
        Channel: "CHAT",
        Status: "IN_PROGRESS",
        Segments: [
          {
            Transcript: {
              Id: "t-1",
              ParticipantId: "p-1",
              ParticipantRole: "CUSTOMER",
              Content: "I was charged twice",
              Time: { AbsoluteTime: "2025-03-01T10:00:00.123Z" },
              Redaction: { CharacterOffsets: [{ BeginOffsetChar: 0, EndOffsetChar: 5 }] },
            },
          },
          {
            Categories: {
              MatchedDetails: {
                refund: {
                  PointsOfInterest: [
                    { TranscriptItems: [{ Id: "t-1", CharacterOffsets: { BeginOffsetChar: 2, EndOffsetChar: 9 } }] },
                  ],
                },
              },
            },
          },
        ],
      },
    },
  },
];

/** Error answers: the error code in X-Amzn-ErrorType, members in the body (a union among them). */
export const CONNECT_ERROR_CASES: WireCase[] = [
  {
    operation: "DescribeUser",
    input: { InstanceId: "inst-1", UserId: "u-404" },
    response: {
      status: 404,
      headers: {
        "x-amzn-errortype": "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.connect/",
      },
      body: { Message: "User not found" },
    },
  },
  {
    operation: "ListRealtimeContactAnalysisSegmentsV2",
    input: { InstanceId: "inst-1", ContactId: "c-1", OutputType: "Raw", SegmentTypes: ["Transcript"] },
    response: {
      status: 400,
      headers: { "x-amzn-errortype": "InvalidRequestException" },
      body: { Message: "bad file", Reason: { AttachedFileInvalidRequestExceptionReason: "INVALID_FILE_SIZE" } },
    },
  },
];
