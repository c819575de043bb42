/**
 * A memo keyed by the characters of a piece of a text: `get(text, start, end)` hashes
 * and compares `text[start, end)` in place, so that a word seen before costs no string,
 * no lower-casing and no `Map` lookup. The hot path of everything that reads every word
 * of every paper (the index analyzer, the topics). Bounded: it starts over when half
 * full, so memory stays flat however many papers pass.
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

/** What a `SpanTable` keeps for a piece of text it has not seen: computed once from the piece. */
export type SpanValue<T> = (word: string) => T;

/**
 * An open-addressing table (FNV-1a over UTF-16 code units, linear probing) from the
 * characters of a word to a value computed from it once.
 *
 * @example
 * const lengths = new SpanTable((word) => word.length);
 * lengths.get('de Kamer', 3, 8); // 5, computed from "Kamer"
 * lengths.get('uw Kamer', 3, 8); // 5, found by its characters
 */
export class SpanTable<T> {
  private readonly size: number;
  private readonly slots: Int32Array;
  private readonly words: string[] = [];
  private readonly values: T[] = [];

  /** `bits`: the table has 2^bits slots and keeps up to half as many words. */
  constructor(
    private readonly compute: SpanValue<T>,
    bits = 19,
  ) {
    this.size = 1 << bits;
    this.slots = new Int32Array(this.size).fill(-1);
  }

  /** Forget every word (for values that depend on state that changed). */
  clear(): void {
    this.slots.fill(-1);
    this.words.length = 0;
    this.values.length = 0;
  }

  /** The value of `text[start, end)`, computed (and kept) when the word is new. */
  get(text: string, start: number, end: number): T {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const mask = this.size - 1;
    const n = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot] as number;
      if (k === -1) return this.add(slot, ownString(text.slice(start, end)));
      const word = this.words[k] as string;
      if (word.length !== n) continue;
      let same = true;
      for (let i = 0; i < n && same; i++) same = word.charCodeAt(i) === text.charCodeAt(start + i);
      if (same) return this.values[k] as T;
    }
  }

  private add(slot: number, word: string): T {
    const value = this.compute(word);
    if (this.words.length >= this.size >>> 1) {
      this.clear();
      return value;
    }
    this.slots[slot] = this.words.length;
    this.words.push(word);
    this.values.push(value);
    return value;
  }
}
