/**
 * A memo keyed by the characters of a piece of a text whose values are short lists of
 * integers, kept inline with their key: one `Int32Array` holds every entry's hash,
 * length, values and characters side by side, so that a word seen before costs one
 * probe of the slots and one read of a few adjacent integers (no string, no object,
 * no pointer to follow). For the hottest loop there is, the analysis of every word of
 * every paper into its term ids. Bounded: it starts over when full.
 *
 * @module
 */

/**
 * A copy of a word cut from a text that does not keep the text alive: V8 makes a slice
 * of 13 characters or more a view into the text it was cut from, and a memo of such
 * views would hold every paper it saw.
 */
export function ownString(word: string): string {
  return word.length < 13 ? word : ` ${word}`.slice(1);
}

/** The values of a piece of text the table has not seen, computed once from it (`null`: none). */
export type SpanInts = (word: string) => ArrayLike<number> | null;

/** An entry's integers before its values: hash, length in UTF-16 units, count of values. */
const HEADER = 3;

/**
 * An open-addressing table (FNV-1a over UTF-16 code units, linear probing) from the
 * characters of a word to its integers.
 *
 * @example
 * const table = new SpanIntTable((word) => [word.length, word.charCodeAt(0)]);
 * const at = table.find('de Kamer', 3, 8);
 * table.pool[at - 1]; // 2 values
 * table.pool[at]; // 5
 */
export class SpanIntTable {
  private readonly mask: number;
  /** Offset of each slot's entry in `pool`, plus one (0: empty). */
  private readonly slots: Int32Array;
  private entries = 0;
  private used = 0;
  /**
   * The entries, `[hash, length, count, ...values, ...characters two to an integer]`.
   * Read it after `find` (it is replaced when it grows).
   */
  pool: Int32Array;

  /**
   * `bits`: the table has 2^bits slots and keeps up to half as many words; `limit`: the
   * most integers the entries take together.
   */
  constructor(
    private readonly compute: SpanInts,
    bits = 19,
    private readonly limit = 1 << 23,
  ) {
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(1 << bits);
    this.pool = new Int32Array(Math.min(limit, 1 << 16));
  }

  /** How many words it holds. */
  get size(): number {
    return this.entries;
  }

  /** Forget every word (for values that depend on state that changed). */
  clear(): void {
    this.slots.fill(0);
    this.entries = 0;
    this.used = 0;
  }

  /**
   * Where the values of `text[start, end)` start in `pool` (`pool[at - 1]` is how many
   * there are), computed and kept when the word is new.
   */
  find(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const n = end - start;
    const pool = this.pool;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const e = (this.slots[slot] as number) - 1;
      if (e === -1) return this.add(slot, h, text, start, end);
      if (pool[e] !== h || pool[e + 1] !== n) continue;
      const at = e + HEADER;
      if (sameChars(pool, at + (pool[e + 2] as number), text, start, n)) return at;
    }
  }

  private add(slot: number, hash: number, text: string, start: number, end: number): number {
    const n = end - start;
    // Its own copy: what `compute` keeps of it must not hold the whole text.
    const values = this.compute(ownString(text.slice(start, end)));
    const count = values === null ? 0 : values.length;
    const need = HEADER + count + ((n + 1) >>> 1);
    if (need > this.limit) throw new RangeError(`SpanIntTable: an entry of ${need} integers exceeds the limit`);
    let free = slot;
    if (this.entries >= (this.mask + 1) >>> 1 || this.used + need > this.limit) {
      this.clear();
      free = hash & this.mask;
    }
    if (this.used + need > this.pool.length) this.grow(this.used + need);
    const pool = this.pool;
    const e = this.used;
    pool[e] = hash;
    pool[e + 1] = n;
    pool[e + 2] = count;
    for (let i = 0; i < count; i++) pool[e + HEADER + i] = (values as ArrayLike<number>)[i] as number;
    const chars = e + HEADER + count;
    for (let i = 0; i < n; i += 2) pool[chars + (i >>> 1)] = charPair(text, start + i, start + n);
    this.used += need;
    this.entries++;
    this.slots[free] = e + 1;
    return e + HEADER;
  }

  private grow(need: number): void {
    let size = this.pool.length * 2;
    while (size < need) size *= 2;
    const pool = new Int32Array(Math.min(size, this.limit));
    pool.set(this.pool.subarray(0, this.used));
    this.pool = pool;
  }
}

/** The UTF-16 units at `i` and `i + 1` (0 past `end`) as one integer. */
function charPair(text: string, i: number, end: number): number {
  return text.charCodeAt(i) | (i + 1 < end ? text.charCodeAt(i + 1) << 16 : 0);
}

function sameChars(pool: Int32Array, at: number, text: string, start: number, n: number): boolean {
  const end = start + n;
  for (let i = 0; i < n; i += 2) {
    if (pool[at + (i >>> 1)] !== charPair(text, start + i, end)) return false;
  }
  return true;
}
