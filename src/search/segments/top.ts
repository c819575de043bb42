/**
 * The best k matches of a search, kept in a binary heap while every match passes by:
 * by score (ties: newer, then stored first) or by date (newest first, papers without a
 * date last; ties: score, then stored first).
 *
 * @module
 */

/** How hits are ordered. */
export type HitOrder = 'relevance' | 'date';

/** One kept match: the stored document's engine id, its score and its date (yyyymmdd, 0: none). */
export interface Kept {
  store: number;
  score: number;
  day: number;
}

/** Negative when `a` comes before `b` in the page. */
export function hitComparator(order: HitOrder): (a: Kept, b: Kept) => number {
  if (order === 'date') return (a, b) => b.day - a.day || b.score - a.score || a.store - b.store;
  return (a, b) => b.score - a.score || b.day - a.day || a.store - b.store;
}

/** Keeps the best `keep` matches. */
export class TopK {
  /** A binary heap with the match that sorts LAST at the root. */
  private readonly heap: Kept[] = [];
  private readonly before: (a: Kept, b: Kept) => number;
  private readonly byDate: boolean;

  constructor(
    private readonly keep: number,
    order: HitOrder,
  ) {
    this.before = hitComparator(order);
    this.byDate = order === 'date';
  }

  /** Offer a match. */
  add(store: number, score: number, day: number): void {
    if (this.keep === 0) return;
    const heap = this.heap;
    if (heap.length < this.keep) {
      heap.push({ store, score, day });
      this.up(heap.length - 1);
      return;
    }
    // Most matches lose against the worst kept one: decide without allocating.
    const worst = heap[0] as Kept;
    const first = this.byDate ? day - worst.day : score - worst.score;
    const second = this.byDate ? score - worst.score : day - worst.day;
    if (first > 0 || (first === 0 && (second > 0 || (second === 0 && store < worst.store)))) {
      heap[0] = { store, score, day };
      this.down(0);
    }
  }

  /** The kept matches, best first. */
  sorted(): Kept[] {
    return this.heap.slice().sort(this.before);
  }

  // A parent sorts after its children.
  private up(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.before(heap[parent] as Kept, heap[i] as Kept) >= 0) return;
      [heap[parent], heap[i]] = [heap[i] as Kept, heap[parent] as Kept];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let last = i;
      if (left < heap.length && this.before(heap[left] as Kept, heap[last] as Kept) > 0) last = left;
      if (right < heap.length && this.before(heap[right] as Kept, heap[last] as Kept) > 0) last = right;
      if (last === i) return;
      [heap[last], heap[i]] = [heap[i] as Kept, heap[last] as Kept];
      i = last;
    }
  }
}
