/**
 * Sets of local docs of one segment as bitsets (32 docs a word), the form every plan
 * node evaluates to: AND, OR and NOT are a pass over the words.
 *
 * @module
 */

/** A set of local docs 0 … size − 1. */
export class Bitset {
  readonly words: Uint32Array;
  constructor(readonly size: number) {
    this.words = new Uint32Array((size + 31) >>> 5);
  }

  /** A set of every local doc. */
  static full(size: number): Bitset {
    const b = new Bitset(size);
    b.words.fill(0xffffffff);
    b.trim();
    return b;
  }

  /** Clear the bits past `size` in the last word. */
  private trim(): void {
    const rest = this.size & 31;
    if (rest !== 0)
      this.words[this.words.length - 1] = (this.words[this.words.length - 1] as number) & (((1 << rest) - 1) >>> 0);
  }

  add(i: number): void {
    this.words[i >>> 5] = (this.words[i >>> 5] as number) | (1 << (i & 31));
  }

  has(i: number): boolean {
    return ((this.words[i >>> 5] as number) & (1 << (i & 31))) !== 0;
  }

  /** Keep only what `other` holds too. */
  and(other: Bitset): this {
    const w = this.words;
    const o = other.words;
    for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) & (o[i] as number);
    return this;
  }

  /** Add what `other` holds. */
  or(other: Bitset): this {
    const w = this.words;
    const o = other.words;
    for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) | (o[i] as number);
    return this;
  }

  /** Remove what `other` holds. */
  andNot(other: Bitset): this {
    const w = this.words;
    const o = other.words;
    for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) & ~(o[i] as number);
    return this;
  }

  /** Turn into the complement (within 0 … size − 1). */
  flip(): this {
    const w = this.words;
    for (let i = 0; i < w.length; i++) w[i] = ~(w[i] as number);
    this.trim();
    return this;
  }

  copy(): Bitset {
    const b = new Bitset(this.size);
    b.words.set(this.words);
    return b;
  }

  /** How many docs the set holds. */
  count(): number {
    let n = 0;
    const w = this.words;
    for (let i = 0; i < w.length; i++) {
      let v = w[i] as number;
      v -= (v >>> 1) & 0x55555555;
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    return n;
  }

  /** Call `fn` for each doc in the set, ascending. */
  forEach(fn: (i: number) => void): void {
    const w = this.words;
    for (let k = 0; k < w.length; k++) {
      let v = w[k] as number;
      while (v !== 0) {
        const low = v & -v;
        fn((k << 5) + 31 - Math.clz32(low));
        v ^= low;
      }
    }
  }
}

/** The set of local docs in `local[0 … n)`. */
export function bitsetOf(size: number, local: Int32Array, n: number): Bitset {
  const b = new Bitset(size);
  const w = b.words;
  for (let i = 0; i < n; i++) {
    const d = local[i] as number;
    w[d >>> 5] = (w[d >>> 5] as number) | (1 << (d & 31));
  }
  return b;
}
