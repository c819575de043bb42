/**
 * The order of every term id of this thread (`term-ids.ts`) by its term (`compareTerms`),
 * kept up to date as ids are given out: a batch's terms are then put in order by an
 * integer sort of their ranks, instead of comparing tens of thousands of strings for
 * every batch. New terms are placed by binary search among the known ones.
 *
 * @module
 */
import { onTermIdsReset, termIdCount, termName } from '../analyzer/term-ids.ts';
import { compareTerms } from './order.ts';

/** Ids in term order. */
let sorted = new Int32Array(0);
/** Rank of each id in `sorted`. */
let rank = new Int32Array(0);
/** Ids below this are in `sorted`. */
let known = 0;

onTermIdsReset(() => {
  sorted = new Int32Array(0);
  rank = new Int32Array(0);
  known = 0;
});

/** Bring the order up to every id given out so far. */
function update(): void {
  const count = termIdCount();
  if (count === known) return;
  const fresh = Array.from({ length: count - known }, (_, i) => known + i);
  fresh.sort((a, b) => compareTerms(termName(a), termName(b)));
  // Where each fresh id goes among the known ones (binary search), then one merge.
  const at = new Int32Array(fresh.length);
  fresh.forEach((id, i) => {
    const term = termName(id);
    let lo = i === 0 ? 0 : (at[i - 1] as number);
    let hi = known;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareTerms(termName(sorted[mid] as number), term) < 0) lo = mid + 1;
      else hi = mid;
    }
    at[i] = lo;
  });
  const merged = new Int32Array(count);
  let k = 0;
  let old = 0;
  fresh.forEach((id, i) => {
    const to = at[i] as number;
    while (old < to) merged[k++] = sorted[old++] as number;
    merged[k++] = id;
  });
  while (old < known) merged[k++] = sorted[old++] as number;
  sorted = merged;
  rank = new Int32Array(count);
  for (let r = 0; r < count; r++) rank[sorted[r] as number] = r;
  known = count;
}

/** The ids, in the order of their terms. */
export function inTermOrder(ids: ReadonlyArray<number>): Int32Array {
  update();
  const ranks = Int32Array.from(ids, (id) => rank[id] as number);
  ranks.sort();
  for (let i = 0; i < ranks.length; i++) ranks[i] = sorted[ranks[i] as number] as number;
  return ranks;
}
