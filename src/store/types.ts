/**
 * The storage contract: what every engine (SQLite, PostgreSQL) offers, with the same
 * results for the same data and query.
 *
 * @module
 */
import type { Document, Dossier, RequestKind, Sender } from '../model/index.ts';
import type { SegmentDraft } from '../search/index.ts';
import type { QuestionStore } from './question-types.ts';
import type { TkRecordInput, VoteStore } from './vote-types.ts';
import type { WatchStore } from './watch-types.ts';

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
  /**
   * Also count the matches by the outcome of the Kamer's decision on them
   * (`facets.outcome`): in the same pass, over all matches.
   */
  outcomes?: boolean;
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
  /** The papers' topics (`Document.topics`). */
  topic: FacetCount[];
  /**
   * With `outcomes`: the matches whose last decision had each outcome (`aangenomen`,
   * `verworpen`, `aangehouden`, `ingetrokken`, `vervallen`, in that order; those above 0).
   */
  outcome?: FacetCount[];
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

/** A paper as lists show it (the home page, a dossier, "cited by", feeds). */
export interface DocumentSummary {
  /** The document's id, or its key (`sha256:…`) when it has none. */
  id: string;
  title: string;
  type: string;
  date: string | null;
  number: string | null;
  dossiers: Dossier[];
  citation: string | null;
  sender: Sender | null;
  withdrawn: boolean;
}

/** Which part of a long list to return. */
export interface PageRequest {
  /** Items per page, 1–100 (default 20). */
  limit?: number;
  /** Items to skip (default 0). */
  offset?: number;
}

/** One page of a list, with the size of the whole list. */
export interface Page<T> {
  total: number;
  items: T[];
}

/** A dossier and how many papers of it the archive holds. */
export interface DossierSummary {
  /** `dossierKey`: the number with its suffix, `32824`, `36200-VII`, `21501-32`. */
  key: string;
  number: string;
  suffix: string | null;
  title: string | null;
  /** Papers in the archive listed in this dossier. */
  documents: number;
  /** The date of its newest paper. */
  latest: string | null;
}

/** A dossier that shares papers with another. */
export interface SharedDossier {
  key: string;
  number: string;
  suffix: string | null;
  title: string | null;
  /** Papers listed in both. */
  shared: number;
}

/** What the dossier page shows besides its papers. */
export interface DossierInfo extends DossierSummary {
  /** The date of its oldest paper. */
  first: string | null;
  /** Papers per month (`YYYY-MM`), oldest first; months without papers are left out. */
  months: { month: string; count: number }[];
  /** Up to 10 dossiers with papers listed in this one too, most shared first. */
  related: SharedDossier[];
}

/** How current the archive is, cheap enough to ask on every request. */
export interface Freshness {
  /** When a paper was last added, updated or withdrawn (ISO 8601), null for an empty archive. */
  updatedAt: string | null;
  /** The newest paper date in the archive. */
  newestDate: string | null;
  /** Changes whenever what the archive holds changes (for ETags). */
  version: string;
}

/** Where a promise stands: kept (a later paper fulfils it), not yet, or past its deadline. */
export type CommitmentStatus = 'open' | 'fulfilled' | 'overdue';

/** A promise (toezegging) as the archive tracks it across papers. */
export interface CommitmentRecord {
  /** `<paper key>#<position>`: the paper's key and the commitment's place in it, e.g. `kst-32824-93#1`. */
  id: string;
  text: string;
  by: string | null;
  due: string | null;
  deadline: string | null;
  status: CommitmentStatus;
  /** The paper that makes the promise. */
  paper: DocumentSummary;
  /** The papers that fulfil it, oldest first. */
  fulfilledBy: DocumentSummary[];
}

/** Which commitments to list. */
export interface CommitmentFilter {
  status?: CommitmentStatus;
  /** The promising paper's sender portfolio (ministry), exactly. */
  portfolio?: string;
  /** A dossier key the promising paper is listed in. */
  dossier?: string;
  /** The promising paper's date, from and to (ISO, inclusive). */
  from?: string;
  to?: string;
  /** The day that decides `overdue` (ISO date; default: today, UTC). */
  today?: string;
}

/** A page of commitments with the counts per ministry of all that match (the `portfolio` filter aside). */
export interface CommitmentPage extends Page<CommitmentRecord> {
  portfolios: FacetCount[];
  statuses: FacetCount[];
}

/** Whether a request was answered. */
export type RequestStatus = 'answered' | 'open';

/** A request made to the government, as the archive tracks it. */
export interface RequestRecord {
  /** `<paper key>#<position>`. */
  id: string;
  kind: RequestKind;
  date: string | null;
  by: string | null;
  asks: string;
  reference: string | null;
  status: RequestStatus;
  /** The paper that states the request. */
  paper: DocumentSummary;
  /**
   * The papers that answer it: for a request a letter mentions, the letter itself; for
   * a motion's request, the later papers that carry out that motion (cite it in a
   * request of their own).
   */
  answeredBy: DocumentSummary[];
}

/** Which requests to list. */
export interface RequestFilter {
  kind?: RequestKind;
  status?: RequestStatus;
  dossier?: string;
  from?: string;
  to?: string;
}

/** The kinds of named entity. */
export type EntityKind = 'person' | 'organisation' | 'place';

/** A named entity and how many papers name it. */
export interface EntitySummary {
  kind: EntityKind;
  name: string;
  /** The role most papers give a person (null for others, or when none). */
  role: string | null;
  documents: number;
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

/** Which stored papers an export reads (`Store.exportDocuments`). */
export interface ExportRequest {
  /** Only the papers matching this query (the search language); every paper when absent or blank. */
  query?: string;
  /** Papers read from the archive at a time (default 100). */
  pageSize?: number;
}

/** What a backup wrote (`Store.backup`). */
export interface BackupResult {
  /** The backup file, absolute. */
  path: string;
  bytes: number;
  /** Papers the copy holds, counted in the copy after its integrity check. */
  documents: number;
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
  /**
   * Every stored document, as `get` gives it, in docid order: the order papers were
   * stored, oldest first (a changed paper where it was last stored, so an archive filled
   * from an export lists its papers in the export's order). Read in pages from one
   * consistent snapshot of the archive, so memory stays flat at any size. With a
   * `query`, only the papers it matches, in the same order (4 bytes a match are held).
   * A `SearchQueryError` from the query passes through.
   */
  exportDocuments(request?: ExportRequest): AsyncIterable<Document>;
  /**
   * Every Tweede Kamer record the archive keeps (withdrawn ones too, marked), by kind and
   * id, as `votes.putRecords` takes them, read in pages from one consistent snapshot of
   * its own (others may write meanwhile): writing them into another archive keeps the
   * same records, links and decisions.
   */
  exportRecords(request?: { pageSize?: number }): AsyncIterable<TkRecordInput>;
  /**
   * Copy the archive, while it is being read and written, to the file `path`: written
   * beside it, checked (`integrity_check`, its papers counted), then renamed into place.
   * SQLite only: a PostgreSQL archive refuses (`StoreError`, kind `other`), as `pg_dump`
   * backs up a server.
   */
  backup(path: string): Promise<BackupResult>;
  search(request: SearchRequest): Promise<SearchResponse>;
  related(id: string, limit?: number): Promise<RelatedHit[]>;
  /**
   * The papers whose references point at this one (by its id), newest first; each
   * citing paper once, never the paper itself. Total 0 when it is not stored or has no id.
   */
  citedBy(id: string, page?: PageRequest): Promise<Page<DocumentSummary>>;
  /** Of these reference targets (document ids, `dossier-<key>`), the ones the archive holds. */
  present(targets: string[]): Promise<string[]>;
  /** A dossier by key (`32824`, `36200-VII`), or null when no stored paper lists it. */
  dossier(key: string): Promise<DossierInfo | null>;
  /** A dossier's papers in order: oldest first, then by number; undated ones last. */
  dossierDocuments(key: string, page?: PageRequest): Promise<Page<DocumentSummary>>;
  /** The newest papers by date (undated last). */
  recent(page?: PageRequest): Promise<Page<DocumentSummary>>;
  /**
   * The dossiers with the most papers dated in the `days` (default 90) up to the
   * archive's newest paper date, most first; ties by newest paper, then key.
   */
  activeDossiers(limit?: number, days?: number): Promise<DossierSummary[]>;
  /** How current the archive is (indexed lookups only). */
  freshness(): Promise<Freshness>;
  /** Commitments matching the filter: newest promising paper first, then by position. */
  commitments(filter?: CommitmentFilter, page?: PageRequest): Promise<CommitmentPage>;
  /** One commitment by id (`<key>#<position>`), or null. */
  commitment(id: string, today?: string): Promise<CommitmentRecord | null>;
  /** Requests matching the filter: newest paper first, then by position. */
  requests(filter?: RequestFilter, page?: PageRequest): Promise<Page<RequestRecord>>;
  /** One request by id, or null. */
  request(id: string): Promise<RequestRecord | null>;
  /**
   * Named entities of a kind, most papers first (then by name); `prefix` (case- and
   * diacritics-insensitive) narrows them.
   */
  entities(kind: EntityKind, options?: PageRequest & { prefix?: string }): Promise<Page<EntitySummary>>;
  /** An entity by kind and exact name, or null when no paper names it. */
  entity(kind: EntityKind, name: string): Promise<EntitySummary | null>;
  /** The papers that name an entity, newest first. */
  entityDocuments(kind: EntityKind, name: string, page?: PageRequest): Promise<Page<DocumentSummary>>;
  /** Reference targets no stored paper has (kamerstukken, Handelingen, …), most cited first: what a sync could fetch. */
  unresolved(page?: PageRequest): Promise<Page<{ target: string; kind: string; citations: number }>>;
  /** The papers that cite any paper of a dossier or the dossier itself, newest first (its own papers left out). */
  dossierCitedBy(key: string, page?: PageRequest): Promise<Page<DocumentSummary>>;
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
  /** Saved searches and followed dossiers, what they found and their webhook deliveries (`watch-types.ts`). */
  readonly watches: WatchStore;
  /** Written questions paired with their answers and notices of delay (`question-types.ts`). */
  readonly questions: QuestionStore;
  /** The Tweede Kamer's decisions and votes on its papers (`vote-types.ts`). */
  readonly votes: VoteStore;
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
