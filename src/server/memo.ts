/**
 * A cache of answers that are costly to compute and change only with the archive
 * (related papers, the home page's counts): keyed by the archive's `freshness().version`,
 * so any change to the archive empties it, and bounded (least recently used out).
 *
 * @module
 */

/** Answers by key for one archive version, at most `max` of them. */
export class VersionedCache<T> {
  private version: string | null = null;
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly max = 2000) {}

  /**
   * The answer for `key` in archive `version`: the cached one, or `compute()`'s (kept
   * only when it succeeds). Concurrent asks for the same key share one computation.
   */
  get(version: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const answer = compute();
    this.entries.set(key, answer);
    answer.catch(() => {
      if (this.entries.get(key) === answer) this.entries.delete(key);
    });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return answer;
  }

  /** How many answers are kept. */
  get size(): number {
    return this.entries.size;
  }
}
