/**
 * The storage contract: what every engine (SQLite, PostgreSQL) offers, with the same
 * results for the same data and query.
 *
 * @module
 */
import type { Document, Dossier } from '../model/index.ts';
import type { SegmentDraft } from '../search/index.ts';

/** What storing a document did. */
export type PutOutcome = 'added' | 'updated' | 'unchanged';

/** A search as the CLI, API and web app ask it. */
export interface SearchRequest {
  /** The query in Griffie's query language (`parseQuery`). */
  query: string;
  /** Page size, 1–100 (default 20). */
  limit?: number;
  /** Hits to skip (default 0). */
  offset?: number;
  /** `relevance` (BM25F over title, dossier titles and body, with a mild recency boost) or `date` (newest first). */
  sort?: 'relevance' | 'date';
}

/** One search hit. */
export interface SearchHit {
  /** The document's id, or its key (`sha256:…`) when it has none. */
  id: string;
  title: string;
  type: string;
  date: string | null;
  dossiers: Dossier[];
  citation: string | null;
  /** HTML-escaped text around the matching words, each match in `<mark>…</mark>`. */
  snippet: string;
  score: number;
  source: { path?: string; url?: string };
}

/** A facet value and how many matching documents have it. */
export interface FacetCount {
  value: string;
  count: number;
}

/** Facet counts over all matches of a query (never only the page shown). */
export interface Facets {
  type: FacetCount[];
  year: FacetCount[];
  dossier: FacetCount[];
  sender: FacetCount[];
  portfolio: FacetCount[];
}

/** The answer to a search. */
export interface SearchResponse {
  total: number;
  hits: SearchHit[];
  facets: Facets;
}

/** A paper similar to another one. */
export interface RelatedHit {
  id: string;
  title: string;
  date: string | null;
  score: number;
  /** Why: shared dossiers, shared citations, similar text. */
  reasons: string[];
}

/** An input that could not be ingested, kept with its reason. */
export interface Failure {
  source: string;
  error: string;
  at: string;
}

/** Counts of what the archive holds. */
/**
 * Where a sync stands in one stream of one source (a SyncFeed category, an SRU query):
 * the value to resume from, the newest modification seen, and when it last committed.
 */
export interface Checkpoint {
  /** The source: `ob` (officielebekendmakingen) or `tk` (Tweede Kamer). */
  source: string;
  /** The stream inside the source, e.g. `Document` or `kamerstuk`. */
  stream: string;
  /** The connector's resume value (a skiptoken, a record offset, a date). */
  value: string;
  /** The newest modification time among the items synced, ISO 8601, if known. */
  latest: string | null;
  /** When this checkpoint was stored, ISO 8601. */
  syncedAt: string;
}

export interface StoreStats {
  documents: number;
  dossiers: number;
  references: number;
  failures: number;
  /** Size of the archive on disk, in bytes, where the engine can tell. */
  bytes?: number;
}

/** An archive of parsed papers. Every method may throw a `StoreError`. */
export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /**
   * Store documents in one transaction: all or none. A document is keyed by `id`, or
   * by `sha256:<source.sha256>` when it has no id; the same content again is
   * `unchanged`, other content under the same key `updated`.
   *
   * `draft`, when given, is the documents' postings (`buildDraft` of their analyzed
   * fields, e.g. from worker threads), one local doc per document in the same order: the
   * engine indexes it as it is instead of analyzing the documents itself. A draft of
   * another size is refused (`StoreError`, kind `other`) before anything is written.
   */
  put(documents: Document[], draft?: SegmentDraft): Promise<PutOutcome[]>;
  /** A document by id or key. */
  get(id: string): Promise<Document | null>;
  search(request: SearchRequest): Promise<SearchResponse>;
  related(id: string, limit?: number): Promise<RelatedHit[]>;
  /** Keep a failure (replacing an earlier one for the same source). */
  addFailure(failure: Failure): Promise<void>;
  failures(): Promise<Failure[]>;
  removeFailure(source: string): Promise<void>;
  stats(): Promise<StoreStats>;
  /** The checkpoint of one stream, or null before its first sync. */
  checkpoint(source: string, stream: string): Promise<Checkpoint | null>;
  /** Store a stream's checkpoint (after the items it covers are stored). */
  saveCheckpoint(checkpoint: Omit<Checkpoint, 'syncedAt'>): Promise<void>;
  /** Every stored checkpoint, by source and stream. */
  checkpoints(): Promise<Checkpoint[]>;
  /**
   * Mark the papers of a Tweede Kamer Document entity (`external.tkId`) withdrawn: they
   * stay in the archive, marked. Returns how many papers were marked.
   */
  withdraw(tkId: string): Promise<number>;
  close(): Promise<void>;
}

/** Kinds of storage error, the same whatever the engine. */
export type StoreErrorKind = 'open' | 'schema' | 'unique' | 'not-null' | 'foreign-key' | 'query' | 'other';

/** A storage failure, hiding which engine it came from; `cause` keeps the original. */
export class StoreError extends Error {
  readonly kind: StoreErrorKind;
  constructor(kind: StoreErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.kind = kind;
  }
}
