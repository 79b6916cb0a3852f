import {
  AmazonConnectServiceErrors,
  AmazonConnectServiceMetadata,
  AmazonConnectServiceRoutes,
  DecodeError,
  decodeRealtimeContactAnalysisSegment,
  type ListRealtimeContactAnalysisSegmentsV2Request,
  parseJsonBody,
  type Route,
} from "@rtca/types";
import { HttpRequest } from "@smithy/protocol-http";
import { describe, expect, it, vi } from "vitest";
import { json } from "../../test/support/http.js";
import { AmazonConnectServiceOperationTable } from "../generated/connect/server.js";
import { createRestJsonHandler } from "./dispatcher.js";
import { ProtocolError, ServiceError } from "./errors.js";
import type { OperationTable, ServerOptions } from "./types.js";

const PATH = "/contact/list-real-time-analysis-segments-v2/inst-1/contact-1";

function request(
  body: string | undefined,
  init: Partial<{ method: string; path: string; headers: Record<string, string> }> = {},
) {
  return new HttpRequest({
    method: init.method ?? "POST",
    hostname: "localhost",
    path: init.path ?? PATH,
    headers: { "Content-Type": "application/json", ...init.headers },
    body,
  });
}

const validBody = JSON.stringify({ OutputType: "Raw", SegmentTypes: ["Transcript"] });
const emptyPage = { Channel: "CHAT", Status: "IN_PROGRESS", Segments: [] };

function connectHandler(
  behaviour: (input: ListRealtimeContactAnalysisSegmentsV2Request) => unknown,
  options: Partial<ServerOptions> = {},
  extra: { operations?: OperationTable; routes?: readonly Route[] } = {},
) {
  return createRestJsonHandler(
    {
      service: AmazonConnectServiceMetadata,
      routes: extra.routes ?? AmazonConnectServiceRoutes,
      operations: extra.operations ?? AmazonConnectServiceOperationTable,
      errors: AmazonConnectServiceErrors,
      handlers: { ListRealtimeContactAnalysisSegmentsV2: behaviour as never },
    },
    {
      validationError: "InvalidRequestException",
      internalError: "InternalServiceException",
      requestId: () => "req-1",
      ...options,
    },
  );
}

describe("createRestJsonHandler", () => {
  it("routes, decodes the labels and body, and encodes the output with a request id", async () => {
    const behaviour = vi.fn(() => emptyPage);
    const response = await connectHandler(behaviour)(request(validBody));
    expect(response.statusCode).toBe(200);
    expect(response.headers["x-amzn-requestid"]).toBe("req-1");
    expect(response.headers["content-type"]).toBe("application/json");
    expect(json(response)).toEqual(emptyPage);
    expect(behaviour).toHaveBeenCalledWith(
      { InstanceId: "inst-1", ContactId: "contact-1", OutputType: "Raw", SegmentTypes: ["Transcript"] },
      undefined,
    );
  });

  it("refuses a body in chunks for an operation that takes its body whole, and asks serve() for none", async () => {
    const behaviour = vi.fn(() => emptyPage);
    const handle = connectHandler(behaviour);
    async function* chunks() {
      yield new TextEncoder().encode(validBody);
    }
    const streamed = request(undefined);
    streamed.body = chunks();
    const response = await handle(streamed);
    expect(response.statusCode).toBe(400);
    expect(response.headers["x-amzn-errortype"]).toBe("SerializationException");
    expect(behaviour).not.toHaveBeenCalled();
    // Connect takes no streamed body: its requests are read whole without being routed first.
    expect(handle.streamsRequestBody).toBeUndefined();
  });

  it("percent-decodes labels", async () => {
    const behaviour = vi.fn((_input: unknown) => emptyPage);
    await connectHandler(behaviour)(
      request(validBody, { path: "/contact/list-real-time-analysis-segments-v2/a%2Fb%20c/x" }),
    );
    expect(behaviour.mock.calls[0]?.[0]).toMatchObject({ InstanceId: "a/b c", ContactId: "x" });
  });

  it("answers an unknown route with 404 UnknownOperationException", async () => {
    const response = await connectHandler(() => emptyPage)(request(validBody, { path: "/nothing/here" }));
    expect(response.statusCode).toBe(404);
    expect(response.headers["x-amzn-errortype"]).toBe("UnknownOperationException");
    expect(response.headers["x-amzn-requestid"]).toBe("req-1");
    expect(json(response)["message"]).toContain("POST /nothing/here");
  });

  it("answers a known path with the wrong method as an unknown operation", async () => {
    const response = await connectHandler(() => emptyPage)(request(undefined, { method: "GET" }));
    expect(response.statusCode).toBe(404);
    expect(response.headers["x-amzn-errortype"]).toBe("UnknownOperationException");
  });

  it.each([
    ["malformed JSON", "{not json", "the body is not valid JSON"],
    ["a body that is not an object", "[1,2]", "expected an object"],
    [
      "a member of the wrong type",
      JSON.stringify({ OutputType: 3, SegmentTypes: [] }),
      "OutputType: expected a string",
    ],
    ["a null inside a list", JSON.stringify({ OutputType: "Raw", SegmentTypes: [null] }), "SegmentTypes[0]"],
    [
      "a fraction where an integer belongs",
      JSON.stringify({ OutputType: "Raw", SegmentTypes: [], MaxResults: 1.5 }),
      "MaxResults",
    ],
  ])("answers %s with 400 SerializationException naming the member", async (_name, body, expected) => {
    const behaviour = vi.fn();
    const response = await connectHandler(behaviour)(request(body));
    expect(response.statusCode).toBe(400);
    expect(response.headers["x-amzn-errortype"]).toBe("SerializationException");
    expect(json(response)["Message"]).toContain(expected);
    expect(json(response)["message"]).toBe(json(response)["Message"]);
    expect(behaviour).not.toHaveBeenCalled();
  });

  it("answers a badly percent-encoded label with 400 SerializationException", async () => {
    const response = await connectHandler(() => emptyPage)(
      request(validBody, { path: "/contact/list-real-time-analysis-segments-v2/%ZZ/x" }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers["x-amzn-errortype"]).toBe("SerializationException");
  });

  it("answers bytes that are not UTF-8 with 400 SerializationException", async () => {
    const response = await connectHandler(() => emptyPage)(
      new HttpRequest({
        method: "POST",
        hostname: "h",
        path: PATH,
        headers: { "content-type": "application/json" },
        body: new Uint8Array([0xff, 0xfe]),
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers["x-amzn-errortype"]).toBe("SerializationException");
  });

  it("answers a malformed union in the input with 400 SerializationException", async () => {
    // An operation whose input holds a union, read by the generated strict codec.
    const operations: OperationTable = {
      ListRealtimeContactAnalysisSegmentsV2: {
        ...AmazonConnectServiceOperationTable.ListRealtimeContactAnalysisSegmentsV2!,
        deserializeRequest: (req) => {
          const body = parseJsonBody(req.body) as Record<string, unknown>;
          try {
            return { Segment: decodeRealtimeContactAnalysisSegment(body["Segment"], "server") };
          } catch (error) {
            throw error instanceof DecodeError ? error.within("Segment") : error;
          }
        },
        validateInput: (_input, out) => out,
      },
    };
    const handler = connectHandler(() => emptyPage, {}, { operations });
    for (const segment of [{}, { Transcript: {}, Event: {} }, { SentimentTrend: {} }, "text", { Transcript: null }]) {
      const response = await handler(request(JSON.stringify({ Segment: segment })));
      expect(response.statusCode, JSON.stringify(segment)).toBe(400);
      expect(response.headers["x-amzn-errortype"]).toBe("SerializationException");
      expect(json(response)["Message"]).toMatch(/^Segment/);
    }
  });

  it("answers a body that is not JSON with 415", async () => {
    const response = await connectHandler(() => emptyPage)(
      request(validBody, { headers: { "Content-Type": "text/plain" } }),
    );
    expect(response.statusCode).toBe(415);
    expect(response.headers["x-amzn-errortype"]).toBe("UnsupportedMediaTypeException");
  });

  it("accepts JSON content types with parameters", async () => {
    const response = await connectHandler(() => emptyPage)(
      request(validBody, { headers: { "Content-Type": "application/json; charset=utf-8" } }),
    );
    expect(response.statusCode).toBe(200);
  });

  it("answers constraint violations with the configured validation error, naming member and constraint", async () => {
    const response = await connectHandler(() => emptyPage)(
      request(JSON.stringify({ OutputType: "Raw", SegmentTypes: [], MaxResults: 101 })),
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers["x-amzn-errortype"]).toBe("InvalidRequestException");
    expect(json(response)["Message"]).toBe(
      "1 validation error detected: Value at 'MaxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
    );
  });

  it("reports a missing required member as a constraint violation", async () => {
    const response = await connectHandler(() => emptyPage)(request(JSON.stringify({ SegmentTypes: [] })));
    expect(response.statusCode).toBe(400);
    expect(json(response)["Message"]).toContain(
      "Value at 'OutputType' failed to satisfy constraint: Member must not be null",
    );
  });

  it("lets refineViolations drop violations it knows better about", async () => {
    const handler = connectHandler(() => emptyPage, {
      refineViolations: (_call, violations) => violations.filter((v) => v.kind !== "enum"),
    });
    const response = await handler(
      request(JSON.stringify({ OutputType: "Raw", SegmentTypes: ["PostContactSummary"] })),
    );
    expect(response.statusCode).toBe(200);
  });

  it("encodes a ServiceError as the modelled error, with its status and extra headers", async () => {
    const handler = connectHandler(() => {
      throw new ServiceError("ThrottlingException", { Message: "slow down" }, { headers: { "retry-after": "3" } });
    });
    const response = await handler(request(validBody));
    expect(response.statusCode).toBe(429);
    expect(response.headers["x-amzn-errortype"]).toBe("ThrottlingException");
    expect(response.headers["retry-after"]).toBe("3");
    expect(json(response)).toEqual({ Message: "slow down" });
  });

  it("encodes modelled members beyond Message, such as a union", async () => {
    const handler = connectHandler(() => {
      throw new ServiceError("InvalidRequestException", {
        Message: "bad file",
        Reason: { AttachedFileInvalidRequestExceptionReason: "INVALID_FILE_SIZE" },
      });
    });
    const response = await handler(request(validBody));
    expect(response.statusCode).toBe(400);
    expect(json(response)).toEqual({
      Message: "bad file",
      Reason: { AttachedFileInvalidRequestExceptionReason: "INVALID_FILE_SIZE" },
    });
  });

  it("answers unexpected exceptions with the internal error and no details, and reports them", async () => {
    const seen: unknown[] = [];
    const handler = connectHandler(
      () => {
        throw new Error("secret detail at /home/app/db.ts:42");
      },
      { onInternalError: (error) => seen.push(error) },
    );
    const response = await handler(request(validBody));
    expect(response.statusCode).toBe(500);
    expect(response.headers["x-amzn-errortype"]).toBe("InternalServiceException");
    expect(String(response.body)).not.toContain("secret");
    expect(String(response.body)).not.toContain("db.ts");
    expect(seen).toHaveLength(1);
  });

  it("treats a ServiceError the model does not declare as a bug", async () => {
    const seen: unknown[] = [];
    const handler = connectHandler(
      () => {
        throw new ServiceError("NoSuchThing", { Message: "x" });
      },
      { onInternalError: (error) => seen.push(error) },
    );
    const response = await handler(request(validBody));
    expect(response.statusCode).toBe(500);
    expect(String(seen[0])).toContain("NoSuchThing");
  });

  it("answers with InternalFailure when the service models no internal error", async () => {
    const handler = createRestJsonHandler(
      {
        service: AmazonConnectServiceMetadata,
        routes: AmazonConnectServiceRoutes,
        operations: AmazonConnectServiceOperationTable,
        errors: AmazonConnectServiceErrors,
        handlers: {
          ListRealtimeContactAnalysisSegmentsV2: (() => {
            throw new Error("boom");
          }) as never,
        },
      },
      { validationError: "InvalidRequestException" },
    );
    const response = await handler(request(validBody));
    expect(response.statusCode).toBe(500);
    expect(response.headers["x-amzn-errortype"]).toBe("InternalFailure");
    expect(response.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("runs beforeOperation after routing and before decoding, and answers its ProtocolError", async () => {
    const behaviour = vi.fn();
    const handler = connectHandler(behaviour, {
      beforeOperation: (call) => {
        expect(call.operation).toBe("ListRealtimeContactAnalysisSegmentsV2");
        expect(call.labels).toEqual({ InstanceId: "inst-1", ContactId: "contact-1" });
        throw new ProtocolError("UnrecognizedClientException", 403, "who are you");
      },
    });
    const response = await handler(request("{not even json"));
    expect(response.statusCode).toBe(403);
    expect(response.headers["x-amzn-errortype"]).toBe("UnrecognizedClientException");
    expect(behaviour).not.toHaveBeenCalled();
  });

  it("shows every exchange to onExchange, and ignores an observer that throws", async () => {
    const exchanges: unknown[] = [];
    const handler = connectHandler(() => emptyPage, {
      onExchange: (exchange) => {
        exchanges.push(exchange);
        throw new Error("observer bug");
      },
    });
    const ok = await handler(request(validBody));
    const missing = await handler(request(validBody, { path: "/nope" }));
    expect(ok.statusCode).toBe(200);
    expect(missing.statusCode).toBe(404);
    expect(exchanges).toMatchObject([
      {
        operation: "ListRealtimeContactAnalysisSegmentsV2",
        labels: { ContactId: "contact-1" },
        response: { statusCode: 200 },
      },
      { operation: undefined, errorType: "UnknownOperationException", response: { statusCode: 404 } },
    ]);
  });

  it("refuses options that name errors the service does not declare", () => {
    expect(() => connectHandler(() => emptyPage, { validationError: "ValidationException" })).toThrow(
      /ValidationException/,
    );
  });
});
