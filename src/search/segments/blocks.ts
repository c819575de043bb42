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

/** Terms' UTF-8 bytes, one after the other, in a buffer reused for each (no allocation per term). */
class TermBytes {
  bytes = new Uint8Array(64);
  length = 0;

  set(term: string): void {
    const n = term.length;
    if (3 * n > this.bytes.length) this.bytes = new Uint8Array(3 * n + 16);
    for (let i = 0; i < n; i++) {
      const c = term.charCodeAt(i);
      if (c >= 0x80) {
        this.length = encoder.encodeInto(term, this.bytes).written;
        return;
      }
      this.bytes[i] = c;
    }
    this.length = n;
  }

  /** Set to the bytes `bytes[from, to)`. */
  copy(bytes: Uint8Array, from: number, to: number): void {
    if (to - from > this.bytes.length) this.bytes = new Uint8Array(2 * (to - from));
    this.bytes.set(bytes.subarray(from, to));
    this.length = to - from;
  }

  /** The bytes as text. */
  text(): string {
    return text(this.bytes, 0, this.length);
  }

  /** Bytes this term shares at its start with `other`. */
  shared(other: TermBytes): number {
    const n = Math.min(this.length, other.length);
    const a = this.bytes;
    const b = other.bytes;
    let i = 0;
    while (i < n && a[i] === b[i]) i++;
    return i;
  }
}

/** The text of UTF-8 bytes `bytes[from, to)`. */
function text(bytes: Uint8Array, from: number, to: number): string {
  let ascii = true;
  for (let i = from; i < to && ascii; i++) ascii = (bytes[i] as number) < 0x80;
  if (!ascii) return decoder.decode(bytes.subarray(from, to));
  let out = '';
  for (let i = from; i < to; i++) out += String.fromCharCode(bytes[i] as number);
  return out;
}

/** Block sizes (tests make them tiny, to get many blocks from few papers). */
export interface BlockSizes {
  block: number;
  own: number;
}

const SIZES: BlockSizes = { block: BLOCK_BYTES, own: OWN_BLOCK_BYTES };

/**
 * Packs terms, given in term order, into blocks as they come: each term's header and
 * bytes are copied into the block being filled at once (so the caller may reuse its
 * buffers), and a block is closed when it reaches the size.
 */
export class BlockPacker {
  private readonly out: BlockRow[] = [];
  private readonly heads = new ByteWriter(512);
  private readonly body = new ByteWriter(BLOCK_BYTES + 1024);
  private count = 0;
  private key: string | null = null;
  private current = new TermBytes();
  private previous = new TermBytes();

  constructor(
    private readonly segment: number,
    private readonly first: number,
    private readonly sizes: BlockSizes = SIZES,
  ) {}

  add(row: TermRow): void {
    this.addTerm(row.term, row.docs, row.last, row.postings, row.positions);
  }

  /** Add a term: its paper count, last docid, postings and positions (copied). */
  addTerm(term: string, docs: number, last: number, postings: Uint8Array, positions: Uint8Array | null): void {
    this.current.set(term);
    this.addCurrent(term, docs, last, postings, positions);
  }

  /** `addTerm` for a term given as its UTF-8 bytes `bytes[from, to)` (no text made, unless it starts a block). */
  addTermBytes(
    bytes: Uint8Array,
    from: number,
    to: number,
    docs: number,
    last: number,
    postings: Uint8Array,
    positions: Uint8Array | null,
  ): void {
    this.current.copy(bytes, from, to);
    this.addCurrent(null, docs, last, postings, positions);
  }

  /** Add the term in `current` (`term`: its text, when known). */
  private addCurrent(
    term: string | null,
    docs: number,
    last: number,
    postings: Uint8Array,
    positions: Uint8Array | null,
  ): void {
    const size = postings.length + (positions?.length ?? 0);
    if (size > this.sizes.own) {
      this.close();
      const w = new ByteWriter(postings.length + this.current.length + 24);
      w.uint(OWN);
      w.uint(1);
      this.header(w, 0, docs, last, postings.length);
      w.bytes(postings);
      this.out.push({
        segment: this.segment,
        term: term ?? this.current.text(),
        data: w.finish(),
        positions: positions === null || positions.length === 0 ? null : positions.slice(),
      });
      return;
    }
    const same = this.count === 0 ? 0 : this.current.shared(this.previous);
    this.header(this.heads, same, docs, last, postings.length);
    this.heads.uint(positions?.length ?? 0);
    this.body.bytes(postings);
    if (positions !== null) this.body.bytes(positions);
    if (this.key === null) this.key = term ?? this.current.text();
    this.count++;
    [this.previous, this.current] = [this.current, this.previous];
    if (this.heads.length + this.body.length >= this.sizes.block) this.close();
  }

  private header(w: ByteWriter, same: number, docs: number, last: number, postings: number): void {
    const t = this.current;
    w.uint(same);
    w.uint(t.length - same);
    w.bytes(t.bytes.subarray(same, t.length));
    w.uint(docs);
    w.uint(last - this.first);
    w.uint(postings);
  }

  /** The blocks packed so far (call `finish` for the last). */
  take(): BlockRow[] {
    return this.out.splice(0);
  }

  /** Close the block being filled and return every block not taken yet. */
  finish(): BlockRow[] {
    this.close();
    return this.take();
  }

  private close(): void {
    if (this.count === 0) return;
    const w = new ByteWriter(this.heads.length + this.body.length + 8);
    w.uint(PACKED);
    w.uint(this.count);
    w.bytes(this.heads.view());
    w.bytes(this.body.view());
    this.out.push({ segment: this.segment, term: this.key as string, data: w.finish(), positions: null });
    this.heads.reset();
    this.body.reset();
    this.count = 0;
    this.key = null;
  }
}

/**
 * The terms of one block, read into arrays at once (no object per term): term i's
 * postings are `data[postingsFrom[i], postingsTo[i])` and its positions
 * `positionsOf(i)`.
 */
export class BlockReader {
  readonly n: number;
  readonly docs: Int32Array;
  readonly last: Int32Array;
  readonly postingsFrom: Int32Array;
  readonly postingsTo: Int32Array;
  private readonly positionsFrom: Int32Array;
  private readonly positionsTo: Int32Array;
  readonly data: Uint8Array;
  private readonly own: Uint8Array | null;
  /** Every term's UTF-8 bytes, one after the other: term i is `bytes[termFrom[i], termFrom[i + 1])`. */
  readonly bytes: Uint8Array;
  readonly termFrom: Int32Array;
  private readonly texts: Array<string | undefined>;

  constructor(block: BlockRow, first: number) {
    // A plain view: a Node Buffer's subarray makes a Buffer, which costs far more.
    const data = new Uint8Array(block.data.buffer, block.data.byteOffset, block.data.byteLength);
    this.data = data;
    const own = block.positions;
    this.own = own === null ? null : new Uint8Array(own.buffer, own.byteOffset, own.byteLength);
    const r = new ByteReader(data);
    const kind = r.uint();
    if (kind !== PACKED && kind !== OWN) throw new RangeError('segment index: unknown block kind');
    const n = r.uint();
    this.n = n;
    this.docs = new Int32Array(n);
    this.last = new Int32Array(n);
    this.postingsFrom = new Int32Array(n);
    this.postingsTo = new Int32Array(n);
    this.positionsFrom = new Int32Array(n);
    this.positionsTo = new Int32Array(n);
    this.termFrom = new Int32Array(n + 1);
    this.texts = new Array<string | undefined>(n);
    const postingsLength = new Int32Array(n);
    const positionsLength = new Int32Array(n);
    let bytes = new Uint8Array(Math.max(64, 4 * n + 64));
    let end = 0;
    for (let i = 0; i < n; i++) {
      const same = r.uint();
      const rest = r.uint();
      const start = end;
      if (start + same + rest > bytes.length) {
        const grown = new Uint8Array(2 * (start + same + rest));
        grown.set(bytes.subarray(0, end));
        bytes = grown;
      }
      // The part shared with the term before, then the rest.
      if (i > 0) bytes.copyWithin(start, this.termFrom[i - 1] as number, (this.termFrom[i - 1] as number) + same);
      bytes.set(data.subarray(r.pos, r.pos + rest), start + same);
      r.pos += rest;
      this.termFrom[i] = start;
      end = start + same + rest;
      this.docs[i] = r.uint();
      this.last[i] = first + r.uint();
      postingsLength[i] = r.uint();
      positionsLength[i] = kind === PACKED ? r.uint() : 0;
    }
    this.termFrom[n] = end;
    this.bytes = bytes;
    let at = r.pos;
    for (let i = 0; i < n; i++) {
      this.postingsFrom[i] = at;
      at += postingsLength[i] as number;
      this.postingsTo[i] = at;
      this.positionsFrom[i] = at;
      at += positionsLength[i] as number;
      this.positionsTo[i] = at;
    }
    if (at > data.length) throw new RangeError('segment index: a block is shorter than its headers say');
  }

  /** Term i as text. */
  term(i: number): string {
    let t = this.texts[i];
    if (t === undefined) {
      t = text(this.bytes, this.termFrom[i] as number, this.termFrom[i + 1] as number);
      this.texts[i] = t;
    }
    return t;
  }

  /** Term i against term j of `other`, in `compareTerms` order (UTF-8 byte order). */
  compare(i: number, other: BlockReader, j: number): number {
    const a = this.bytes;
    const b = other.bytes;
    let x = this.termFrom[i] as number;
    const xEnd = this.termFrom[i + 1] as number;
    let y = other.termFrom[j] as number;
    const yEnd = other.termFrom[j + 1] as number;
    while (x < xEnd && y < yEnd) {
      const d = (a[x++] as number) - (b[y++] as number);
      if (d !== 0) return d;
    }
    return xEnd - x - (yEnd - y);
  }

  postings(i: number): Uint8Array {
    return this.data.subarray(this.postingsFrom[i] as number, this.postingsTo[i] as number);
  }

  /** Term i's positions (null when it has none). */
  positions(i: number): Uint8Array | null {
    if (this.own !== null) return this.own;
    const from = this.positionsFrom[i] as number;
    const to = this.positionsTo[i] as number;
    return to > from ? this.data.subarray(from, to) : null;
  }
}

/**
 * The term rows of a block of a segment starting at docid `first`; postings and
 * positions are views into the block's bytes.
 */
export function unpackBlock(block: BlockRow, first: number): TermRow[] {
  const r = new BlockReader(block, first);
  const rows: TermRow[] = [];
  for (let i = 0; i < r.n; i++) {
    rows.push({
      segment: block.segment,
      term: r.term(i),
      docs: r.docs[i] as number,
      last: r.last[i] as number,
      postings: r.postings(i),
      positions: r.positions(i),
    });
  }
  return rows;
}

/**
 * Add to `counts` the paper count of each term of `wanted` that the block holds, from
 * the headers alone (no postings or positions touched): the cheap read behind
 * document frequencies.
 */
export function countTerms(block: BlockRow, wanted: ReadonlySet<string>, counts: Map<string, number>): void {
  const r = new BlockReader(block, 0);
  for (let i = 0; i < r.n; i++) {
    const term = r.term(i);
    if (wanted.has(term)) counts.set(term, (counts.get(term) ?? 0) + (r.docs[i] as number));
  }
}

/** The rows of the terms of `wanted` that the block holds (the others are not made). */
export function unpackTerms(block: BlockRow, first: number, wanted: ReadonlySet<string>): TermRow[] {
  const r = new BlockReader(block, first);
  const rows: TermRow[] = [];
  for (let i = 0; i < r.n; i++) {
    const term = r.term(i);
    if (!wanted.has(term)) continue;
    rows.push({
      segment: block.segment,
      term,
      docs: r.docs[i] as number,
      last: r.last[i] as number,
      postings: r.postings(i),
      positions: r.positions(i),
    });
  }
  return rows;
}
