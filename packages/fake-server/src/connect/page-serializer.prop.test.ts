// The page serializer caches encodings; whatever it is given, and however often, it must answer with exactly the
// bytes the generated serializer gives.
import {
  type ListRealtimeContactAnalysisSegmentsV2Response,
  serializeListRealtimeContactAnalysisSegmentsV2Response,
} from "@rtca/types";
import { arbitraries } from "@rtca/types/arbitraries";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPageSerializer } from "./page-serializer.js";

function text(body: string | Uint8Array | undefined): string | undefined {
  return body instanceof Uint8Array ? Buffer.from(body).toString("utf8") : body;
}

describe("page serializer", () => {
  it("gives the generated serializer's bytes, first time and again, with the envelope changing or not", () => {
    const serialize = createPageSerializer();
    fc.assert(
      fc.property(
        arbitraries.ListRealtimeContactAnalysisSegmentsV2Response,
        fc.option(fc.string({ unit: "binary" }), { nil: undefined }),
        (page, otherToken) => {
          const expected = serializeListRealtimeContactAnalysisSegmentsV2Response(page);
          for (const output of [
            page,
            page,
            { ...page, NextToken: otherToken },
            page,
          ] as ListRealtimeContactAnalysisSegmentsV2Response[]) {
            const want = output === page ? expected : serializeListRealtimeContactAnalysisSegmentsV2Response(output);
            const got = serialize(output);
            expect(got.statusCode).toBe(want.statusCode);
            expect(got.headers).toEqual(want.headers);
            expect(text(got.body)).toBe(want.body);
          }
        },
      ),
    );
  });

  it("hands out a header record of its own every time", () => {
    const serialize = createPageSerializer();
    const page: ListRealtimeContactAnalysisSegmentsV2Response = {
      Channel: "CHAT",
      Status: "COMPLETED",
      Segments: [{ Event: { Id: "e", EventType: "x", Time: { AbsoluteTime: new Date(0) } } }],
    };
    const first = serialize(page);
    first.headers["x-amzn-requestid"] = "one";
    expect(serialize(page).headers["x-amzn-requestid"]).toBeUndefined();
  });
});
