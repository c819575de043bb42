/**
 * Contracts of Griffie's segment index: what a storage engine keeps for it (segments,
 * term rows, deleted documents, the value dictionary) and what a search asks of the
 * engine in one read (`FetchRequest` → `FetchResult`). The engine stores bytes and
 * integers; everything they mean is decided here, once, for SQLite and PostgreSQL alike.
 *
 * The index in brief:
 * - Every indexed version of a paper gets a **docid**, a positive integer that is never
 *   reused. A batch of papers becomes one **segment**: the docid range
 *   `[first, first + count)`, its per-paper columns (`columns.ts`) and one **term row**
 *   per distinct term, holding the term's postings (and the positions of its stems).
 * - Adjacent segments are **merged** into larger ones (`merge.ts`), so that a search
 *   reads a few dozen segments at most; a merge keeps docids and drops deleted papers.
 * - A paper that is updated or removed gets its old docid **deleted** (a tombstone)
 *   until the merge that drops it.
 *
 * @module
 */

import type { BlockRow } from './blocks.ts';

/** A text field of a paper, in the order of the postings' stream bits. */
export const TEXT_FIELDS = ['title', 'dossiers', 'body'] as const;

/** What the engine keeps of a segment besides its columns and term rows. */
export interface SegmentMeta {
  /** The segment's own id (never reused, unlike a docid range). */
  id: number;
  /** Its first docid. */
  first: number;
  /** The length of its docid range (deleted papers included). */
  count: number;
  /** Papers of the range that were live when the segment was written or merged. */
  live: number;
  /** Sum of the live papers' field lengths (stems), per `TEXT_FIELDS`. */
  lengths: [title: number, dossiers: number, body: number];
}

/** One term of one segment (stored packed in blocks: `blocks.ts`). */
export interface TermRow {
  segment: number;
  term: string;
  /** Number of postings (papers of the segment that hold the term). */
  docs: number;
  /** The docid of the last posting. */
  last: number;
  /** The postings (`postings.ts`). */
  postings: Uint8Array;
  /** Positions of the term in stems streams, null when it occurs in none (or were not read). */
  positions: Uint8Array | null;
}

export type { BlockRow };

/** Kinds of values numbered in the engine's dictionary (one code space for all kinds). */
export type ValueKind = 'type' | 'chamber' | 'role' | 'name' | 'portfolio' | 'pyear' | 'dossier' | 'topic';

/** A numbered value. Codes are positive, never reused, and never change meaning. */
export interface DictionaryEntry {
  code: number;
  kind: ValueKind;
  value: string;
}

/** The values of a paper that filters and facets need, before they are numbered. */
export interface DocValues {
  type: string | null;
  chamber: string | null;
  role: string | null;
  name: string | null;
  portfolio: string | null;
  pyear: string | null;
  /** Dossier keys (`number[-suffix]`), each once. */
  dossiers: string[];
  /** Topics (`Document.topics`, lower case), each once. */
  topics: string[];
  /** The date as yyyymmdd, 0 when there is none. */
  day: number;
}

/** A paper's column values with its values numbered (`DictionaryEntry` codes, 0 for none). */
export interface DocAttributes {
  /** The engine's own id of the stored document (a positive integer). */
  store: number;
  day: number;
  type: number;
  chamber: number;
  role: number;
  name: number;
  portfolio: number;
  pyear: number;
  dossiers: number[];
  topics: number[];
}

/** What one search needs from the engine, read in ONE consistent snapshot. */
export interface FetchRequest {
  /** The index generation the reader last saw (−1 when it has seen none). */
  generation: number;
  /** Segments whose columns the reader holds (their columns need not be sent). */
  cached: number[];
  /**
   * Exact terms whose rows are needed: for each term and segment, the engine sends the
   * block with the greatest key ≤ the term (the only one that can hold it).
   */
  terms: string[];
  /** Terms of `terms` whose positions are needed too (phrases): their blocks come with their positions column. */
  positions: string[];
  /**
   * Prefixes whose terms' rows are needed (no positions): per segment, the block with
   * the greatest key ≤ the prefix and every block whose key lies in the prefix's range.
   */
  prefixes: string[];
  /**
   * The papers of `id:` filters (docids of the live papers with that id or key) and of
   * the other filters the engine lists (`doc-sets.ts`), by their `docSetKey`.
   */
  ids: string[];
  /** Terms whose paper counts are needed (their blocks are sent as for `terms`, without positions). */
  counts: string[];
  /** Read the blocks of `counts` in these segments only (default: every segment read). */
  countIn?: number[];
  /** The highest dictionary code the reader knows (0: none). */
  dictionary: number;
  /**
   * Read only this share of the segments (`partOf`) for blocks, columns and prefixes —
   * a search split over threads; `segments` still lists them all.
   */
  part?: SegmentPart;
}

/** Share `index` of `of` shares of an index's segments (see `partOf`). */
export interface SegmentPart {
  index: number;
  of: number;
}

/** The engine's answer to a `FetchRequest`. */
export interface FetchResult {
  generation: number;
  /** Every segment, oldest first (all of them, also when only a part was read). */
  segments: SegmentMeta[];
  /** Columns of the segments not in `cached`. */
  columns: Map<number, Uint8Array>;
  /** Every deleted docid, when `generation` differs from the request's; else null. */
  deleted: number[] | null;
  /** Blocks that may hold the requested terms and counts (each block once). */
  blocks: BlockRow[];
  /** Blocks that may hold terms of each requested prefix. */
  prefixed: Map<string, BlockRow[]>;
  /** Docids of each `id:` value. */
  ids: Map<string, number[]>;
  /** Dictionary entries with a code above the request's `dictionary`. */
  values: DictionaryEntry[];
}

/** An engine's read side of the index. */
export interface IndexSource {
  fetch(request: FetchRequest): Promise<FetchResult>;
}
