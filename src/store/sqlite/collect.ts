/**
 * One pass over the matches of a search: SQLite selects them and computes bm25, and a
 * collector in JavaScript, called once per match through the SQL function
 * `griffie_collect`, counts the total and the facets and keeps the best page. Nothing
 * is counted twice and no second query runs over the matches, which is what makes a
 * search with facets over every match cost about as much as a plain ranked query.
 *
 * The facet columns arrive packed (`facets.ts`): `code` (type, year, sender role,
 * portfolio), `day` (the date as yyyymmdd, 0 for none) and `dossiers` (the first two
 * dossier codes and a flag for papers with more).
 *
 * @module
 */
import type Database from 'better-sqlite3';
import { unpackDossiers } from './facets.ts';

/** The SQL function a search calls once per match. */
export const COLLECT_FUNCTION = 'griffie_collect';

/** How hits are ordered: by score (ties: newer, then stored earlier) or by date (then score). */
export type CollectOrder = 'relevance' | 'date';

/** One kept match. */
export interface Kept {
  doc: number;
  score: number;
  day: number;
}

/** What a collector saw: plain data, so that a reader thread can post it. */
export interface Collected {
  total: number;
  /** Packed facet code → matches. */
  codes: Array<[code: number, n: number]>;
  /** Dossier code → matches. */
  dossiers: Array<[code: number, n: number]>;
  /** Matches with more than two dossiers: their later dossiers are counted from the table. */
  more: number[];
  /** The best `keep` matches, best first. */
  top: Kept[];
}

/**
 * The recency factor of the ranking: a paper of 2025 or later gets at most 10% over one
 * of 1995 or before (or without a date) with the same text score.
 */
export function recency(day: number): number {
  const year = day > 0 ? Math.floor(day / 10000) : 1995;
  return 1 + 0.1 * Math.min(1, Math.max(0, (year - 1995) / 30));
}

/** `a` before `b` in the page? Papers without a date (day 0) come after dated ones. */
function comparator(order: CollectOrder): (a: Kept, b: Kept) => number {
  if (order === 'date') return (a, b) => b.day - a.day || b.score - a.score || a.doc - b.doc;
  return (a, b) => b.score - a.score || b.day - a.day || a.doc - b.doc;
}

/** Counts and keeps the matches of one search (or one rowid range of it). */
export class Collector {
  total = 0;
  private readonly codes = new Map<number, number>();
  /** Matches per dossier code (codes are small, dense integers). */
  private dossiers = new Int32Array(1024);
  private readonly more: number[] = [];
  /** A binary heap with the WORST kept match at the root. */
  private readonly heap: Kept[] = [];
  private readonly before: (a: Kept, b: Kept) => number;
  private readonly byDate: boolean;

  constructor(
    private readonly keep: number,
    order: CollectOrder,
  ) {
    this.before = comparator(order);
    this.byDate = order === 'date';
  }

  /** Take one match; `raw` is the text score (higher is better, 0 without text). */
  add(doc: number, raw: number, code: number, day: number, dossiers: number): void {
    this.total += 1;
    this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
    if (dossiers !== 0) this.countDossiers(doc, dossiers);
    if (this.keep === 0) return;
    const score = raw === 0 ? 0 : raw * recency(day);
    const heap = this.heap;
    if (heap.length < this.keep) {
      heap.push({ doc, score, day });
      this.up(heap.length - 1);
      return;
    }
    // Most matches lose against the worst kept one: decide without allocating.
    const worst = heap[0] as Kept;
    const first = this.byDate ? day - worst.day : score - worst.score;
    const second = this.byDate ? score - worst.score : day - worst.day;
    if (first > 0 || (first === 0 && (second > 0 || (second === 0 && doc < worst.doc)))) {
      heap[0] = { doc, score, day };
      this.down(0);
    }
  }

  private countDossiers(doc: number, packed: number): void {
    const { first, second, more } = unpackDossiers(packed);
    const top = Math.max(first, second);
    if (top >= this.dossiers.length) {
      const grown = new Int32Array(Math.max(top + 1, this.dossiers.length * 2));
      grown.set(this.dossiers);
      this.dossiers = grown;
    }
    if (first !== 0) this.dossiers[first] = (this.dossiers[first] as number) + 1;
    if (second !== 0 && second !== first) this.dossiers[second] = (this.dossiers[second] as number) + 1;
    if (more) this.more.push(doc);
  }

  /** What was collected, the kept matches best first. */
  result(): Collected {
    return {
      total: this.total,
      codes: [...this.codes],
      dossiers: nonZero(this.dossiers),
      more: this.more,
      top: this.heap.slice().sort(this.before),
    };
  }

  // The root is the match that sorts LAST: a parent sorts after its children.
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

function nonZero(counts: Int32Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let code = 1; code < counts.length; code++) if (counts[code] !== 0) out.push([code, counts[code] as number]);
  return out;
}

/** Merge what several collectors (one per rowid range) saw into one. */
export function mergeCollected(parts: Collected[], keep: number, order: CollectOrder): Collected {
  if (parts.length === 1) return parts[0] as Collected;
  const sum = (key: 'codes' | 'dossiers') => {
    const out = new Map<number, number>();
    for (const part of parts) for (const [code, n] of part[key]) out.set(code, (out.get(code) ?? 0) + n);
    return [...out];
  };
  return {
    total: parts.reduce((a, p) => a + p.total, 0),
    codes: sum('codes'),
    dossiers: sum('dossiers'),
    more: parts.flatMap((p) => p.more),
    top: parts
      .flatMap((p) => p.top)
      .sort(comparator(order))
      .slice(0, keep),
  };
}

let current: Collector | null = null;

/**
 * Register `griffie_collect(doc, score, code, day, dossiers)` on a connection. It feeds
 * the collector of the statement running now (`collectWith`) and returns NULL.
 */
export function registerCollect(db: Database.Database): void {
  db.function(COLLECT_FUNCTION, { deterministic: false }, (doc, score, code, day, dossiers) => {
    current?.add(doc as number, (score as number | null) ?? 0, code as number, day as number, dossiers as number);
    return null;
  });
}

/**
 * Run a statement that calls `griffie_collect` for each match, feeding `collector`.
 * better-sqlite3 is synchronous, so no other statement can run in between.
 */
export function collectWith(collector: Collector, statement: Database.Statement, params: unknown[]): Collected {
  current = collector;
  try {
    statement.get(...params);
  } finally {
    current = null;
  }
  return collector.result();
}
