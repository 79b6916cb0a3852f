// The provider states the fake promises its consumers, set up through the control plane over HTTP, exactly as
// a consumer's pact names them:
//   `a contact exists` { instanceId, contactId, channel?, status?, redactionPolicy?, segments?, extraSegmentTypes?,
//                        pageSize?, outputType?, segmentTypes?, fault? }
//   `no contact exists` { instanceId, contactId }
// Every state starts from a reset fake. With pageSize, the state returns { nextToken }: the token that resumes
// after the first pageSize segments for that outputType and segmentTypes. With fault, the next Connect request
// fails with that error.
import { listPage } from "../support/connect.js";
import { controlClient } from "../support/control.js";
import { fetchSender } from "../support/http.js";

type Params = Record<string, unknown>;
/** Pact calls a plain function on setup only, with the state's params; what it returns is injected into requests. */
type StateSetup = (params?: unknown) => Promise<Record<string, string>>;

class StateParamsError extends Error {}

function text(params: Params, key: string, state: string, allowed?: readonly string[]): string | undefined {
  const value = params[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || (allowed !== undefined && !allowed.includes(value))) {
    throw new StateParamsError(
      `${state}: ${key} must be ${allowed === undefined ? "a string" : `one of ${allowed.join(", ")}`}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function required(params: Params, key: string, state: string): string {
  const value = text(params, key, state);
  if (value === undefined || value === "") throw new StateParamsError(`${state}: ${key} is required`);
  return value;
}

function list(params: Params, key: string, state: string): unknown[] | undefined {
  const value = params[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value))
    throw new StateParamsError(`${state}: ${key} must be an array, got ${JSON.stringify(value)}`);
  return value;
}

export function providerStates(baseUrl: string): Record<string, StateSetup> {
  const send = fetchSender(baseUrl);
  const control = controlClient(send);

  const contactExists: StateSetup = async (raw) => {
    const state = "a contact exists";
    const params = (raw ?? {}) as Params;
    const InstanceId = required(params, "instanceId", state);
    const ContactId = required(params, "contactId", state);
    const segments = list(params, "segments", state) ?? [];
    const extra = list(params, "extraSegmentTypes", state);
    const segmentTypes = (list(params, "segmentTypes", state) ?? []) as string[];
    const outputType = text(params, "outputType", state, ["Raw", "Redacted"]) ?? "Raw";
    const fault = text(params, "fault", state, [
      "ThrottlingException",
      "InternalServiceException",
      "AccessDeniedException",
    ]);
    const pageSize = params["pageSize"];
    if (
      pageSize !== undefined &&
      (typeof pageSize !== "number" || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)
    ) {
      throw new StateParamsError(
        `${state}: pageSize must be a whole number from 1 to 100, got ${JSON.stringify(pageSize)}`,
      );
    }

    await control("Reset", {});
    await control("CreateInstance", { InstanceId });
    await control("CreateContact", {
      InstanceId,
      ContactId,
      Channel: text(params, "channel", state, ["CHAT", "VOICE"]) ?? "CHAT",
      Status: text(params, "status", state, ["IN_PROGRESS", "COMPLETED", "FAILED"]) ?? "IN_PROGRESS",
      RedactionPolicy:
        text(params, "redactionPolicy", state, ["RAW_AND_REDACTED", "REDACTED_ONLY", "NONE"]) ?? "RAW_AND_REDACTED",
      ...(extra === undefined ? {} : { ExtraSegmentTypes: extra as string[] }),
    });
    if (segments.length > 0) {
      await control("AppendSegments", {
        InstanceId,
        ContactId,
        Segments: segments.map((s) => ({ Segment: s as never, DelayMs: 0 })),
      });
    }
    let injected: Record<string, string> = {};
    if (pageSize !== undefined) {
      const page = await listPage(send, {
        InstanceId,
        ContactId,
        OutputType: outputType,
        SegmentTypes: segmentTypes,
        MaxResults: pageSize,
      });
      if (page.NextToken === undefined) {
        throw new StateParamsError(
          `${state}: the first ${pageSize} segments are all there is, so there is no token to resume from`,
        );
      }
      injected = { nextToken: page.NextToken };
    }
    if (fault !== undefined) await control("InjectFault", { ErrorType: fault, Count: 1 });
    return injected;
  };

  const noContactExists: StateSetup = async (raw) => {
    const state = "no contact exists";
    const params = (raw ?? {}) as Params;
    const InstanceId = required(params, "instanceId", state);
    required(params, "contactId", state);
    await control("Reset", {});
    // The instance exists, so that it is the contact that is missing.
    await control("CreateInstance", { InstanceId });
    return {};
  };

  return {
    "a contact exists": contactExists,
    "no contact exists": noContactExists,
  };
}
