/**
 * Merging segments: which adjacent segments to merge (`pickMerge`, a log-structured
 * policy), and the merge itself, term by term (`SegmentMerge`, fed by `TermMerger`, a
 * k-way merge over the engine's pages of term blocks, unpacked; the merged rows are
 * packed again with `BlockPacker`).
 *
 * Policy: a segment's level is the decimal order of its docid range (1–9 docids: 0,
 * 10–99: 1, …). When `MERGE_FACTOR` adjacent segments share a level, they become one
 * segment, unless it would exceed `MAX_MERGED` docids. So an archive of N papers has at
 * most about `9 × log10(N)` segments however it was written, and every docid is
 * rewritten about log10(N / batch) times while the archive grows.
 *
 * A merge keeps every docid (segments stay contiguous ranges): the postings of a term
 * are joined with only each part's first delta rewritten, unless deleted papers lie in
 * the range, which are then dropped.
 *
 * @module
 */
import { type Columns, columnStats, concatColumns, encodeColumns } from './columns.ts';
import { compareTerms } from './order.ts';
import { concatPostings, filterPostings, type PostingsPart } from './postings.ts';
import type { SegmentMeta, TermRow } from './types.ts';

/** Segments of one level merged at once. */
export const MERGE_FACTOR = 10;
/** The largest docid range a merge makes. */
export const MAX_MERGED = 500_000;

/** The level of a segment. */
export function levelOf(count: number): number {
  return Math.floor(Math.log10(Math.max(1, count)));
}

/**
 * The segments to merge next (adjacent, oldest first), or null when none need merging.
 * `segments` are ordered by first docid. The newest full run is merged first.
 */
export function pickMerge(segments: ReadonlyArray<SegmentMeta>): SegmentMeta[] | null {
  let end = segments.length;
  while (end > 0) {
    const level = levelOf((segments[end - 1] as SegmentMeta).count);
    let start = end - 1;
    while (start > 0 && levelOf((segments[start - 1] as SegmentMeta).count) === level) start--;
    // Within the run, the newest MERGE_FACTOR segments that fit.
    for (let to = end; to - start >= MERGE_FACTOR; to--) {
      const run = segments.slice(to - MERGE_FACTOR, to);
      if (run.reduce((n, s) => n + s.count, 0) <= MAX_MERGED) return [...run];
    }
    end = start;
  }
  return null;
}

/** One segment being merged: its meta and columns. */
export interface MergePart {
  meta: SegmentMeta;
  columns: Columns;
}

/** The merge of adjacent segments into one with id `id`. */
export class SegmentMerge {
  readonly first: number;
  readonly count: number;
  private readonly dead: Set<number>;

  /**
   * `parts` are the segments, oldest first, each starting where the one before ends;
   * `deleted` the deleted docids (any; those in the range are dropped).
   */
  constructor(
    readonly id: number,
    private readonly parts: ReadonlyArray<MergePart>,
    deleted: Iterable<number>,
  ) {
    if (parts.length < 2) throw new RangeError('SegmentMerge: merge at least two segments');
    const firstPart = parts[0] as MergePart;
    this.first = firstPart.meta.first;
    let next = this.first;
    for (const p of parts) {
      if (p.meta.first !== next || p.columns.count !== p.meta.count) {
        throw new RangeError('SegmentMerge: segments must be adjacent and whole');
      }
      next += p.meta.count;
    }
    this.count = next - this.first;
    this.dead = new Set([...deleted].filter((d) => d >= this.first && d < next));
  }

  /** The deleted docids this merge drops (the engine forgets their tombstones). */
  get dropped(): number[] {
    return [...this.dead].sort((a, b) => a - b);
  }

  /** The merged segment's meta and columns blob. */
  segment(): { meta: SegmentMeta; columns: Uint8Array } {
    const columns = concatColumns(
      this.parts.map((p) => p.columns),
      (local) => this.dead.has(this.first + local),
    );
    const stats = columnStats(columns);
    return {
      meta: { id: this.id, first: this.first, count: this.count, live: stats.live, lengths: stats.lengths },
      columns: encodeColumns(columns),
    };
  }

  /**
   * The merged row of one term from its rows in the parts (`rows[i]` from part i, or
   * undefined where the term is absent); null when only deleted papers held it.
   */
  mergeTerm(rows: ReadonlyArray<TermRow | undefined>): TermRow | null {
    const parts: PostingsPart[] = [];
    let term: string | undefined;
    rows.forEach((row, i) => {
      if (row === undefined) return;
      term = row.term;
      parts.push({
        first: (this.parts[i] as MergePart).meta.first,
        docs: row.docs,
        last: row.last,
        postings: row.postings,
        positions: row.positions,
      });
    });
    if (term === undefined) return null;
    const joined =
      this.dead.size === 0
        ? concatPostings(parts, this.first)
        : filterPostings(parts, this.first, (docid) => this.dead.has(docid));
    if (joined === null) return null;
    return { segment: this.id, term, ...joined };
  }
}

/**
 * A k-way merge of term rows read page by page (each part's rows in `compareTerms`
 * order): `hungry()` says which parts need their next page fed before `next()` can tell
 * the next term.
 *
 * @example
 * const merger = new TermMerger(parts.length);
 * for (;;) {
 *   for (const i of merger.hungry()) merger.feed(i, ...readPage(i));
 *   const rows = merger.next();
 *   if (rows === null) break;
 *   write(merge.mergeTerm(rows));
 * }
 */
export class TermMerger {
  private readonly pages: TermRow[][];
  private readonly at: number[];
  private readonly done: boolean[];

  constructor(k: number) {
    this.pages = Array.from({ length: k }, () => []);
    this.at = new Array(k).fill(0);
    this.done = new Array(k).fill(false);
  }

  /** Parts whose page is used up and that may have more rows. */
  hungry(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.pages.length; i++) {
      if (!this.done[i] && (this.at[i] as number) >= (this.pages[i] as TermRow[]).length) out.push(i);
    }
    return out;
  }

  /** Give part i its next page of rows; `last` when the part has no more after it. */
  feed(i: number, rows: TermRow[], last: boolean): void {
    this.pages[i] = rows;
    this.at[i] = 0;
    if (last) this.done[i] = true;
  }

  /** The rows of the smallest term left (one slot per part), or null when all are read. */
  next(): Array<TermRow | undefined> | null {
    if (this.hungry().length > 0) throw new Error('TermMerger: feed the hungry parts first');
    let smallest: string | null = null;
    for (let i = 0; i < this.pages.length; i++) {
      const row = (this.pages[i] as TermRow[])[this.at[i] as number];
      if (row !== undefined && (smallest === null || compareTerms(row.term, smallest) < 0)) smallest = row.term;
    }
    if (smallest === null) return null;
    const out: Array<TermRow | undefined> = [];
    for (let i = 0; i < this.pages.length; i++) {
      const row = (this.pages[i] as TermRow[])[this.at[i] as number];
      if (row !== undefined && row.term === smallest) {
        out.push(row);
        this.at[i] = (this.at[i] as number) + 1;
      } else out.push(undefined);
    }
    return out;
  }
}
