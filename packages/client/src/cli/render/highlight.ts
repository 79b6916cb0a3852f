// Highlights the characters that character offsets point at. Offsets count UTF-16 code units from the start of
// the message, as the service's Java strings do; spans outside the text are clipped, empty or reversed ones
// ignored, and overlapping ones merged into the first, so bad offsets never garble or crash the output.

export interface Span {
  begin: number;
  end: number;
}

/** Applies `mark` to each span of `text`, and leaves the rest as `plain` makes it. */
export function highlightSpans(
  text: string,
  spans: readonly Span[],
  mark: (words: string) => string,
  plain: (words: string) => string = (words) => words,
): string {
  const clipped = spans
    .map((s) => ({ begin: clamp(s.begin, text.length), end: clamp(s.end, text.length) }))
    .filter((s) => s.end > s.begin)
    .sort((a, b) => a.begin - b.begin);
  let out = "";
  let at = 0;
  for (const span of clipped) {
    const begin = Math.max(span.begin, at);
    if (span.end <= begin) continue;
    out += plain(text.slice(at, begin)) + mark(text.slice(begin, span.end));
    at = span.end;
  }
  return out + plain(text.slice(at));
}

function clamp(offset: number, length: number): number {
  if (!Number.isFinite(offset)) return 0;
  return Math.min(Math.max(0, Math.trunc(offset)), length);
}
