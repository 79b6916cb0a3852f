// What a strategy delivered, held against what the fake stored: each stored segment delivered once (and how long
// after it arrived on the fake's clock), never (lost), or more than once (duplicated).

/** One delivery, as a process of the bench saw it. */
export interface Delivery {
  readonly contactId: string;
  /** segmentKey() of the segment. */
  readonly key: string;
  /** On the fake's clock. */
  readonly deliveredAt: number;
}

/** A segment the fake stored, with when it arrived on the fake's clock. */
export interface StoredArrival {
  readonly key: string;
  readonly arrivesAt: number;
}

export interface Score {
  readonly stored: number;
  readonly delivered: number;
  readonly lost: number;
  readonly duplicated: number;
  /** Deliveries that match no stored segment (there should be none). */
  readonly unknown: number;
  /** Delivery delays in ms: mean, p50, p95, max. */
  readonly delay: { readonly mean: number; readonly p50: number; readonly p95: number; readonly max: number };
}

/** The same text for a segment however it was decoded: keys sorted, dates as ISO strings, absent members left out. */
export function segmentKey(segment: unknown): string {
  return JSON.stringify(sorted(JSON.parse(JSON.stringify(segment))));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
  );
}

export function score(stored: ReadonlyMap<string, readonly StoredArrival[]>, deliveries: readonly Delivery[]): Score {
  const waiting = new Map<string, StoredArrival[]>();
  let storedCount = 0;
  for (const [contactId, segments] of stored) {
    for (const segment of segments) {
      const id = `${contactId} ${segment.key}`;
      waiting.set(id, [...(waiting.get(id) ?? []), segment]);
      storedCount++;
    }
  }
  const seen = new Set<string>();
  const delays: number[] = [];
  let duplicated = 0;
  let unknown = 0;
  for (const delivery of deliveries) {
    const id = `${delivery.contactId} ${delivery.key}`;
    const match = waiting.get(id)?.shift();
    if (match !== undefined) {
      seen.add(id);
      delays.push(delivery.deliveredAt - match.arrivesAt);
    } else if (seen.has(id)) duplicated++;
    else unknown++;
  }
  delays.sort((a, b) => a - b);
  return {
    stored: storedCount,
    delivered: delays.length,
    lost: storedCount - delays.length,
    duplicated,
    unknown,
    delay: {
      mean: delays.length === 0 ? Number.NaN : delays.reduce((sum, d) => sum + d, 0) / delays.length,
      p50: percentile(delays, 0.5),
      p95: percentile(delays, 0.95),
      max: delays.at(-1) ?? Number.NaN,
    },
  };
}

function percentile(sortedValues: readonly number[], p: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  return sortedValues[Math.min(sortedValues.length - 1, Math.floor(p * sortedValues.length))]!;
}
