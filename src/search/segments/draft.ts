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
import type { IndexedFields } from '../types.ts';
import { ByteReader, ByteWriter } from './bytes.ts';
import { compareTerms } from './order.ts';
import { concatPostings, EXPANSIONS_BIT, type PostingsPart, STEMS_BIT, stemsCount } from './postings.ts';
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

/** One term's postings while a batch is built. */
class TermBuild {
  docs = 0;
  last = -1;
  readonly postings = new ByteWriter(16);
  positions: ByteWriter | null = null;
}

/** Scratch space for one paper: its distinct terms and their occurrences, reused across papers. */
class DocScratch {
  readonly index = new Map<string, number>();
  terms: string[] = [];
  masks = new Int32Array(1024);
  /** Per term and field: first and last occurrence (−1: none), count. */
  head = new Int32Array(3 * 1024);
  tail = new Int32Array(3 * 1024);
  tf = new Int32Array(3 * 1024);
  /** Per occurrence: its position and the next occurrence of the same term and field. */
  position = new Int32Array(4096);
  next = new Int32Array(4096);
  occurrences = 0;

  reset(): void {
    this.index.clear();
    this.terms.length = 0;
    this.occurrences = 0;
  }

  private term(term: string): number {
    let k = this.index.get(term);
    if (k !== undefined) return k;
    k = this.terms.length;
    this.terms.push(term);
    this.index.set(term, k);
    if (k >= this.masks.length) this.growTerms();
    this.masks[k] = 0;
    for (let f = 0; f < 3; f++) {
      this.head[3 * k + f] = -1;
      this.tf[3 * k + f] = 0;
    }
    return k;
  }

  private growTerms(): void {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.masks = grow(this.masks);
    this.head = grow(this.head);
    this.tail = grow(this.tail);
    this.tf = grow(this.tf);
  }

  stem(term: string, field: number, position: number): void {
    const k = this.term(term);
    this.masks[k] = (this.masks[k] as number) | (STEMS_BIT << (2 * field));
    const o = this.occurrences++;
    if (o >= this.position.length) {
      const p = new Int32Array(this.position.length * 2);
      p.set(this.position);
      this.position = p;
      const n = new Int32Array(this.next.length * 2);
      n.set(this.next);
      this.next = n;
    }
    this.position[o] = position;
    this.next[o] = -1;
    const slot = 3 * k + field;
    if (this.head[slot] === -1) this.head[slot] = o;
    else this.next[this.tail[slot] as number] = o;
    this.tail[slot] = o;
    this.tf[slot] = (this.tf[slot] as number) + 1;
  }

  expansion(term: string, field: number): void {
    const k = this.term(term);
    this.masks[k] = (this.masks[k] as number) | (EXPANSIONS_BIT << (2 * field));
  }
}

/** Split a stream of terms separated by single spaces, calling `fn(term, i)` for each. */
function eachTerm(stream: string, fn: (term: string, i: number) => void): void {
  if (stream === '') return;
  let start = 0;
  let i = 0;
  for (;;) {
    const end = stream.indexOf(' ', start);
    const term = end === -1 ? stream.slice(start) : stream.slice(start, end);
    if (term !== '') fn(term, i++);
    if (end === -1) return;
    start = end + 1;
  }
}

/**
 * Build the draft of a batch: one local doc per analyzed paper, in order.
 *
 * @example
 * const draft = buildDraft(documents.map(analyzeDocument));
 * draft.terms; // ['brief', 'de', 'imam', …]
 */
export function buildDraft(fields: ReadonlyArray<IndexedFields>): SegmentDraft {
  const builds = new Map<string, TermBuild>();
  const lengths = new Int32Array(3 * fields.length);
  const scratch = new DocScratch();
  fields.forEach((doc, local) => {
    scratch.reset();
    TEXT_FIELDS.forEach((name, f) => {
      const text = doc[name];
      let n = 0;
      eachTerm(text.stems, (term, i) => {
        scratch.stem(term, f, i);
        n = i + 1;
      });
      lengths[3 * local + f] = n;
      eachTerm(text.expansions, (term) => scratch.expansion(term, f));
    });
    for (let k = 0; k < scratch.terms.length; k++) {
      const term = scratch.terms[k] as string;
      let build = builds.get(term);
      if (build === undefined) {
        build = new TermBuild();
        builds.set(term, build);
      }
      writePosting(build, local, k, scratch);
    }
  });
  return finishDraft(fields.length, lengths, builds);
}

function writePosting(build: TermBuild, local: number, k: number, scratch: DocScratch): void {
  const mask = scratch.masks[k] as number;
  build.postings.uint(local - build.last);
  build.postings.uint(mask);
  for (let f = 0; f < 3; f++) {
    if ((mask & (STEMS_BIT << (2 * f))) === 0) continue;
    const slot = 3 * k + f;
    build.postings.uint(scratch.tf[slot] as number);
    build.positions ??= new ByteWriter(16);
    let previous = -1;
    for (let o = scratch.head[slot] as number; o !== -1; o = scratch.next[o] as number) {
      const p = scratch.position[o] as number;
      build.positions.uint(previous === -1 ? p : p - previous);
      previous = p;
    }
  }
  build.docs++;
  build.last = local;
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
      if (to < 0) {
        pos.skip(positions);
        continue;
      }
      build.postings.uint(to - build.last);
      build.postings.uint(mask);
      for (const tf of tfs) build.postings.uint(tf);
      if (positions > 0) {
        build.positions ??= new ByteWriter(16);
        for (let i = 0; i < positions; i++) build.positions.uint(pos.uint());
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
