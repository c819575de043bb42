/**
 * A segment draft: the postings of a batch of analyzed papers, built before the papers
 * get their docids (paper i of the batch is local doc i). A draft can be built in a
 * worker thread, sent to the writer in a few transferable buffers (`packDraft`), cut
 * down to the papers that really changed (`selectDocs`), and turned into the rows of a
 * segment once its first docid is known (`segmentRows` in `segment.ts`). Postings are
 * encoded relative to the segment's first docid, so they need no rewriting for it.
 *
 * @module
 */
import { resetTermIds, termId, termIdCount, termName } from '../analyzer/term-ids.ts';
import type { IndexedFields } from '../types.ts';
import { ByteReader, ByteWriter, GAP_LONG, GAP_SHORT } from './bytes.ts';
import { compareTerms } from './order.ts';
import { concatPostings, EXPANSIONS_BIT, type PostingsPart, STEMS_BIT, stemsCount } from './postings.ts';
import { inTermOrder } from './term-order.ts';
import { TEXT_FIELDS } from './types.ts';

/** The postings of a batch, local docs 0 … count − 1. */
export interface SegmentDraft {
  count: number;
  /** Stems per field of each paper (`TEXT_FIELDS` order): `lengths[3 * doc + field]`. */
  lengths: Int32Array;
  /** Distinct terms, in `compareTerms` order. */
  terms: string[];
  /** Postings per term. */
  docs: Int32Array;
  /** Local doc of each term's last posting. */
  last: Int32Array;
  /** End offset of each term's postings in `postings`. */
  postingsEnd: Int32Array;
  postings: Uint8Array;
  /** End offset of each term's positions in `positions` (equal to the one before: none). */
  positionsEnd: Int32Array;
  positions: Uint8Array;
}

/** One term's postings while drafts are joined or cut down. */
class TermBuild {
  docs = 0;
  last = -1;
  readonly postings = new ByteWriter(16);
  positions: ByteWriter | null = null;
}

function grow(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  let size = a.length * 2;
  while (size < need) size *= 2;
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/**
 * Builds a draft paper by paper in flat arrays: each distinct term of a paper becomes
 * one record (term, paper, mask, stems counts, where its positions start); at the end
 * the records are sorted by term (a counting sort, so papers stay in order) and
 * encoded. No object is made per term or per occurrence.
 */
/** Term ids kept before they are given out afresh, between two batches (a few hundred MB at most). */
const MAX_TERM_IDS = 2_000_000;

/**
 * The builders' large arrays, kept from batch to batch (a thread builds one batch at a
 * time): filling and growing them anew for every batch cost more than the building.
 * `byId[2 * id]` holds the running number (`clock`) of the last paper that held term
 * `id`, so that nothing needs clearing between batches, and `byId[2 * id + 1]` the
 * term's slot in that paper: side by side, one cache line read for both.
 */
const shared = {
  clock: 0,
  byId: new Int32Array(2 * 4096),
  rank: new Int32Array(4096),
  records: new Int32Array(6 * 4096),
  recordPos: new Int32Array(4096),
  positions: new Int32Array(16384),
};

/** Make the per-id arrays hold `ids`. */
function roomForIds(ids: number): void {
  if (shared.byId.length >= 2 * ids) return;
  shared.byId = grow(shared.byId, 2 * Math.max(ids, shared.byId.length));
  // As many ids as `byId` holds: `finish` ranks any id below that.
  shared.rank = new Int32Array(shared.byId.length / 2);
}

export class DraftBuilder {
  /** Ids of the terms seen in this batch (`term-ids.ts`), in the order first seen. */
  private readonly seen: number[] = [];
  /** The clock before this batch's first paper, and of the current paper. */
  private readonly start: number;
  private clock: number;
  /** Per slot of the current paper: term id, mask, and per field count and first/last occurrence. */
  private slotTerm = new Int32Array(1024);
  private slotMask = new Int32Array(1024);
  private slotTf = new Int32Array(3 * 1024);
  private head = new Int32Array(3 * 1024);
  private tail = new Int32Array(3 * 1024);
  private slots = 0;
  /** Occurrences of the current paper: position and the next occurrence of the same slot and field. */
  private occPos = new Int32Array(4096);
  private occNext = new Int32Array(4096);
  private occurrences = 0;
  /** Records (in `shared`): 6 integers each (term, doc, mask, tf title, tf dossiers, tf body) and where positions start. */
  private recordCount = 0;
  private positionCount = 0;
  private lengths: number[] = [];
  private doc = -1;
  private fieldLength = [0, 0, 0];

  /** A builder for one batch; term ids must not be reset while it builds, nor another builder used. */
  constructor() {
    if (termIdCount() > MAX_TERM_IDS || shared.clock > 2 ** 30) {
      if (termIdCount() > MAX_TERM_IDS) resetTermIds();
      shared.clock = 0;
      shared.byId.fill(0);
    }
    roomForIds(termIdCount() + 1024);
    this.start = shared.clock;
    this.clock = shared.clock;
  }

  /** Start the next paper. */
  beginDoc(): void {
    this.doc++;
    this.clock = ++shared.clock;
    this.slots = 0;
    this.occurrences = 0;
    this.fieldLength = [0, 0, 0];
  }

  private slot(id: number): number {
    if (2 * id >= shared.byId.length) roomForIds(id + 1);
    const byId = shared.byId;
    const lastDoc = byId[2 * id] as number;
    if (lastDoc === this.clock) return byId[2 * id + 1] as number;
    if (lastDoc <= this.start) this.seen.push(id);
    const s = this.slots++;
    if (s >= this.slotTerm.length) {
      this.slotTerm = grow(this.slotTerm, s + 1);
      this.slotMask = grow(this.slotMask, s + 1);
      this.slotTf = grow(this.slotTf, 3 * (s + 1));
      this.head = grow(this.head, 3 * (s + 1));
      this.tail = grow(this.tail, 3 * (s + 1));
    }
    byId[2 * id] = this.clock;
    byId[2 * id + 1] = s;
    this.slotTerm[s] = id;
    this.slotMask[s] = 0;
    for (let f = 0; f < 3; f++) {
      this.slotTf[3 * s + f] = 0;
      this.head[3 * s + f] = -1;
    }
    return s;
  }

  /** The next stem of field `field` of the current paper, by term id. */
  stem(id: number, field: number): void {
    const s = this.slot(id);
    const position = this.fieldLength[field] as number;
    this.fieldLength[field] = position + 1;
    this.slotMask[s] = (this.slotMask[s] as number) | (STEMS_BIT << (2 * field));
    const o = this.occurrences++;
    if (o >= this.occPos.length) {
      this.occPos = grow(this.occPos, o + 1);
      this.occNext = grow(this.occNext, o + 1);
    }
    this.occPos[o] = position;
    this.occNext[o] = -1;
    const k = 3 * s + field;
    if (this.head[k] === -1) this.head[k] = o;
    else this.occNext[this.tail[k] as number] = o;
    this.tail[k] = o;
    this.slotTf[k] = (this.slotTf[k] as number) + 1;
  }

  /** An expansion of field `field` of the current paper, by term id. */
  expansion(id: number, field: number): void {
    const s = this.slot(id);
    this.slotMask[s] = (this.slotMask[s] as number) | (EXPANSIONS_BIT << (2 * field));
  }

  /** Finish the current paper: one record per distinct term. */
  endDoc(): void {
    this.lengths.push(this.fieldLength[0] as number, this.fieldLength[1] as number, this.fieldLength[2] as number);
    const need = this.recordCount + this.slots;
    if (need > shared.recordPos.length) {
      shared.records = grow(shared.records, 6 * need);
      shared.recordPos = grow(shared.recordPos, need);
    }
    if (this.positionCount + this.occurrences > shared.positions.length) {
      shared.positions = grow(shared.positions, this.positionCount + this.occurrences);
    }
    const records = shared.records;
    const recordPos = shared.recordPos;
    const positions = shared.positions;
    for (let s = 0; s < this.slots; s++) {
      const r = this.recordCount++;
      const base = 6 * r;
      records[base] = this.slotTerm[s] as number;
      records[base + 1] = this.doc;
      records[base + 2] = this.slotMask[s] as number;
      recordPos[r] = this.positionCount;
      for (let f = 0; f < 3; f++) {
        records[base + 3 + f] = this.slotTf[3 * s + f] as number;
        for (let o = this.head[3 * s + f] as number; o !== -1; o = this.occNext[o] as number) {
          positions[this.positionCount++] = this.occPos[o] as number;
        }
      }
    }
  }

  /** The draft of every paper so far. */
  finish(): SegmentDraft {
    const termCount = this.seen.length;
    const ordered = inTermOrder(this.seen);
    const terms = Array.from(ordered, termName);
    const rank = shared.rank;
    ordered.forEach((id, r) => {
      rank[id] = r;
    });
    // Counting sort of the records by term rank; records of one term stay in paper order.
    const start = new Int32Array(termCount + 1);
    const records = shared.records;
    for (let r = 0; r < this.recordCount; r++) {
      const t = (rank[records[6 * r] as number] as number) + 1;
      start[t] = (start[t] as number) + 1;
    }
    for (let t = 0; t < termCount; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number);
    const fill = start.slice(0, termCount);
    const sorted = new Int32Array(this.recordCount);
    for (let r = 0; r < this.recordCount; r++) {
      const t = rank[records[6 * r] as number] as number;
      sorted[fill[t] as number] = r;
      fill[t] = (fill[t] as number) + 1;
    }
    const docs = new Int32Array(termCount);
    const last = new Int32Array(termCount);
    const postingsEnd = new Int32Array(termCount);
    const positionsEnd = new Int32Array(termCount);
    // Varints are written inline into buffers sized for the worst case (5 bytes a number).
    const post = new Uint8Array(25 * this.recordCount + 16);
    const pos = new Uint8Array(5 * this.positionCount + 16);
    const positions = shared.positions;
    const recordPos = shared.recordPos;
    let p = 0;
    let q = 0;
    for (let t = 0; t < termCount; t++) {
      let previous = -1;
      const end = start[t + 1] as number;
      for (let k = start[t] as number; k < end; k++) {
        const r = sorted[k] as number;
        const base = 6 * r;
        const doc = records[base + 1] as number;
        let v = doc - previous;
        while (v >= 0x80) {
          post[p++] = (v & 0x7f) | 0x80;
          v >>>= 7;
        }
        post[p++] = v;
        post[p++] = records[base + 2] as number; // the mask: 6 bits, one byte
        let at = recordPos[r] as number;
        for (let f = 0; f < 3; f++) {
          const tf = records[base + 3 + f] as number;
          if (tf === 0) continue;
          v = tf;
          while (v >= 0x80) {
            post[p++] = (v & 0x7f) | 0x80;
            v >>>= 7;
          }
          post[p++] = v;
          let before = 0;
          for (let c = 0; c < tf; c++) {
            const x = positions[at++] as number;
            const gap = x - before;
            before = x;
            if (gap < GAP_SHORT) pos[q++] = gap;
            else if (gap <= 0xffff) {
              pos[q++] = GAP_SHORT;
              pos[q++] = gap & 0xff;
              pos[q++] = gap >>> 8;
            } else {
              pos[q++] = GAP_LONG;
              pos[q++] = gap & 0xff;
              pos[q++] = (gap >>> 8) & 0xff;
              pos[q++] = (gap >>> 16) & 0xff;
              pos[q++] = gap >>> 24;
            }
          }
        }
        previous = doc;
      }
      docs[t] = end - (start[t] as number);
      last[t] = previous;
      postingsEnd[t] = p;
      positionsEnd[t] = q;
    }
    return {
      count: this.doc + 1,
      lengths: Int32Array.from(this.lengths),
      terms,
      docs,
      last,
      postingsEnd,
      postings: post.slice(0, p),
      positionsEnd,
      positions: pos.slice(0, q),
    };
  }
}

/** Split a stream of terms separated by single spaces, calling `fn(term)` for each. */
function eachTerm(stream: string, fn: (term: string) => void): void {
  if (stream === '') return;
  let start = 0;
  for (;;) {
    const end = stream.indexOf(' ', start);
    const term = end === -1 ? stream.slice(start) : stream.slice(start, end);
    if (term !== '') fn(term);
    if (end === -1) return;
    start = end + 1;
  }
}

/**
 * Build the draft of a batch from its analyzed fields: one local doc per paper, in order.
 *
 * @example
 * const draft = buildDraft(documents.map(analyzeDocument));
 * draft.terms; // ['brief', 'de', 'imam', …]
 */
export function buildDraft(fields: ReadonlyArray<IndexedFields>): SegmentDraft {
  const builder = new DraftBuilder();
  for (const doc of fields) {
    builder.beginDoc();
    TEXT_FIELDS.forEach((name, f) => {
      const text = doc[name];
      eachTerm(text.stems, (term) => builder.stem(termId(term), f));
      eachTerm(text.expansions, (term) => builder.expansion(termId(term), f));
    });
    builder.endDoc();
  }
  return builder.finish();
}

function finishDraft(count: number, lengths: Int32Array, builds: Map<string, TermBuild>): SegmentDraft {
  const terms = [...builds.keys()].sort(compareTerms);
  const docs = new Int32Array(terms.length);
  const last = new Int32Array(terms.length);
  const postingsEnd = new Int32Array(terms.length);
  const positionsEnd = new Int32Array(terms.length);
  let postingBytes = 0;
  let positionBytes = 0;
  for (const build of builds.values()) {
    postingBytes += build.postings.length;
    positionBytes += build.positions?.length ?? 0;
  }
  const postings = new ByteWriter(postingBytes);
  const positions = new ByteWriter(positionBytes);
  terms.forEach((term, t) => {
    const build = builds.get(term) as TermBuild;
    docs[t] = build.docs;
    last[t] = build.last;
    postings.bytes(build.postings.finish());
    postingsEnd[t] = postings.length;
    if (build.positions !== null) positions.bytes(build.positions.finish());
    positionsEnd[t] = positions.length;
  });
  return {
    count,
    lengths,
    terms,
    docs,
    last,
    postingsEnd,
    postings: postings.finish(),
    positionsEnd,
    positions: positions.finish(),
  };
}

/** The postings of term `t` of a draft. */
export function draftPostings(draft: SegmentDraft, t: number): Uint8Array {
  return draft.postings.subarray(t === 0 ? 0 : (draft.postingsEnd[t - 1] as number), draft.postingsEnd[t] as number);
}

/** The positions of term `t` of a draft (empty when it occurs in no stems stream). */
export function draftPositions(draft: SegmentDraft, t: number): Uint8Array {
  return draft.positions.subarray(t === 0 ? 0 : (draft.positionsEnd[t - 1] as number), draft.positionsEnd[t] as number);
}

/**
 * The draft of only the papers `keep` marks, renumbered 0 … k − 1 in order (the others
 * did not change and are not indexed again). Returns the draft itself when all are kept.
 */
export function selectDocs(draft: SegmentDraft, keep: ReadonlyArray<boolean>): SegmentDraft {
  if (keep.length !== draft.count) throw new RangeError('selectDocs: one flag per paper of the draft');
  if (keep.every(Boolean)) return draft;
  const renumber = new Int32Array(draft.count).fill(-1);
  let kept = 0;
  keep.forEach((k, i) => {
    if (k) renumber[i] = kept++;
  });
  const lengths = new Int32Array(3 * kept);
  for (let i = 0; i < draft.count; i++) {
    const to = renumber[i] as number;
    if (to >= 0) lengths.set(draft.lengths.subarray(3 * i, 3 * i + 3), 3 * to);
  }
  const builds = new Map<string, TermBuild>();
  draft.terms.forEach((term, t) => {
    const build = new TermBuild();
    const post = new ByteReader(draftPostings(draft, t));
    const pos = new ByteReader(draftPositions(draft, t));
    let local = -1;
    for (let n = 0; n < (draft.docs[t] as number); n++) {
      local += post.uint();
      const mask = post.uint();
      const to = renumber[local] as number;
      const tfs: number[] = [];
      for (let f = 0; f < 3; f++) if ((mask & (STEMS_BIT << (2 * f))) !== 0) tfs.push(post.uint());
      const positions = stemsCount(tfs);
      const from = pos.pos;
      pos.skipGaps(positions);
      if (to < 0) continue;
      build.postings.uint(to - build.last);
      build.postings.uint(mask);
      for (const tf of tfs) build.postings.uint(tf);
      if (positions > 0) {
        build.positions ??= new ByteWriter(16);
        build.positions.bytes(pos.bytes.subarray(from, pos.pos));
      }
      build.docs++;
      build.last = to;
    }
    if (build.docs > 0) builds.set(term, build);
  });
  return finishDraft(kept, lengths, builds);
}

/**
 * The drafts of consecutive parts of a batch as one draft (part p's local docs follow
 * those of the parts before it), e.g. parts analyzed by different worker threads.
 */
export function joinDrafts(drafts: ReadonlyArray<SegmentDraft>): SegmentDraft {
  if (drafts.length === 1) return drafts[0] as SegmentDraft;
  const bases: number[] = [];
  let count = 0;
  for (const d of drafts) {
    bases.push(count);
    count += d.count;
  }
  const lengths = new Int32Array(3 * count);
  drafts.forEach((d, p) => {
    lengths.set(d.lengths, 3 * (bases[p] as number));
  });
  const parts = new Map<string, PostingsPart[]>();
  drafts.forEach((d, p) => {
    const base = bases[p] as number;
    d.terms.forEach((term, t) => {
      const positions = draftPositions(d, t);
      const part: PostingsPart = {
        first: base,
        docs: d.docs[t] as number,
        last: base + (d.last[t] as number),
        postings: draftPostings(d, t),
        positions: positions.length > 0 ? positions : null,
      };
      const list = parts.get(term);
      if (list === undefined) parts.set(term, [part]);
      else list.push(part);
    });
  });
  const builds = new Map<string, TermBuild>();
  for (const [term, list] of parts) {
    const joined = concatPostings(list, 0);
    const build = new TermBuild();
    build.postings.bytes(joined.postings);
    if (joined.positions !== null) {
      build.positions = new ByteWriter(joined.positions.length);
      build.positions.bytes(joined.positions);
    }
    build.docs = joined.docs;
    build.last = joined.last;
    builds.set(term, build);
  }
  return finishDraft(count, lengths, builds);
}

/** A draft as plain data and transferable buffers, for `postMessage` between threads. */
export interface PackedDraft {
  count: number;
  /** The terms joined by spaces (a term never holds a space). */
  terms: string;
  lengths: Int32Array;
  docs: Int32Array;
  last: Int32Array;
  postingsEnd: Int32Array;
  postings: Uint8Array;
  positionsEnd: Int32Array;
  positions: Uint8Array;
}

/** Pack a draft for another thread; `transfer` lists the buffers to hand over. */
export function packDraft(draft: SegmentDraft): { packed: PackedDraft; transfer: ArrayBuffer[] } {
  const { terms, ...rest } = draft;
  const packed: PackedDraft = { ...rest, terms: terms.join(' ') };
  const transfer = [
    draft.lengths,
    draft.docs,
    draft.last,
    draft.postingsEnd,
    draft.postings,
    draft.positionsEnd,
    draft.positions,
  ].map((a) => a.buffer as ArrayBuffer);
  return { packed, transfer: [...new Set(transfer)] };
}

/** The draft a `packDraft` made. */
export function unpackDraft(packed: PackedDraft): SegmentDraft {
  const { terms, ...rest } = packed;
  return { ...rest, terms: terms === '' ? [] : terms.split(' ') };
}
