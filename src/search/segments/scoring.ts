/**
 * Ranking: BM25F over the three text fields, then a mild recency boost.
 *
 * For a query unit (a term, or a prefix with all its terms) and a paper:
 * `tf' = Σ_f w_f × (tf_stems + 0.5 × in_expansions) / (1 − b + b × len_f / avg_f)`,
 * `score += idf × tf' × (k1 + 1) / (tf' + k1)`, `idf = ln(1 + (N − df + 0.5) / (df + 0.5))`,
 * with field weights title 10, dossier titles 4, body 1, `k1 = 1.2`, `b = 0.75`, `N` the
 * docids of all segments and `df` the papers holding the unit. The paper's total is then
 * multiplied by `1 + 0.1 × clamp((year − 1995) / 30, 0, 1)`: a paper of 2025 or later
 * gets at most 10% over one of 1995 or before (or without a date).
 *
 * @module
 */

/** Field weights in `TEXT_FIELDS` order. */
export const FIELD_WEIGHTS = [10, 4, 1] as const;
export const K1 = 1.2;
export const B = 0.75;

/** The inverse document frequency of a unit held by `df` of `n` papers. */
export function idf(df: number, n: number): number {
  const total = Math.max(n, df);
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

/** The saturated term frequency part of BM25. */
export function saturate(tf: number): number {
  return (tf * (K1 + 1)) / (tf + K1);
}

/**
 * Each paper's field weight over its length norm, `norms[3 × local + f]`, from its
 * stems counts (`lengths`, same layout) and the archive's average per field.
 */
export function fieldNorms(lengths: Int32Array, averages: readonly number[]): Float32Array {
  const norms = new Float32Array(lengths.length);
  for (let i = 0; i < lengths.length; i += 3) {
    for (let f = 0; f < 3; f++) {
      const avg = averages[f] as number;
      const norm = avg > 0 ? 1 - B + (B * (lengths[i + f] as number)) / avg : 1;
      norms[i + f] = (FIELD_WEIGHTS[f] as number) / norm;
    }
  }
  return norms;
}

/** The recency factor of a paper dated `day` (yyyymmdd; 0 for none). */
export function recency(day: number): number {
  const year = day > 0 ? Math.floor(day / 10000) : 1995;
  return 1 + 0.1 * Math.min(1, Math.max(0, (year - 1995) / 30));
}
