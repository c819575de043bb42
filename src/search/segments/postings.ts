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
/** A position key: `(local × 4 + field) × POSITION_SPAN + position`, exact in a double. */
export const POSITION_SPAN = 2 ** 26;
/** Keys of one local doc span this much (4 fields). */
export const DOC_SPAN = 4 * POSITION_SPAN;
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

/** A term's entries with every position decoded, for checking phrases without allocating per paper. */
export interface StemEntries {
  local: Int32Array;
  /** `tfs[3 × i + f]`: the entry's count in field f's stems stream. */
  tfs: Int32Array;
  /** Entry i's positions start at `start[i]` in `positions` (fields in order, each ascending). */
  start: Int32Array;
  positions: Int32Array;
}

/** Decode postings with all their positions (absolute, per field) for phrase checks. */
export function decodeStems(bytes: Uint8Array, n: number, positions: Uint8Array | null): StemEntries {
  const local = new Int32Array(n);
  const tfs = new Int32Array(3 * n);
  const start = new Int32Array(n + 1);
  let at = 0;
  let doc = -1;
  let total = 0;
  for (let i = 0; i < n; i++) {
    let b = bytes[at++] as number;
    let v = b & 0x7f;
    for (let s = 128; b >= 0x80; s *= 128) {
      b = bytes[at++] as number;
      v += (b & 0x7f) * s;
    }
    doc += v;
    const mask = bytes[at++] as number;
    local[i] = doc;
    start[i] = total;
    for (let f = 0; f < 3; f++) {
      if ((mask & (STEMS_BIT << (2 * f))) === 0) continue;
      b = bytes[at++] as number;
      v = b & 0x7f;
      for (let s = 128; b >= 0x80; s *= 128) {
        b = bytes[at++] as number;
        v += (b & 0x7f) * s;
      }
      tfs[3 * i + f] = v;
      total += v;
    }
  }
  start[n] = total;
  const out = new Int32Array(total);
  const p = positions ?? new Uint8Array(0);
  if (p.length < total) throw new RangeError('segment index: positions run past their end');
  let pos = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < 3; f++) {
      const tf = tfs[3 * i + f] as number;
      let last = 0;
      for (let c = 0; c < tf; c++) {
        let b = p[pos++] as number;
        let v = b & 0x7f;
        for (let s = 128; b >= 0x80; s *= 128) {
          b = p[pos++] as number;
          v += (b & 0x7f) * s;
        }
        last = c === 0 ? v : last + v;
        out[k++] = last;
      }
    }
  }
  if (pos > p.length) throw new RangeError('segment index: positions run past their end');
  return { local, tfs, start, positions: out };
}

/**
 * Every stems position of a term as one ascending array of keys (local doc, field,
 * position): a phrase "a b" is then the keys k of a with k + 1 among b's, found in one
 * linear pass over both whatever the number of papers (`followingKeys`).
 */
export function decodePositionKeys(bytes: Uint8Array, n: number, positions: Uint8Array | null): Float64Array {
  const keys = new Float64Array(positionCount(bytes, n));
  let k = 0;
  eachPositionKey(bytes, n, positions, (key) => {
    keys[k++] = key;
  });
  return keys;
}

/** The number of positions of a term's postings (the sum of its stems counts). */
function positionCount(bytes: Uint8Array, n: number): number {
  let at = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    while ((bytes[at++] as number) >= 0x80) {}
    const mask = bytes[at++] as number;
    for (let f = 0; f < 3; f++) {
      if ((mask & (STEMS_BIT << (2 * f))) === 0) continue;
      let b = bytes[at++] as number;
      let v = b & 0x7f;
      for (let s = 128; b >= 0x80; s *= 128) {
        b = bytes[at++] as number;
        v += (b & 0x7f) * s;
      }
      total += v;
    }
  }
  return total;
}

/** Call `fn` with each position key of a term's postings, ascending, decoding postings and positions together. */
function eachPositionKey(bytes: Uint8Array, n: number, positions: Uint8Array | null, fn: (key: number) => void): void {
  const p = positions ?? new Uint8Array(0);
  let at = 0;
  let pos = 0;
  let doc = -1;
  for (let i = 0; i < n; i++) {
    let b = bytes[at++] as number;
    let v = b & 0x7f;
    for (let s = 128; b >= 0x80; s *= 128) {
      b = bytes[at++] as number;
      v += (b & 0x7f) * s;
    }
    doc += v;
    const mask = bytes[at++] as number;
    for (let f = 0; f < 3; f++) {
      if ((mask & (STEMS_BIT << (2 * f))) === 0) continue;
      b = bytes[at++] as number;
      let tf = b & 0x7f;
      for (let s = 128; b >= 0x80; s *= 128) {
        b = bytes[at++] as number;
        tf += (b & 0x7f) * s;
      }
      const base = (doc * 4 + f) * POSITION_SPAN;
      let last = 0;
      for (let c = 0; c < tf; c++) {
        if (pos >= p.length) throw new RangeError('segment index: positions run past their end');
        b = p[pos++] as number;
        v = b & 0x7f;
        for (let s = 128; b >= 0x80; s *= 128) {
          b = p[pos++] as number;
          v += (b & 0x7f) * s;
        }
        last = c === 0 ? v : last + v;
        fn(base + last);
      }
    }
  }
}

/**
 * The keys of `next` that follow (k + 1) a position key of the term whose postings are
 * given, ascending: the term's keys are read as they are decoded, never kept.
 */
export function followingKeys(
  bytes: Uint8Array,
  n: number,
  positions: Uint8Array | null,
  next: Float64Array,
): Float64Array {
  const out: number[] = [];
  let j = 0;
  const m = next.length;
  eachPositionKey(bytes, n, positions, (key) => {
    const target = key + 1;
    while (j < m && (next[j] as number) < target) j++;
    if (j < m && next[j] === target) out.push(target);
  });
  return Float64Array.from(out);
}

/** The keys of `b` that follow a key of `a` (k + 1), ascending. */
export function followedBy(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(Math.min(a.length, b.length));
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const target = (a[i] as number) + 1;
    while (j < b.length && (b[j] as number) < target) j++;
    if (b[j] === target) out[n++] = target;
  }
  return out.subarray(0, n);
}

/** Where entry i's positions in field `field` lie in `entries.positions`: [from, to). */
export function fieldRange(entries: StemEntries, i: number, field: number): [from: number, to: number] {
  let from = entries.start[i] as number;
  for (let f = 0; f < field; f++) from += entries.tfs[3 * i + f] as number;
  return [from, from + (entries.tfs[3 * i + field] as number)];
}

/** The positions of entry `i` in field `field` (ascending). */
export function entryPositions(entries: StemEntries, i: number, field: number): number[] {
  const [from, to] = fieldRange(entries, i, field);
  return [...entries.positions.subarray(from, to)];
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
  if (parts.length === 1) return movePostings(parts[0] as PostingsPart, first);
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

/** One part's postings for a segment starting at `first`: the same bytes but the first delta. */
function movePostings(part: PostingsPart, first: number): JoinedPostings {
  const { docs, last, positions } = part;
  if (part.first === first) return { docs, last, postings: part.postings, positions };
  const r = new ByteReader(part.postings);
  const head = part.first - 1 + r.uint();
  const w = new ByteWriter(part.postings.length + 8);
  w.uint(head - (first - 1));
  w.bytes(part.postings.subarray(r.pos));
  return { docs, last, postings: w.finish(), positions: positions !== null && positions.length > 0 ? positions : null };
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
