// Wire JSON of segments and pages, as the service sends them: shared by the unit, Pact, CLI and bench code.

export type WireSegment = Record<string, unknown>;

export function transcript(
  id: string,
  content: string,
  options: {
    role?: string;
    name?: string;
    participant?: string;
    time?: string;
    sentiment?: string;
    pii?: Array<[number, number]>;
  } = {},
): WireSegment {
  return {
    Transcript: {
      Id: id,
      ParticipantId: options.participant ?? (options.role === "AGENT" ? "agent-1" : "customer-1"),
      ParticipantRole: options.role ?? "CUSTOMER",
      ...(options.name === undefined ? {} : { DisplayName: options.name }),
      Content: content,
      ContentType: "text/plain",
      Time: { AbsoluteTime: options.time ?? "2026-11-29T10:00:00Z" },
      ...(options.pii === undefined
        ? {}
        : { Redaction: { CharacterOffsets: options.pii.map(([b, e]) => ({ BeginOffsetChar: b, EndOffsetChar: e })) } }),
      ...(options.sentiment === undefined ? {} : { Sentiment: options.sentiment }),
    },
  };
}

export function categories(matches: Record<string, Array<[string, number, number]>>): WireSegment {
  const MatchedDetails: Record<string, unknown> = {};
  for (const [name, points] of Object.entries(matches)) {
    MatchedDetails[name] = {
      PointsOfInterest: points.map(([id, b, e]) => ({
        TranscriptItems: [{ Id: id, CharacterOffsets: { BeginOffsetChar: b, EndOffsetChar: e } }],
      })),
    };
  }
  return { Categories: { MatchedDetails } };
}

export function issue(id: string, words: string, begin: number, end: number): WireSegment {
  return {
    Issues: {
      IssuesDetected: [
        {
          TranscriptItems: [
            { Id: id, Content: words, CharacterOffsets: { BeginOffsetChar: begin, EndOffsetChar: end } },
          ],
        },
      ],
    },
  };
}

export function event(id: string, eventType: string, time = "2026-11-29T10:00:30Z"): WireSegment {
  return {
    Event: {
      Id: id,
      ParticipantId: "customer-1",
      ParticipantRole: "CUSTOMER",
      DisplayName: "Jane",
      EventType: eventType,
      Time: { AbsoluteTime: time },
    },
  };
}

export function attachments(id: string, name: string, time = "2026-11-29T10:00:10Z"): WireSegment {
  return {
    Attachments: {
      Id: id,
      ParticipantId: "customer-1",
      ParticipantRole: "CUSTOMER",
      DisplayName: "Jane",
      Attachments: [
        { AttachmentName: name, ContentType: "application/pdf", AttachmentId: `file-${id}`, Status: "APPROVED" },
      ],
      Time: { AbsoluteTime: time },
    },
  };
}

export function page(
  segments: readonly WireSegment[],
  options: { status?: string; channel?: string; nextToken?: string } = {},
): Record<string, unknown> {
  return {
    Channel: options.channel ?? "CHAT",
    Status: options.status ?? "COMPLETED",
    Segments: segments,
    ...(options.nextToken === undefined ? {} : { NextToken: options.nextToken }),
  };
}

/** A page of n transcript segments, for benchmarks and size tests. */
export function transcriptPage(n: number): Record<string, unknown> {
  const segments: WireSegment[] = [];
  for (let i = 0; i < n; i++) {
    const second = String(i % 60).padStart(2, "0");
    segments.push(
      transcript(
        `msg-${i}`,
        `Message number ${i}: my card 4111 1111 1111 1111 was charged twice for order ${1000 + i}.`,
        {
          role: i % 2 === 0 ? "CUSTOMER" : "AGENT",
          name: i % 2 === 0 ? "Jane" : "Sam",
          time: `2026-11-29T10:${String(Math.floor(i / 60) % 60).padStart(2, "0")}:${second}Z`,
          sentiment: i % 3 === 0 ? "NEGATIVE" : "NEUTRAL",
          pii: [[26, 45]],
        },
      ),
    );
  }
  return page(segments, { status: "IN_PROGRESS", nextToken: "next-page-token" });
}
