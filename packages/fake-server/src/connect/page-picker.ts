// Picks the segments of a page from a contact's arrival order. Readers often ask for the same page again (a
// dashboard polling a finished conversation, several readers of one contact), so the pick is remembered per list
// of segments: the same page comes back as the same array, and its encoding, cached by the page serializer, is
// reused instead of being made again. A contact's list is replaced whenever segments are added, which drops its
// remembered pages with it.
import type { RealtimeContactAnalysisSegment } from "@rtca/types";
import type { OutputType, StoredSegment } from "../state/contact.js";

export interface PickedPage {
  readonly segments: readonly RealtimeContactAnalysisSegment[];
  /** The position the next page starts from. */
  readonly next: number;
}

export interface PageRequest {
  readonly position: number;
  /** How many segments have arrived: the page never reaches past them. */
  readonly arrived: number;
  readonly pageSize: number;
  /** Normalized: without repeats, sorted. */
  readonly kinds: readonly string[];
  readonly outputType: OutputType;
}

// Enough for the pages a handful of readers poll; past it a contact's remembered pages start afresh.
const REMEMBERED_PER_LIST = 64;
const remembered = new WeakMap<readonly StoredSegment[], Map<string, PickedPage>>();

function pick(segments: readonly StoredSegment[], request: PageRequest): PickedPage {
  const wanted = new Set(request.kinds);
  const page: RealtimeContactAnalysisSegment[] = [];
  let next = Math.min(request.position, request.arrived);
  for (; next < request.arrived && page.length < request.pageSize; next++) {
    const segment = segments[next]!;
    if (wanted.has(segment.kind)) page.push(request.outputType === "Raw" ? segment.raw : segment.redacted);
  }
  // Skip what the page would not have shown anyway, so that a finished contact ends on this page, not an empty one.
  while (next < request.arrived && !wanted.has(segments[next]!.kind)) next++;
  return { segments: page, next };
}

export function pickPage(segments: readonly StoredSegment[], request: PageRequest): PickedPage {
  const key = `${request.outputType}|${request.kinds.join(",")}|${request.position}|${request.arrived}|${request.pageSize}`;
  let pages = remembered.get(segments);
  const known = pages?.get(key);
  if (known !== undefined) return known;
  const page = pick(segments, request);
  if (pages === undefined || pages.size >= REMEMBERED_PER_LIST) {
    pages = new Map();
    remembered.set(segments, pages);
  }
  pages.set(key, page);
  return page;
}
