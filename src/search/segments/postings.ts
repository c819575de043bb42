/**
 * The postings of one term in one segment, and the positions of its stems.
 *
 * Postings, one entry per paper holding the term, docids ascending, each a few varints:
 * - the docid minus the previous entry's (the first minus `first − 1` of its segment);
 * - a mask of the streams the term is in: bit `2f` its field f's stems stream, bit
 *   `2f + 1` its expansions stream, for f in `TEXT_FIELDS` order (title, dossiers, body);
 * - for each field whose stems bit is set, the term's count in that stream (≥ 1).
 *
 * Positions, for the entries in the same order, for each field whose stems bit is set:
 * that many positions of the term in the stream, the first as it is, the others as the
 * difference to the one before (so ≥ 1). Expansions have no positions.
 *
 * @module
 */
import { ByteReader, ByteWriter } from './bytes.ts';

/** The stems bit of field 0; shift by `2 × field`. */
export const STEMS_BIT = 1;
/** The expansions bit of field 0; shift by `2 × field`. */
export const EXPANSIONS_BIT = 2;
/** How much an occurrence in an expansions stream counts against one in a stems stream. */
export const EXPANSION_WEIGHT = 0.5;

/** The number of positions an entry has: the sum of its stems counts. */
export function stemsCount(tfs: number[]): number {
  let n = 0;
  for (const tf of tfs) n += tf;
  return n;
}

/**
 * Decode postings into the local docs (docid − segment first) and each entry's weighted,
 * length-normalised term frequency for BM25F: `Σ_f (tf_stems + 0.5 × in_expansions) ×
 * norms[3 × local + f]`, where `norms` holds each field's weight over its length norm.
 * Writes `n` entries into `local` and `tf`.
 */
export function decodeWeighted(
  bytes: Uint8Array,
  n: number,
  norms: Float32Array,
  local: Int32Array,
  tf: Float32Array,
): void {
  let pos = 0;
  let doc = -1;
  for (let i = 0; i < n; i++) {
    // delta (varint)
    let b = bytes[pos++] as number;
    let v = b & 0x7f;
    for (let s = 128; b >= 0x80; s *= 128) {
      b = bytes[pos++] as number;
      v += (b & 0x7f) * s;
    }
    doc += v;
    // mask: one byte (6 bits)
    const mask = bytes[pos++] as number;
    let w = 0;
    const base = 3 * doc;
    for (let f = 0; f < 3; f++) {
      let t = 0;
      if ((mask & (STEMS_BIT << (2 * f))) !== 0) {
        b = bytes[pos++] as number;
        t = b & 0x7f;
        for (let s = 128; b >= 0x80; s *= 128) {
          b = bytes[pos++] as number;
          t += (b & 0x7f) * s;
        }
      }
      if ((mask & (EXPANSIONS_BIT << (2 * f))) !== 0) t += EXPANSION_WEIGHT;
      if (t !== 0) w += t * (norms[base + f] as number);
    }
    local[i] = doc;
    tf[i] = w;
  }
}

/** Decode only the local docs of postings into `local` (`n` entries). */
export function decodeDocs(bytes: Uint8Array, n: number, local: Int32Array): void {
  const r = new ByteReader(bytes);
  let doc = -1;
  for (let i = 0; i < n; i++) {
    doc += r.uint();
    const mask = r.uint();
    for (let f = 0; f < 3; f++) if ((mask & (STEMS_BIT << (2 * f))) !== 0) r.uint();
    local[i] = doc;
  }
}

/** Postings and positions of a term for checking phrases: per entry its doc, stems counts and where its positions start. */
export interface StemEntries {
  local: Int32Array;
  /** `tfs[3 × i + f]`: the entry's count in field f's stems stream. */
  tfs: Int32Array;
  /** Byte offset of each entry's positions. */
  at: Int32Array;
  positions: Uint8Array;
}

/** Decode postings with their positions for phrase checks. */
export function decodeStems(bytes: Uint8Array, n: number, positions: Uint8Array | null): StemEntries {
  const local = new Int32Array(n);
  const tfs = new Int32Array(3 * n);
  const at = new Int32Array(n);
  const r = new ByteReader(bytes);
  const p = new ByteReader(positions ?? new Uint8Array(0));
  let doc = -1;
  for (let i = 0; i < n; i++) {
    doc += r.uint();
    const mask = r.uint();
    local[i] = doc;
    at[i] = p.pos;
    let count = 0;
    for (let f = 0; f < 3; f++) {
      if ((mask & (STEMS_BIT << (2 * f))) === 0) continue;
      const tf = r.uint();
      tfs[3 * i + f] = tf;
      count += tf;
    }
    p.skip(count);
  }
  return { local, tfs, at, positions: positions ?? new Uint8Array(0) };
}

/** The positions of entry `i` in field `field` (ascending). */
export function entryPositions(entries: StemEntries, i: number, field: number): number[] {
  const r = new ByteReader(entries.positions, entries.at[i] as number);
  for (let f = 0; f < field; f++) r.skip(entries.tfs[3 * i + f] as number);
  const out: number[] = [];
  let p = 0;
  const n = entries.tfs[3 * i + field] as number;
  for (let k = 0; k < n; k++) {
    const v = r.uint();
    p = k === 0 ? v : p + v;
    out.push(p);
  }
  return out;
}

/** A term's postings in one segment, with where that segment starts. */
export interface PostingsPart {
  /** First docid of the segment the postings were encoded for. */
  first: number;
  docs: number;
  last: number;
  postings: Uint8Array;
  positions: Uint8Array | null;
}

/** Postings joined from several parts. */
export interface JoinedPostings {
  docs: number;
  last: number;
  postings: Uint8Array;
  positions: Uint8Array | null;
}

/**
 * Join the postings of adjacent segments (ascending, docid ranges not overlapping) into
 * those of one segment starting at `first`: only each part's first delta changes.
 */
export function concatPostings(parts: ReadonlyArray<PostingsPart>, first: number): JoinedPostings {
  const postings = new ByteWriter(parts.reduce((n, p) => n + p.postings.length + 4, 0));
  const positions = new ByteWriter(parts.reduce((n, p) => n + (p.positions?.length ?? 0), 0));
  let previous = first - 1;
  let docs = 0;
  let havePositions = false;
  for (const part of parts) {
    const r = new ByteReader(part.postings);
    const head = part.first - 1 + r.uint();
    postings.uint(head - previous);
    postings.bytes(part.postings.subarray(r.pos));
    if (part.positions !== null && part.positions.length > 0) {
      positions.bytes(part.positions);
      havePositions = true;
    }
    previous = part.last;
    docs += part.docs;
  }
  return { docs, last: previous, postings: postings.finish(), positions: havePositions ? positions.finish() : null };
}

/**
 * The postings of `parts` (as for `concatPostings`) without the entries whose docid
 * `dead` reports; null when none is left.
 */
export function filterPostings(
  parts: ReadonlyArray<PostingsPart>,
  first: number,
  dead: (docid: number) => boolean,
): JoinedPostings | null {
  const postings = new ByteWriter(64);
  const positions = new ByteWriter(64);
  let previous = first - 1;
  let docs = 0;
  for (const part of parts) {
    const r = new ByteReader(part.postings);
    const p = new ByteReader(part.positions ?? new Uint8Array(0));
    let docid = part.first - 1;
    for (let i = 0; i < part.docs; i++) {
      docid += r.uint();
      const mask = r.uint();
      const tfs: number[] = [];
      for (let f = 0; f < 3; f++) if ((mask & (STEMS_BIT << (2 * f))) !== 0) tfs.push(r.uint());
      const count = stemsCount(tfs);
      if (dead(docid)) {
        p.skip(count);
        continue;
      }
      postings.uint(docid - previous);
      postings.uint(mask);
      for (const tf of tfs) postings.uint(tf);
      for (let k = 0; k < count; k++) positions.uint(p.uint());
      previous = docid;
      docs++;
    }
  }
  if (docs === 0) return null;
  return {
    docs,
    last: previous,
    postings: postings.finish(),
    positions: positions.length > 0 ? positions.finish() : null,
  };
}
