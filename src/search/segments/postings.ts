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
 * that many positions of the term in the stream, ascending, as gaps (`GAP_SHORT` in
 * `bytes.ts`: mostly a byte each). Expansions have no positions.
 *
 * @module
 */
import { ByteReader, ByteWriter, GAP_SHORT } from './bytes.ts';

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

/** A term's entries with every position decoded, for checking phrases without allocating per paper. */
export interface StemEntries {
  local: Int32Array;
  /** `tfs[3 × i + f]`: the entry's count in field f's stems stream. */
  tfs: Int32Array;
  /** Entry i's positions start at `start[i]` in `positions` (fields in order, each ascending). */
  start: Int32Array;
  positions: Int32Array;
}

/** Arrays `decodeStems` reuses when asked to (its result is then valid until its next such call). */
const reused = {
  local: new Int32Array(0),
  tfs: new Int32Array(0),
  start: new Int32Array(0),
  positions: new Int32Array(0),
};

/** `reused[name]` with room for `size`, as a view of that size. */
function reuse(name: keyof typeof reused, size: number): Int32Array {
  if (reused[name].length < size) reused[name] = new Int32Array(Math.max(size, 2 * reused[name].length));
  return reused[name].subarray(0, size);
}

/**
 * Decode postings with all their positions (absolute, per field) for phrase checks.
 * With `scratch`, the arrays are reused from call to call (a common word has millions
 * of positions: fresh arrays cost more in page faults than the decoding), so the result
 * is valid only until the next call with `scratch`.
 */
export function decodeStems(bytes: Uint8Array, n: number, positions: Uint8Array | null, scratch = false): StemEntries {
  const local = scratch ? reuse('local', n) : new Int32Array(n);
  const tfs = scratch ? reuse('tfs', 3 * n).fill(0) : new Int32Array(3 * n);
  const start = scratch ? reuse('start', n + 1) : new Int32Array(n + 1);
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
  const out = scratch ? reuse('positions', total) : new Int32Array(total);
  const p = positions ?? new Uint8Array(0);
  let pos = 0;
  let k = 0;
  for (let i = 0; i < 3 * n; i++) {
    const tf = tfs[i] as number;
    if (pos + tf > p.length) throw new RangeError('segment index: positions run past their end');
    let here = 0;
    for (let c = 0; c < tf; c++) {
      const g = p[pos++] as number;
      if (g < GAP_SHORT) here += g;
      else {
        here += longGap(p, pos, g);
        pos += g === GAP_SHORT ? 2 : 4;
      }
      out[k++] = here;
    }
  }
  return { local, tfs, start, positions: out };
}

/** A position key: `(local × 4 + field) × POSITION_SPAN + position`, exact in a double. */
export const POSITION_SPAN = 2 ** 26;
/** Keys of one local doc span this much (4 fields). */
export const DOC_SPAN = 4 * POSITION_SPAN;

/** The number of positions of a term's postings (the sum of its stems counts). */
export function positionCount(bytes: Uint8Array, n: number): number {
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

/** A long gap after its mark `g` (`GAP_SHORT`: 2 bytes follow; else 4), checked against the end of `p`. */
function longGap(p: Uint8Array, at: number, g: number): number {
  const n = g === GAP_SHORT ? 2 : 4;
  if (at + n > p.length) throw new RangeError('segment index: positions run past their end');
  let v = 0;
  for (let i = n - 1; i >= 0; i--) v = v * 256 + (p[at + i] as number);
  return v;
}

// The two loops below decode a term's postings and positions together into position
// keys (local doc, field, position), ascending, without a call per position: they are
// the hot path of phrases of common words (millions of positions). A phrase "a b" is
// the keys k of a with k + 1 among b's: one term's keys are decoded into an array, the
// other's compared with them as they are decoded. The loops are kept apart, not one
// function with a flag, so that each stays monomorphic and optimized.

/** Write a term's position keys, ascending, into `into` (of `positionCount` length). */
export function keysInto(bytes: Uint8Array, n: number, positions: Uint8Array | null, into: Float64Array): Float64Array {
  const p = positions ?? new Uint8Array(0);
  let k = 0;
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
      if (pos + tf > p.length) throw new RangeError('segment index: positions run past their end');
      let key = (doc * 4 + f) * POSITION_SPAN;
      for (let c = 0; c < tf; c++) {
        const g = p[pos++] as number;
        if (g < GAP_SHORT) key += g;
        else {
          key += longGap(p, pos, g);
          pos += g === GAP_SHORT ? 2 : 4;
        }
        into[k++] = key;
      }
    }
  }
  return into;
}

/** Bitmap for `keysMeeting`, reused: the positions of one paper's field, set and cleared again. */
let field = new Uint32Array(64);

/**
 * The keys k + `shift` (`shift` 1: the term precedes the other; −1: it follows) of the
 * term's positions that are among `other` (ascending), written into `found`; returns
 * the view of those found, ascending. For each paper and field the term has, the other
 * term's positions there (a range of `other`) are set in a small bitmap, and the term's
 * positions tested against it: no comparison of one list against the other, whose
 * outcome the processor could not predict.
 */
export function keysMeeting(
  bytes: Uint8Array,
  n: number,
  positions: Uint8Array | null,
  shift: number,
  other: Float64Array,
  found: Float64Array,
): Float64Array {
  const p = positions ?? new Uint8Array(0);
  let count = 0;
  const m = other.length;
  let j = 0;
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
      if (pos + tf > p.length) throw new RangeError('segment index: positions run past their end');
      const base = (doc * 4 + f) * POSITION_SPAN;
      // The other term's positions in this paper's field: other[start, end).
      while (j < m && (other[j] as number) < base) j++;
      const start = j;
      const limit = base + POSITION_SPAN;
      while (j < m && (other[j] as number) < limit) j++;
      if (start === j) {
        for (let c = 0; c < tf; c++) {
          const g = p[pos++] as number;
          if (g >= GAP_SHORT) pos += g === GAP_SHORT ? 2 : 4;
        }
        continue;
      }
      const highest = (other[j - 1] as number) - base;
      const words = (highest >>> 5) + 1;
      if (field.length < words) field = new Uint32Array(2 * words);
      for (let k = start; k < j; k++) {
        const x = (other[k] as number) - base;
        field[x >>> 5] = (field[x >>> 5] as number) | (1 << (x & 31));
      }
      let at2 = 0;
      for (let c = 0; c < tf; c++) {
        const g = p[pos++] as number;
        if (g < GAP_SHORT) at2 += g;
        else {
          at2 += longGap(p, pos, g);
          pos += g === GAP_SHORT ? 2 : 4;
        }
        const x = at2 + shift;
        if (x >= 0 && x <= highest && ((field[x >>> 5] as number) & (1 << (x & 31))) !== 0) found[count++] = base + x;
      }
      for (let k = start; k < j; k++) field[((other[k] as number) - base) >>> 5] = 0;
    }
  }
  return found.subarray(0, count);
}

/**
 * The papers (local docs, into `out`) where the streamed term stands `shift` places
 * before (1) or after (−1) the decoded one (`other`, `decodeStems`), in one field: the
 * two-stem phrase. The streamed term's entries are matched to `other`'s by paper (both
 * ascending); in a paper they share, `other`'s positions in a field are set in a small
 * bitmap and the streamed term's tested against it. Integers only, no allocation.
 */
export function papersMeeting(
  bytes: Uint8Array,
  n: number,
  positions: Uint8Array | null,
  shift: number,
  other: StemEntries,
  out: { add(local: number): void },
): void {
  const p = positions ?? new Uint8Array(0);
  const oLocal = other.local;
  const oTfs = other.tfs;
  const oStart = other.start;
  const oPos = other.positions;
  const m = oLocal.length;
  let bitmap = field;
  let k = 0;
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
    while (k < m && (oLocal[k] as number) < doc) k++;
    const shared = k < m && oLocal[k] === doc;
    let matched = false;
    let from = shared ? (oStart[k] as number) : 0;
    for (let f = 0; f < 3; f++) {
      if ((mask & (STEMS_BIT << (2 * f))) === 0) continue;
      b = bytes[at++] as number;
      let tf = b & 0x7f;
      for (let s = 128; b >= 0x80; s *= 128) {
        b = bytes[at++] as number;
        tf += (b & 0x7f) * s;
      }
      if (pos + tf > p.length) throw new RangeError('segment index: positions run past their end');
      // `other`'s positions in this field: oPos[from, to).
      let to = from;
      if (shared) {
        from = (oStart[k] as number) + fieldOffset(oTfs, k, f);
        to = from + (oTfs[3 * k + f] as number);
      }
      if (matched || to === from) {
        for (let c = 0; c < tf; c++) {
          const g = p[pos++] as number;
          if (g >= GAP_SHORT) pos += g === GAP_SHORT ? 2 : 4;
        }
        continue;
      }
      const highest = oPos[to - 1] as number;
      const words = (highest >>> 5) + 1;
      if (bitmap.length < words) {
        field = new Uint32Array(2 * words);
        bitmap = field;
      }
      for (let c = from; c < to; c++) {
        const x = oPos[c] as number;
        bitmap[x >>> 5] = (bitmap[x >>> 5] as number) | (1 << (x & 31));
      }
      let here = 0;
      for (let c = 0; c < tf; c++) {
        const g = p[pos++] as number;
        if (g < GAP_SHORT) here += g;
        else {
          here += longGap(p, pos, g);
          pos += g === GAP_SHORT ? 2 : 4;
        }
        const x = here + shift;
        if (!matched && x >= 0 && x <= highest && ((bitmap[x >>> 5] as number) & (1 << (x & 31))) !== 0) matched = true;
      }
      for (let c = from; c < to; c++) bitmap[(oPos[c] as number) >>> 5] = 0;
    }
    if (matched) out.add(doc);
  }
}

/** Where entry k's positions in field `f` begin, counted from the entry's first position. */
function fieldOffset(tfs: Int32Array, k: number, f: number): number {
  let offset = 0;
  for (let g = 0; g < f; g++) offset += tfs[3 * k + g] as number;
  return offset;
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
      const from = p.pos;
      p.skipGaps(count);
      if (dead(docid)) continue;
      postings.uint(docid - previous);
      postings.uint(mask);
      for (const tf of tfs) postings.uint(tf);
      positions.bytes(p.bytes.subarray(from, p.pos));
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
