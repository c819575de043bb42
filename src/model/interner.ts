/**
 * Strings numbered in the order first seen, so that hot loops and tables hold small
 * integers instead of strings (the analyzer's term ids, the topics' readings).
 *
 * @module
 */

/**
 * A numbering of strings: `number(s)` is the same integer for equal strings, 0, 1, 2 …
 * in the order first seen, until `clear`.
 *
 * @example
 * const terms = new Interner();
 * terms.number('kamer'); // 0
 * terms.number('motie'); // 1
 * terms.number('kamer'); // 0
 * terms.string(1); // 'motie'
 */
export class Interner {
  private readonly numbers = new Map<string, number>();
  private readonly strings: string[] = [];

  /** The number of `value`, new if it has none yet. */
  number(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.strings.length;
      this.strings.push(value);
      this.numbers.set(value, n);
    }
    return n;
  }

  /** The string of a number given out (undefined for any other). */
  string(n: number): string | undefined {
    return this.strings[n];
  }

  /** How many strings are numbered. */
  get size(): number {
    return this.strings.length;
  }

  /** Forget every number. */
  clear(): void {
    this.numbers.clear();
    this.strings.length = 0;
  }
}
