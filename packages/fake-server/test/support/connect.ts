// Calls ListRealtimeContactAnalysisSegmentsV2 on a handler through the generated bindings.
import {
  deserializeListRealtimeContactAnalysisSegmentsV2Response,
  type ListRealtimeContactAnalysisSegmentsV2Request,
  type ListRealtimeContactAnalysisSegmentsV2Response,
  serializeListRealtimeContactAnalysisSegmentsV2Request,
} from "@rtca/types";
import type { HttpResponse } from "@smithy/protocol-http";
import { authorizationFor, type Send, toHttpRequest, toParts } from "./http.js";

/** The request, with SegmentTypes as any list (tests often write their requests `as const`). */
export type ListInput = Omit<ListRealtimeContactAnalysisSegmentsV2Request, "SegmentTypes"> & {
  readonly SegmentTypes: readonly string[];
};

export async function sendList(
  send: Send,
  input: ListInput,
  headers: Record<string, string> = {},
): Promise<HttpResponse> {
  const parts = serializeListRealtimeContactAnalysisSegmentsV2Request({
    ...input,
    SegmentTypes: [...input.SegmentTypes],
  });
  return send(toHttpRequest(parts, { authorization: authorizationFor(), ...headers }));
}

/** A successful page; fails the test with the error it got otherwise. */
export async function listPage(send: Send, input: ListInput): Promise<ListRealtimeContactAnalysisSegmentsV2Response> {
  const response = await sendList(send, input);
  const parts = toParts(response);
  if (response.statusCode !== 200) throw new Error(`expected 200, got ${response.statusCode}: ${parts.body}`);
  return deserializeListRealtimeContactAnalysisSegmentsV2Response(parts);
}

/** The error type and message of a failed call. */
export async function listError(
  send: Send,
  input: ListInput,
): Promise<{ status: number; type: string; message: string }> {
  const response = await sendList(send, input);
  const parts = toParts(response);
  const body = JSON.parse(parts.body ?? "{}") as { Message?: string };
  return { status: response.statusCode, type: parts.headers["x-amzn-errortype"] ?? "", message: body.Message ?? "" };
}
