// Picks the segments of a page from a contact's arrival order. Readers often ask for the same page again (a
// dashboard polling a finished conversation, several readers of one contact), so the pick is remembered per list
// of segments: the same page comes back as the same array, and its encoding, cached by the page serializer, is
// reused instead of being made again. A contact's list is replaced whenever segments are added, which drops its
// remembered pages with it.
import type { RealtimeContactAnalysisSegment } from "@rtca/types";
import { kindsKey } from "../segments/kinds.js";
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

/** The pages remembered for one list: by kinds, then by output type, where the page starts and its size. */
interface Remembered {
  readonly byKinds: Map<string, Map<number, PickedPage>>;
  count: number;
}
const remembered = new WeakMap<readonly StoredSegment[], Remembered>();

// Positions up to this fit, with the page size and the output type, in one number that is exact as a double
// (2^21 * 2^21 * 2^7 * 2 < 2^53).
const POSITION_LIMIT = 2 ** 21;

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
  const { position, arrived, pageSize } = request;
  if (position >= POSITION_LIMIT || arrived >= POSITION_LIMIT || pageSize > 127) return pick(segments, request);
  const kinds = kindsKey(request.kinds);
  const where = ((arrived * POSITION_LIMIT + position) * 128 + pageSize) * 2 + (request.outputType === "Raw" ? 0 : 1);
  let lists = remembered.get(segments);
  const known = lists?.byKinds.get(kinds)?.get(where);
  if (known !== undefined) return known;
  const page = pick(segments, request);
  if (lists === undefined || lists.count >= REMEMBERED_PER_LIST) {
    lists = { byKinds: new Map(), count: 0 };
    remembered.set(segments, lists);
  }
  let pages = lists.byKinds.get(kinds);
  if (pages === undefined) {
    pages = new Map();
    lists.byKinds.set(kinds, pages);
  }
  pages.set(where, page);
  lists.count++;
  return page;
}
