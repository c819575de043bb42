/**
 * String similarity for body scoring: the Dice coefficient over character bigrams.
 * Linear in the length of the strings (unlike edit distance), which keeps the
 * evaluation of hundreds of paragraphs against hundreds of blocks fast.
 *
 * @module
 */

/** Bigram counts of a string, prepared once and compared many times. */
export interface Bigrams {
  counts: Map<string, number>;
  size: number;
}

/** Count the character bigrams of `text` (a one-character string counts as itself). */
export function bigrams(text: string): Bigrams {
  const counts = new Map<string, number>();
  if (text.length === 1) counts.set(text, 1);
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  let size = 0;
  for (const n of counts.values()) size += n;
  return { counts, size };
}

/**
 * Dice similarity of two bigram multisets: 1 for equal strings, 0 for nothing shared.
 *
 * @example
 * dice(bigrams('regering'), bigrams('regering')); // 1
 */
export function dice(a: Bigrams, b: Bigrams): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [pair, n] of small.counts) shared += Math.min(n, large.counts.get(pair) ?? 0);
  return (2 * shared) / (a.size + b.size);
}
