/**
 * The large term blocks a search read from PostgreSQL, kept in the client for the next
 * search. A segment's blocks never change once its transaction commits (merges write new
 * segments under new identity ids and delete the old ones), so a block found for a
 * (segment, term) stays the right answer for as long as the segment exists; the columns
 * of segments are cached on the same ground.
 *
 * Only blocks of `minBytes` or more are kept: those are a common word's postings and
 * positions, which PostgreSQL reads out of TOAST and sends over the socket at a cost
 * that grows with the archive (tens of megabytes for a phrase of two common words at
 * 1,000,000 papers), while a small block costs no more than the query that finds it.
 * Least recently used blocks go first once the cache holds `maxBytes`.
 *
 * @module
 */
import type { BlockRow } from '../../search/index.ts';

/** Options of a `BlockCache`. */
export interface BlockCacheOptions {
  /** Bytes of blocks held at most (0: nothing is kept). */
  maxBytes: number;
  /** Smallest block kept, in bytes of data and positions together. */
  minBytes?: number;
}

interface Entry {
  row: BlockRow;
  bytes: number;
}

/** Blocks by (segment, looked-up term), least recently used first. */
export class BlockCache {
  private readonly entries = new Map<string, Entry>();
  private held = 0;
  private readonly maxBytes: number;
  private readonly minBytes: number;

  constructor(options: BlockCacheOptions) {
    this.maxBytes = Math.max(0, options.maxBytes);
    this.minBytes = Math.max(1, options.minBytes ?? 16_384);
  }

  /** Bytes held now. */
  get bytes(): number {
    return this.held;
  }

  /**
   * The block found for `term` in `segment`, when kept (with its positions when
   * `positions` is asked for: a block kept without them does not answer then).
   */
  get(segment: number, term: string, positions: boolean): BlockRow | undefined {
    const key = keyOf(segment, term);
    const entry = this.entries.get(key);
    if (entry === undefined || (positions && entry.row.positions === null)) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.row;
  }

  /** Keep the block found for `term` in `segment`, when it is large enough to be worth it. */
  set(segment: number, term: string, row: BlockRow): void {
    const bytes = row.data.byteLength + (row.positions?.byteLength ?? 0);
    if (bytes < this.minBytes || bytes > this.maxBytes) return;
    const key = keyOf(segment, term);
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.held -= old.bytes;
    }
    this.entries.set(key, { row, bytes });
    this.held += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.held <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.held -= entry.bytes;
    }
  }
}

function keyOf(segment: number, term: string): string {
  return `${segment}\u0000${term}`;
}
