/**
 * Term blocks: how a segment's term rows are stored. Most terms of a segment are rare
 * (a Zipf tail), and a database row per term costs more than its postings; so terms
 * are packed, in term order, into blocks of about `BLOCK_BYTES`, keyed by their first
 * term. A term whose postings and positions exceed `OWN_BLOCK_BYTES` gets a block of its
 * own with its positions in a column apart, so that a search that needs no positions
 * never reads them. The block holding term t is the one with the greatest key ≤ t.
 *
 * Block data: a kind byte (`PACKED`: positions inline; `OWN`: one term, positions apart),
 * the number of terms, then per term a header — bytes shared with the previous term's
 * UTF-8, the length and bytes of the rest, its paper count, its last docid minus the
 * segment's first, the length of its postings and (packed) of its positions — and after
 * all headers the postings and positions of each term in turn.
 *
 * @module
 */
import { ByteReader, ByteWriter } from './bytes.ts';
import type { TermRow } from './types.ts';

/** About how large a block of small terms grows. */
export const BLOCK_BYTES = 4000;
/** Terms larger than this (postings and positions) get a block of their own. */
export const OWN_BLOCK_BYTES = 1024;

const PACKED = 1;
const OWN = 2;

/** A block as the engine stores it. */
export interface BlockRow {
  segment: number;
  /** The block's key: its first term. */
  term: string;
  data: Uint8Array;
  /** The positions of an `OWN` block's term (null otherwise, or when not read). */
  positions: Uint8Array | null;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function shared(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** Block sizes (tests make them tiny, to get many blocks from few papers). */
export interface BlockSizes {
  block: number;
  own: number;
}

const SIZES: BlockSizes = { block: BLOCK_BYTES, own: OWN_BLOCK_BYTES };

/** Packs term rows, given in term order, into blocks. */
export class BlockPacker {
  private readonly out: BlockRow[] = [];
  private pending: TermRow[] = [];
  private pendingBytes = 0;

  constructor(
    private readonly segment: number,
    private readonly first: number,
    private readonly sizes: BlockSizes = SIZES,
  ) {}

  add(row: TermRow): void {
    const size = row.postings.length + (row.positions?.length ?? 0);
    if (size > this.sizes.own) {
      this.flushPending();
      this.out.push({ segment: this.segment, term: row.term, data: this.encode([row], OWN), positions: row.positions });
      return;
    }
    this.pending.push(row);
    this.pendingBytes += size + row.term.length + 8;
    if (this.pendingBytes >= this.sizes.block) this.flushPending();
  }

  /** The blocks packed so far (call `finish` for the last). */
  take(): BlockRow[] {
    return this.out.splice(0);
  }

  /** Pack what is pending and return every block not taken yet. */
  finish(): BlockRow[] {
    this.flushPending();
    return this.take();
  }

  private flushPending(): void {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    this.out.push({
      segment: this.segment,
      term: (rows[0] as TermRow).term,
      data: this.encode(rows, PACKED),
      positions: null,
    });
    this.pending = [];
    this.pendingBytes = 0;
  }

  private encode(rows: TermRow[], kind: number): Uint8Array {
    const w = new ByteWriter(this.pendingBytes + 64);
    w.uint(kind);
    w.uint(rows.length);
    let previous: Uint8Array = new Uint8Array(0);
    for (const row of rows) {
      const bytes = encoder.encode(row.term);
      const same = shared(previous, bytes);
      w.uint(same);
      w.uint(bytes.length - same);
      w.bytes(bytes.subarray(same));
      w.uint(row.docs);
      w.uint(row.last - this.first);
      w.uint(row.postings.length);
      if (kind === PACKED) w.uint(row.positions?.length ?? 0);
      previous = bytes;
    }
    for (const row of rows) {
      w.bytes(row.postings);
      if (kind === PACKED && row.positions !== null) w.bytes(row.positions);
    }
    return w.finish();
  }
}

/**
 * The term rows of a block of a segment starting at docid `first`; postings and
 * positions are views into the block's bytes.
 */
export function unpackBlock(block: BlockRow, first: number): TermRow[] {
  const r = new ByteReader(block.data);
  const kind = r.uint();
  if (kind !== PACKED && kind !== OWN) throw new RangeError('segment index: unknown block kind');
  const n = r.uint();
  const heads: Array<{ term: string; docs: number; last: number; postings: number; positions: number }> = [];
  let previous: Uint8Array = new Uint8Array(0);
  for (let i = 0; i < n; i++) {
    const same = r.uint();
    const rest = r.uint();
    const bytes = new Uint8Array(same + rest);
    bytes.set(previous.subarray(0, same));
    bytes.set(block.data.subarray(r.pos, r.pos + rest), same);
    r.pos += rest;
    previous = bytes;
    heads.push({
      term: decoder.decode(bytes),
      docs: r.uint(),
      last: first + r.uint(),
      postings: r.uint(),
      positions: kind === PACKED ? r.uint() : 0,
    });
  }
  let at = r.pos;
  return heads.map((h) => {
    const postings = block.data.subarray(at, at + h.postings);
    at += h.postings;
    let positions: Uint8Array | null = null;
    if (kind === OWN) positions = block.positions;
    else if (h.positions > 0) positions = block.data.subarray(at, at + h.positions);
    at += h.positions;
    if (at > block.data.length) throw new RangeError('segment index: a block is shorter than its headers say');
    return { segment: block.segment, term: h.term, docs: h.docs, last: h.last, postings, positions };
  });
}
