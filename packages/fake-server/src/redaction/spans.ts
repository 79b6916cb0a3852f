// Personal data in a message is a set of character spans. Redaction replaces each span with a [PII] tag; these
// functions do that to the text and carry any other offset in the original text over to the redacted one.
// Offsets count UTF-16 code units, as JavaScript string indices do.

/** A range of characters: from `begin` up to, not including, `end`. */
export interface Span {
  readonly begin: number;
  readonly end: number;
}

export const PII_TAG = "[PII]";

export class SpanError extends Error {
  override readonly name = "SpanError";
}

/** Checks spans against a text of `length` characters and returns them sorted: non-empty, inside, not overlapping. */
export function normalizeSpans(spans: readonly Span[], length: number): Span[] {
  const sorted = [...spans].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let previousEnd = 0;
  sorted.forEach((span, i) => {
    const where = `span ${span.begin}..${span.end}`;
    if (!Number.isInteger(span.begin) || !Number.isInteger(span.end))
      throw new SpanError(`${where} must be whole numbers`);
    if (span.begin < 0 || span.end > length) throw new SpanError(`${where} is outside the text (0..${length})`);
    if (span.begin >= span.end) throw new SpanError(`${where} is empty or reversed`);
    if (i > 0 && span.begin < previousEnd) throw new SpanError(`${where} overlaps the span before it`);
    previousEnd = span.end;
  });
  return sorted;
}

/** The text with each span replaced by a tag, and where the tags are. Spans must be normalized. */
export function redactText(text: string, spans: readonly Span[]): { text: string; tags: Span[] } {
  let out = "";
  let from = 0;
  const tags: Span[] = [];
  for (const span of spans) {
    out += text.slice(from, span.begin);
    tags.push({ begin: out.length, end: out.length + PII_TAG.length });
    out += PII_TAG;
    from = span.end;
  }
  out += text.slice(from);
  return { text: out, tags };
}

/**
 * Where an offset that starts a range lands in the redacted text. An offset inside a span moves to the start of its
 * tag, so that a range beginning in the middle of personal data covers the whole tag.
 */
export function mapBegin(offset: number, spans: readonly Span[]): number {
  let shift = 0;
  for (const span of spans) {
    if (offset < span.end) return offset < span.begin ? offset + shift : span.begin + shift;
    shift += PII_TAG.length - (span.end - span.begin);
  }
  return offset + shift;
}

/** Where an offset that ends a range lands: one inside a span moves to the end of its tag. */
export function mapEnd(offset: number, spans: readonly Span[]): number {
  let shift = 0;
  for (const span of spans) {
    if (offset <= span.begin) return offset + shift;
    if (offset < span.end) return span.begin + shift + PII_TAG.length;
    shift += PII_TAG.length - (span.end - span.begin);
  }
  return offset + shift;
}

/** A range of the original text carried over to the redacted text: it covers the same words, tags in place of data. */
export function mapSpan(span: Span, spans: readonly Span[]): Span {
  return { begin: mapBegin(span.begin, spans), end: Math.max(mapBegin(span.begin, spans), mapEnd(span.end, spans)) };
}
