// Error responses become typed exceptions: the code from X-Amzn-ErrorType first, then `__type` or `code` in the
// body, sanitized; the message from `Message` or `message`; unmodelled codes become the base class.
import { describe, expect, it } from "vitest";
import {
  AccessDeniedException,
  ConnectServiceException,
  InternalServiceException,
  InvalidRequestException,
  OutputTypeNotFoundException,
  ResourceNotFoundException,
  ServiceException,
  ThrottlingException,
} from "../src/index.js";
import { resolveErrorCode, sanitizeErrorCode } from "../src/runtime/index.js";
import { INPUT, testClient } from "./support/clients.js";
import { ScriptedHandler } from "./support/scripted-handler.js";

async function failWith(status: number, headers: Record<string, string>, body?: string | object) {
  const handler = new ScriptedHandler([{ status, headers, body }]);
  const { client } = testClient(handler, { maxAttempts: 1 });
  return client.listRealtimeContactAnalysisSegmentsV2(INPUT).then(
    () => expect.fail("the call should have failed"),
    (error: unknown) => error as ServiceException,
  );
}

describe("error code resolution", () => {
  it.each([
    ["ThrottlingException", "ThrottlingException"],
    ["ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.service/", "ThrottlingException"],
    ["com.amazonaws.connect#ResourceNotFoundException", "ResourceNotFoundException"],
    ["aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError"],
    ["FooError,BarError", "FooError"],
    ["  FooError  ", "FooError"],
  ])("sanitizes %j to %j", (raw, code) => {
    expect(sanitizeErrorCode(raw)).toBe(code);
  });

  it("prefers the header to the body, and __type to code", () => {
    expect(resolveErrorCode({ "x-amzn-errortype": "A" }, { __type: "B", code: "C" })).toBe("A");
    expect(resolveErrorCode({}, { __type: "ns#B", code: "C" })).toBe("B");
    expect(resolveErrorCode({}, { code: "C" })).toBe("C");
    expect(resolveErrorCode({ "x-amzn-errortype": "" }, { code: "C" })).toBe("C");
    expect(resolveErrorCode({}, { message: "no code" })).toBeUndefined();
    expect(resolveErrorCode({}, "not an object")).toBeUndefined();
  });

  it.each([
    ["AccessDeniedException", 403, AccessDeniedException, "client"],
    ["InternalServiceException", 500, InternalServiceException, "server"],
    ["InvalidRequestException", 400, InvalidRequestException, "client"],
    ["OutputTypeNotFoundException", 404, OutputTypeNotFoundException, "client"],
    ["ResourceNotFoundException", 404, ResourceNotFoundException, "client"],
    ["ThrottlingException", 429, ThrottlingException, "client"],
  ] as const)("%s becomes its class, with fault, message and metadata", async (code, status, Class, fault) => {
    const error = await failWith(
      status,
      { "x-amzn-errortype": code, "x-amzn-requestid": "req-1" },
      { Message: `about ${code}` },
    );
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(ConnectServiceException);
    expect(error).toBeInstanceOf(ServiceException);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(code);
    expect(error.message).toBe(`about ${code}`);
    expect((error as unknown as { Message: string }).Message).toBe(`about ${code}`);
    expect(error.$fault).toBe(fault);
    expect(error.$metadata).toEqual({ httpStatusCode: status, requestId: "req-1", attempts: 1, totalRetryDelay: 0 });
  });

  it("tells the two 404s apart only by their code", async () => {
    const a = await failWith(404, {}, { __type: "com.amazonaws.connect#OutputTypeNotFoundException", message: "a" });
    const b = await failWith(404, {}, { code: "ResourceNotFoundException", message: "b" });
    expect(a).toBeInstanceOf(OutputTypeNotFoundException);
    expect(b).toBeInstanceOf(ResourceNotFoundException);
  });

  it("reads a lower-case message into Message", async () => {
    const error = (await failWith(
      403,
      { "x-amzn-errortype": "AccessDeniedException" },
      { message: "denied" },
    )) as AccessDeniedException;
    expect(error.message).toBe("denied");
    expect(error.Message).toBe("denied");
  });

  it("decodes the members of a modelled error, such as InvalidRequestException's Reason union", async () => {
    const error = (await failWith(
      400,
      { "x-amzn-errortype": "InvalidRequestException" },
      { Message: "bad file", Reason: { AttachedFileInvalidRequestExceptionReason: "INVALID_FILE_SIZE" } },
    )) as InvalidRequestException;
    expect(error.Reason).toEqual({ AttachedFileInvalidRequestExceptionReason: "INVALID_FILE_SIZE" });
  });

  it("turns an unmodelled code into the base class named by the code", async () => {
    const error = await failWith(
      403,
      { "x-amzn-errortype": "UnrecognizedClientException:http://x/" },
      { message: "bad key" },
    );
    expect(error.constructor).toBe(ConnectServiceException);
    expect(error.name).toBe("UnrecognizedClientException");
    expect(error.message).toBe("bad key");
    expect(error.$fault).toBe("client");
    const server = await failWith(501, { "x-amzn-errortype": "NotImplemented" });
    expect(server.$fault).toBe("server");
  });

  it("names an error without a code UnknownError, and survives a body that is not JSON", async () => {
    const error = await failWith(502, {}, "<html>Bad Gateway</html>");
    expect(error.name).toBe("UnknownError");
    expect(error.message).toBe("the service answered HTTP 502 without an error code");
    expect(error.$response?.body).toBe("<html>Bad Gateway</html>");
  });

  it("keeps a modelled error whose members do not decode, with its message", async () => {
    const error = await failWith(
      400,
      { "x-amzn-errortype": "InvalidRequestException" },
      { Message: "odd", Reason: { A: 1, B: 2 } },
    );
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error.message).toBe("odd");
    expect((error as InvalidRequestException).Reason).toBeUndefined();
  });

  it("keeps the raw response off the enumerable properties", async () => {
    const error = await failWith(429, { "x-amzn-errortype": "ThrottlingException" }, { Message: "slow down" });
    expect(Object.keys(error)).not.toContain("$response");
    expect(error.$response?.statusCode).toBe(429);
    expect(error.$response?.headers["x-amzn-errortype"]).toBe("ThrottlingException");
    expect(JSON.parse(JSON.stringify(error))).not.toHaveProperty("$response");
  });

  it("a member named like a built-in property cannot replace it", async () => {
    const error = await failWith(400, { "x-amzn-errortype": "Weird" }, { Message: "m", $fault: "server", name: "x" });
    expect(error.$fault).toBe("client");
    expect(error.name).toBe("Weird");
  });
});
