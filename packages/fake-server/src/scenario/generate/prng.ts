// A small seeded pseudo-random generator, so that one seed always gives the same contact centre on every machine and
// every Node version (Math.random cannot be seeded). A Weyl sequence mixed through a 32-bit finalizer: fast, with no
// short cycles for any seed, and plenty for made-up conversations (it is not meant for anything secret).

export class SeededRandom {
  #state: number;

  /** `seed`: a whole number from 0 to 2^32 - 1. */
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x9e3779b9) >>> 0;
    let z = this.#state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    return (z >>> 0) / 0x1_0000_0000;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A number in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** The wait until the next event of a Poisson process with this mean gap (an exponential variate). */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** Eight hex digits. */
  hex8(): string {
    return Math.floor(this.next() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, "0");
  }

  /** An id shaped like a version 4 UUID, as Amazon Connect's instance and contact ids are. */
  uuid(): string {
    const a = this.hex8();
    const b = this.hex8();
    const c = this.hex8();
    const d = this.hex8();
    const variant = "89ab"[Number.parseInt(c[0]!, 16) & 3]!;
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  }
}
