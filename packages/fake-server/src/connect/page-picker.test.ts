import { describe, expect, it } from "vitest";
import type { StoredSegment } from "../state/contact.js";
import { pickPage } from "./page-picker.js";

function stored(seq: number, kind: string): StoredSegment {
  const raw = { $unknown: [kind, { raw: seq }] } as never;
  const redacted = { $unknown: [kind, { redacted: seq }] } as never;
  return { seq, arrivesAt: seq, kind, raw, redacted };
}

const list = [
  stored(0, "Transcript"),
  stored(1, "Event"),
  stored(2, "Transcript"),
  stored(3, "Event"),
  stored(4, "Event"),
];
const request = { position: 0, arrived: 5, pageSize: 1, kinds: ["Transcript"], outputType: "Raw" as const };

describe("pickPage", () => {
  it("picks the wanted kinds in order, up to the page size, in the output asked for", () => {
    expect(pickPage(list, request)).toEqual({ segments: [list[0]!.raw], next: 2 });
    expect(pickPage(list, { ...request, position: 2, outputType: "Redacted" })).toEqual({
      segments: [list[2]!.redacted],
      next: 5,
    });
    expect(pickPage(list, { ...request, arrived: 2, pageSize: 5 })).toEqual({ segments: [list[0]!.raw], next: 2 });
  });

  it("hands out the same page again for the same request on the same list, and a new one for a new list", () => {
    const first = pickPage(list, { ...request, pageSize: 3 });
    expect(pickPage(list, { ...request, pageSize: 3 })).toBe(first);
    expect(pickPage(list, { ...request, pageSize: 2 })).not.toBe(first);
    const grown = [...list, stored(5, "Transcript")];
    const again = pickPage(grown, { ...request, pageSize: 3, arrived: 6 });
    expect(again).not.toBe(first);
    expect(again.segments).toHaveLength(3);
  });
});
