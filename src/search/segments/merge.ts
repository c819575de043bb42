/**
 * Merging segments: which adjacent segments to merge (`pickMerge`, a log-structured
 * policy), and the merge itself (`SegmentMerge` for the columns and the rules,
 * `BlockMerge` streaming the term blocks of the parts into the merged segment's).
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
import { type BlockPacker, BlockReader, type BlockRow } from './blocks.ts';
import { ByteWriter } from './bytes.ts';
import { type Columns, columnStats, concatColumns, encodeColumns } from './columns.ts';
import { concatPostings, filterPostings, type PostingsPart } from './postings.ts';
import type { SegmentMeta, SegmentPart, TermRow } from './types.ts';

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

/**
 * The segments of share `part` when a search is split over threads: the segments are
 * dealt largest first, each to the share with the fewest docids so far (ties: the lower
 * share), so the shares are about equal and every thread computes the same split from
 * the same list. Without `part`, all of them.
 */
export function partOf<T extends SegmentMeta>(segments: ReadonlyArray<T>, part: SegmentPart | undefined): T[] {
  if (part === undefined || part.of <= 1) return [...segments];
  const load = new Array<number>(part.of).fill(0);
  const mine = new Set<number>();
  const bySize = [...segments].sort((a, b) => b.count - a.count || a.id - b.id);
  for (const s of bySize) {
    let least = 0;
    for (let i = 1; i < part.of; i++) if ((load[i] as number) < (load[least] as number)) least = i;
    load[least] = (load[least] as number) + s.count;
    if (least === part.index) mine.add(s.id);
  }
  return segments.filter((s) => mine.has(s.id));
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

  /** Whether deleted papers lie in the range (their postings are then dropped term by term). */
  get hasDeleted(): boolean {
    return this.dead.size > 0;
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

/** One part of a streaming merge: its blocks as fed, and the term it is at. */
class PartCursor {
  readonly queue: BlockRow[] = [];
  reader: BlockReader | null = null;
  at = 0;
  done = false;

  constructor(readonly first: number) {}

  /** Whether the part is at a term (else it needs its next page, or is done). */
  ready(): boolean {
    while (this.reader === null || this.at >= this.reader.n) {
      const next = this.queue.shift();
      if (next === undefined) return false;
      this.reader = new BlockReader(next, this.first);
      this.at = 0;
    }
    return true;
  }

  /** This part's current term against `other`'s, in term order. */
  compare(other: PartCursor): number {
    return (this.reader as BlockReader).compare(this.at, other.reader as BlockReader, other.at);
  }
}

/**
 * A k-way merge of segments' term blocks, streaming: the engine feeds each part its
 * blocks page by page (`hungry`, `feed`), `step` merges terms until a part needs more,
 * and the merged terms go straight into a `BlockPacker` (the engine writes what it
 * `take`s). Postings are joined as bytes (only each part's first delta is rewritten);
 * only when deleted papers lie in the range do the terms go through `mergeTerm`.
 *
 * @example
 * const merging = new BlockMerge(merge, pick.map((s) => s.first), packer);
 * while (merging.step()) for (const i of merging.hungry()) merging.feed(i, ...readPage(i));
 */
export class BlockMerge {
  private readonly parts: PartCursor[];
  private readonly postings = new ByteWriter(1 << 16);
  private readonly positions = new ByteWriter(1 << 16);

  constructor(
    private readonly merge: SegmentMerge,
    firsts: ReadonlyArray<number>,
    private readonly packer: BlockPacker,
  ) {
    this.parts = firsts.map((first) => new PartCursor(first));
  }

  /** Parts that need their next page of blocks. */
  hungry(): number[] {
    const out: number[] = [];
    this.parts.forEach((p, i) => {
      if (!p.done && !p.ready()) out.push(i);
    });
    return out;
  }

  /** Give part i its next page of blocks; `last` when there are none after it. */
  feed(i: number, blocks: ReadonlyArray<BlockRow>, last: boolean): void {
    const part = this.parts[i] as PartCursor;
    part.queue.push(...blocks);
    if (last) part.done = true;
  }

  /** Merge terms until a part needs a page (true: feed the hungry ones) or all are merged (false). */
  step(): boolean {
    const parts = this.parts;
    const here: PartCursor[] = [];
    for (;;) {
      let smallest: PartCursor | null = null;
      for (const p of parts) {
        if (!p.ready()) {
          if (!p.done) return true;
          continue;
        }
        if (smallest === null || p.compare(smallest) < 0) smallest = p;
      }
      if (smallest === null) return false;
      here.length = 0;
      for (const p of parts) if (p.ready() && (p === smallest || p.compare(smallest) === 0)) here.push(p);
      this.join(here);
      for (const p of here) p.at++;
    }
  }

  private join(here: PartCursor[]): void {
    const head = here[0] as PartCursor;
    const headReader = head.reader as BlockReader;
    if (this.merge.hasDeleted) {
      const term = headReader.term(head.at);
      const rows = this.parts.map((p) => (here.includes(p) ? rowOf(p, term) : undefined));
      const row = this.merge.mergeTerm(rows);
      if (row !== null) this.packer.add(row);
      return;
    }
    const post = this.postings;
    const pos = this.positions;
    post.reset();
    pos.reset();
    let previous = this.merge.first - 1;
    let docs = 0;
    for (const p of here) {
      const r = p.reader as BlockReader;
      const i = p.at;
      const data = r.data;
      // The part's first delta, rewritten against the entry before it; the rest as it is.
      let at = r.postingsFrom[i] as number;
      let b = data[at++] as number;
      let v = b & 0x7f;
      for (let s = 128; b >= 0x80; s *= 128) {
        b = data[at++] as number;
        v += (b & 0x7f) * s;
      }
      post.uint(p.first - 1 + v - previous);
      post.bytes(data.subarray(at, r.postingsTo[i] as number));
      const positions = r.positions(i);
      if (positions !== null) pos.bytes(positions);
      previous = r.last[i] as number;
      docs += r.docs[i] as number;
    }
    const from = headReader.termFrom[head.at] as number;
    const to = headReader.termFrom[head.at + 1] as number;
    this.packer.addTermBytes(
      headReader.bytes,
      from,
      to,
      docs,
      previous,
      post.view(),
      pos.length > 0 ? pos.view() : null,
    );
  }
}

function rowOf(p: PartCursor, term: string): TermRow {
  const r = p.reader as BlockReader;
  return {
    segment: 0,
    term,
    docs: r.docs[p.at] as number,
    last: r.last[p.at] as number,
    postings: r.postings(p.at),
    positions: r.positions(p.at),
  };
}
