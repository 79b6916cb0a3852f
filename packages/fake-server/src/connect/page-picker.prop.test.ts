// Pages are remembered per list and request; whatever the sequence of requests, a remembered page must be exactly
// the page a fresh pick gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { requestedKinds } from "../segments/kinds.js";
import type { OutputType, StoredSegment } from "../state/contact.js";
import { type PageRequest, pickPage } from "./page-picker.js";

const KINDS = ["Transcript", "Event", "Issues", "PostContactSummary"] as const;

function stored(seq: number, kind: string): StoredSegment {
  return {
    seq,
    arrivesAt: seq,
    kind,
    raw: { $unknown: [kind, { raw: seq }] } as never,
    redacted: { $unknown: [kind, { redacted: seq }] } as never,
  };
}

/** The page, picked the plain way. */
function expectedPage(segments: readonly StoredSegment[], request: PageRequest) {
  const page = [];
  let next = Math.min(request.position, request.arrived);
  while (next < request.arrived && page.length < request.pageSize) {
    const segment = segments[next++]!;
    if (request.kinds.includes(segment.kind)) page.push(request.outputType === "Raw" ? segment.raw : segment.redacted);
  }
  while (next < request.arrived && !request.kinds.includes(segments[next]!.kind)) next++;
  return { segments: page, next };
}

// Small ranges, so that requests often meet one another's remembered pages, and differ in one thing only.
const requestArb = fc.record({
  list: fc.nat({ max: 2 }),
  position: fc.nat({ max: 6 }),
  arrived: fc.nat({ max: 8 }),
  pageSize: fc.constantFrom(1, 2, 3, 100),
  segmentTypes: fc.array(fc.constantFrom(...KINDS), { maxLength: 2 }),
  outputType: fc.constantFrom<OutputType>("Raw", "Redacted"),
});

describe("pickPage", () => {
  it("answers every request of any sequence, on lists old and new, with the page a fresh pick gives", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...KINDS), { maxLength: 10 }),
        fc.array(requestArb, { minLength: 1, maxLength: 60 }),
        (kinds, requests) => {
          const first = kinds.map((kind, i) => stored(i, kind));
          // A contact's list is replaced when segments are added; the old one may still be read.
          const lists = [first, [...first, stored(first.length, "Event")], first.slice(0, first.length >> 1)];
          for (const r of requests) {
            const segments = lists[r.list]!;
            const request: PageRequest = {
              position: r.position,
              arrived: Math.min(r.arrived, segments.length),
              pageSize: r.pageSize,
              kinds: requestedKinds(r.segmentTypes),
              outputType: r.outputType,
            };
            expect(pickPage(segments, request)).toEqual(expectedPage(segments, request));
          }
        },
      ),
    );
  });
});
