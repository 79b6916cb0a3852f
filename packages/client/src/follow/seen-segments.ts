// Tells the segments followSegments has already yielded from new ones. A segment with an Id (Transcript, Event,
// Attachments, and unknown kinds that carry one) is known by its kind and Id wherever it comes back. A segment
// without one (Categories, Issues) is known by where it is: a token names a position, so the n-th segment without
// an Id on the page read from token T is the same one whenever T is read again, while equal content elsewhere is
// another segment (two identical Categories segments are two).
import { RealtimeContactAnalysisSegment } from "@rtca/types";

export class SeenSegments {
  readonly #ids = new Set<string>();
  #token: string | undefined;
  /** How many segments without an Id the pages read from #token have had so far. */
  #passed = 0;
  /** How many segments without an Id the current page has had so far. */
  #inPage = 0;

  /** Starts a page read from `token`. */
  startPage(token: string | undefined): void {
    this.#inPage = 0;
    if (token === this.#token) return;
    this.#token = token;
    this.#passed = 0;
  }

  /** Whether the next segment of the current page is new; from then on it counts as seen. */
  pass(segment: RealtimeContactAnalysisSegment): boolean {
    const id = idKey(segment);
    if (id !== undefined) {
      if (this.#ids.has(id)) return false;
      this.#ids.add(id);
      return true;
    }
    const position = this.#inPage++;
    if (position < this.#passed) return false;
    this.#passed = position + 1;
    return true;
  }
}

/** Kind and Id of a segment that has an Id, such as `Transcript:t1`. */
function idKey(segment: RealtimeContactAnalysisSegment): string | undefined {
  const kind = RealtimeContactAnalysisSegment.memberName(segment);
  const value: unknown =
    segment.$unknown !== undefined ? segment.$unknown[1] : (segment as unknown as Record<string, unknown>)[kind];
  const id = typeof value === "object" && value !== null ? (value as { Id?: unknown }).Id : undefined;
  return typeof id === "string" && id !== "" ? `${kind}:${id}` : undefined;
}
