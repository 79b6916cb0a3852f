// What the contact holds, as the model-based test believes it: every segment appended, when it arrives, and the
// status. The order every reader must see is arrival time, then order of appending, as the fake promises.
import type { Kind } from "./segment-keys.js";

export interface ModelSegment {
  readonly key: string;
  readonly kind: Kind;
  readonly arrivesAt: number;
  readonly seq: number;
}

export type Status = "IN_PROGRESS" | "COMPLETED" | "FAILED";

export class ContactModel {
  readonly segments: ModelSegment[] = [];
  status: Status = "IN_PROGRESS";
  now: number;
  #nextName = 0;

  constructor(now: number) {
    this.now = now;
  }

  /** A name no segment with an Id has had yet. */
  freshName(): string {
    return `s${this.#nextName++}`;
  }

  append(kind: Kind, key: string, delayMs: number): void {
    this.segments.push({ key, kind, arrivesAt: this.now + delayMs, seq: this.segments.length });
  }

  /** Every segment of these kinds, arrived or not, in the order a reader sees them. */
  order(kinds: readonly Kind[]): string[] {
    return this.#sorted(kinds).map((s) => s.key);
  }

  /** How many segments of these kinds have arrived. */
  arrived(kinds: readonly Kind[]): number {
    return this.#sorted(kinds).filter((s) => s.arrivesAt <= this.now).length;
  }

  #sorted(kinds: readonly Kind[]): ModelSegment[] {
    return this.segments
      .filter((s) => kinds.includes(s.kind))
      .sort((a, b) => a.arrivesAt - b.arrivesAt || a.seq - b.seq);
  }
}
