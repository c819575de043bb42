/**
 * The SQLite engine of the archive (better-sqlite3, WAL): the papers' tables and
 * Griffie's segment index in one file.
 *
 * @module
 */
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Document } from '../../model/index.ts';
import { SearchQueryError, type SegmentDraft } from '../../search/index.ts';
import { LATEST_OF_CHECKPOINTS, restoreDocument, withdrawnJson } from '../documents.ts';
import { exportPageSize } from '../export.ts';
import type { QuestionStore } from '../question-types.ts';
import { PARALLEL_FROM, SearchThreads } from '../search-threads.ts';
import type {
  BackupResult,
  Checkpoint,
  CommitmentFilter,
  CommitmentPage,
  CommitmentRecord,
  DocumentSummary,
  DossierInfo,
  DossierSummary,
  EntityKind,
  EntitySummary,
  ExportRequest,
  Failure,
  Freshness,
  Page,
  PageRequest,
  PutOutcome,
  RelatedHit,
  RequestFilter,
  RequestRecord,
  SearchRequest,
  SearchResponse,
  Store,
  StoreStats,
} from '../types.ts';
import { StoreError } from '../types.ts';
import type { TkRecordInput, VoteStore } from '../vote-types.ts';
import { Votes } from '../votes.ts';
import type { WatchStore } from '../watch-types.ts';
import { backupSqlite } from './backup.ts';
import { Browser } from './browse.ts';
import { EntityReader } from './entities.ts';
import { toStoreError } from './errors.ts';
import { exportSqlite } from './export.ts';
import { exportSqliteRecords } from './export-records.ts';
import { IndexWriter } from './index-writer.ts';
import { migrate } from './migrate.ts';
import { Writer } from './put.ts';
import { SqliteQuestions } from './questions.ts';
import { RecordWriter } from './record-writer.ts';
import { RecordReader } from './records.ts';
import { Relater } from './related.ts';
import { BLOCK_TEXTS, MIGRATIONS, type Migration } from './schema.ts';
import { Searcher } from './search.ts';
import { SqliteRunner } from './sql-runner.ts';
import { SqliteWatches } from './watches.ts';

export { MIGRATIONS, type Migration } from './schema.ts';

/** How much of the file searches map into memory (SQLite's own ceiling is about 2 GB). */
const MMAP_BYTES = 2 ** 31;

/** The schema version that brought the segment index. */
const INDEX_VERSION = 6;
/** The schema version that brought the linked record (commitments, requests, entities). */
const RECORD_VERSION = 9;

/** Options of `openSqliteStore`. */
export interface SqliteOptions {
  /** The schema steps to apply (tests simulate older and newer versions); default `MIGRATIONS`. */
  migrations?: readonly Migration[];
  /** Search threads for a large archive (default: the CPU count, at most 4; 0 or 1: none). */
  threads?: number;
  /** Search on the threads from this many docids on (default `PARALLEL_FROM`, 200,000). */
  parallelFrom?: number;
}

class SqliteStore implements Store {
  readonly engine = 'sqlite' as const;
  private readonly db: Database.Database;
  /** The connection searches read through (the writing one for an in-memory archive). */
  private readonly reads: Database.Database;
  private readonly writer: Writer;
  private readonly searcher: Searcher;
  private readonly relater: Relater;
  private readonly browser: Browser;
  private readonly records: RecordReader;
  private readonly entityReader: EntityReader;
  private readonly stmt;
  private closed = false;
  readonly watches: WatchStore;
  readonly questions: QuestionStore;
  readonly votes: VoteStore;

  private readonly threads: SearchThreads | null;

  constructor(
    db: Database.Database,
    reads: Database.Database,
    index: IndexWriter,
    threads: SearchThreads | null,
    parallelFrom: number,
  ) {
    this.db = db;
    this.reads = reads;
    this.threads = threads;
    this.writer = new Writer(db, index);
    this.searcher = new Searcher(reads, threads, parallelFrom);
    this.relater = new Relater(db, this.searcher.reader);
    this.browser = new Browser(db);
    this.records = new RecordReader(db);
    this.entityReader = new EntityReader(db);
    this.watches = new SqliteWatches(db, this.searcher.reader);
    this.questions = new SqliteQuestions(db);
    this.votes = new Votes(new SqliteRunner(db, 'the votes'), new SqliteRunner(reads, 'the votes'));
    this.stmt = {
      get: db.prepare(
        `SELECT j.json, ${BLOCK_TEXTS} AS texts FROM documents d JOIN document_json j ON j.doc = d.doc WHERE d.key = ?
         UNION ALL SELECT j.json, ${BLOCK_TEXTS} FROM documents d JOIN document_json j ON j.doc = d.doc WHERE d.id = ? LIMIT 1`,
      ),
      addFailure: db.prepare(
        'INSERT INTO failures (source, error, at) VALUES (?, ?, ?) ON CONFLICT (source) DO UPDATE SET error = excluded.error, at = excluded.at',
      ),
      failures: db.prepare('SELECT source, error, at FROM failures ORDER BY source'),
      removeFailure: db.prepare('DELETE FROM failures WHERE source = ?'),
      checkpoint: db.prepare(
        'SELECT source, stream, value, latest, synced_at AS syncedAt FROM checkpoints WHERE source = ? AND stream = ?',
      ),
      saveCheckpoint: db.prepare(
        `INSERT INTO checkpoints (source, stream, value, latest, synced_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (source, stream) DO UPDATE SET value = excluded.value, latest = ${LATEST_OF_CHECKPOINTS},
         synced_at = excluded.synced_at`,
      ),
      checkpoints: db.prepare(
        'SELECT source, stream, value, latest, synced_at AS syncedAt FROM checkpoints ORDER BY source, stream',
      ),
      byTkId: db.prepare(
        'SELECT d.doc, j.json FROM documents d JOIN document_json j ON j.doc = d.doc WHERE d.tk_id = ?',
      ),
      markWithdrawn: db.prepare('UPDATE documents SET withdrawn = 1, updated_at = ? WHERE doc = ?'),
      setJson: db.prepare('UPDATE document_json SET json = ? WHERE doc = ?'),
      stats: db.prepare(
        `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM dossiers) AS dossiers,
         (SELECT count(*) FROM "references") AS "references", (SELECT count(*) FROM failures) AS failures`,
      ),
    };
  }

  /** Run `fn`, turning engine errors into `StoreError`s; a query's `SearchQueryError` passes through. */
  private run<T>(what: string, fn: () => T | Promise<T>, kind?: 'query'): Promise<T> {
    if (this.closed) return Promise.reject(new StoreError('other', `${what}: the archive is closed`));
    const convert = (error: unknown): never => {
      if (error instanceof SearchQueryError) throw error;
      throw toStoreError(error, what, error instanceof StoreError ? undefined : kind);
    };
    try {
      return Promise.resolve(fn()).catch(convert);
    } catch (error) {
      return Promise.reject(error).catch(convert);
    }
  }

  put(documents: Document[], draft?: SegmentDraft): Promise<PutOutcome[]> {
    return this.run('storing documents', () => this.writer.put(documents, draft));
  }

  get(id: string): Promise<Document | null> {
    return this.run('reading a document', () => {
      const row = this.stmt.get.get(id, id) as { json: string; texts: string } | undefined;
      return row ? restoreDocument(row.json, row.texts) : null;
    });
  }

  async *exportDocuments(request?: ExportRequest): AsyncGenerator<Document> {
    if (this.closed) throw new StoreError('other', 'exporting the archive: the archive is closed');
    yield* exportSqlite(this.db, this.searcher.reader, request);
  }

  async *exportRecords(request?: { pageSize?: number }): AsyncGenerator<TkRecordInput> {
    if (this.closed) throw new StoreError('other', 'exporting the Tweede Kamer records: the archive is closed');
    yield* exportSqliteRecords(this.db, exportPageSize(request ?? {}));
  }

  backup(path: string): Promise<BackupResult> {
    return this.run('backing up the archive', () => backupSqlite(this.db, path));
  }

  search(request: SearchRequest): Promise<SearchResponse> {
    return this.run('searching', () => this.searcher.search(request), 'query');
  }

  related(id: string, limit = 10): Promise<RelatedHit[]> {
    return this.run('finding related papers', () => this.relater.related(id, Math.max(1, Math.floor(limit))));
  }

  citedBy(id: string, page?: PageRequest): Promise<Page<DocumentSummary>> {
    return this.run('listing the papers that cite a paper', () => this.browser.citedBy(id, page));
  }

  present(targets: string[]): Promise<string[]> {
    return this.run('looking up reference targets', () => this.browser.present(targets));
  }

  dossier(key: string): Promise<DossierInfo | null> {
    return this.run('reading a dossier', () => this.browser.dossier(key));
  }

  dossierDocuments(key: string, page?: PageRequest): Promise<Page<DocumentSummary>> {
    return this.run("listing a dossier's papers", () => this.browser.dossierDocuments(key, page));
  }

  recent(page?: PageRequest): Promise<Page<DocumentSummary>> {
    return this.run('listing recent papers', () => this.browser.recent(page));
  }

  activeDossiers(limit?: number, days?: number): Promise<DossierSummary[]> {
    return this.run('listing active dossiers', () => this.browser.activeDossiers(limit, days));
  }

  freshness(): Promise<Freshness> {
    return this.run('reading how current the archive is', () => this.browser.freshness());
  }

  commitments(filter?: CommitmentFilter, page?: PageRequest): Promise<CommitmentPage> {
    return this.run('listing commitments', () => this.records.commitments(filter, page));
  }

  commitment(id: string, today?: string): Promise<CommitmentRecord | null> {
    return this.run('reading a commitment', () => this.records.commitment(id, today));
  }

  requests(filter?: RequestFilter, page?: PageRequest): Promise<Page<RequestRecord>> {
    return this.run('listing requests', () => this.records.requests(filter, page));
  }

  request(id: string): Promise<RequestRecord | null> {
    return this.run('reading a request', () => this.records.request(id));
  }

  entities(kind: EntityKind, options?: PageRequest & { prefix?: string }): Promise<Page<EntitySummary>> {
    return this.run('listing named entities', () => this.entityReader.entities(kind, options));
  }

  entity(kind: EntityKind, name: string): Promise<EntitySummary | null> {
    return this.run('reading a named entity', () => this.entityReader.entity(kind, name));
  }

  entityDocuments(kind: EntityKind, name: string, page?: PageRequest): Promise<Page<DocumentSummary>> {
    return this.run('listing the papers that name an entity', () =>
      this.entityReader.entityDocuments(kind, name, page),
    );
  }

  unresolved(page?: PageRequest): Promise<Page<{ target: string; kind: string; citations: number }>> {
    return this.run('listing unresolved references', () => this.entityReader.unresolved(page));
  }

  dossierCitedBy(key: string, page?: PageRequest): Promise<Page<DocumentSummary>> {
    return this.run('listing the papers that cite a dossier', () => this.entityReader.dossierCitedBy(key, page));
  }

  addFailure(failure: Failure): Promise<void> {
    return this.run('keeping a failure', () => {
      this.stmt.addFailure.run(failure.source, failure.error, failure.at);
    });
  }

  failures(): Promise<Failure[]> {
    return this.run('listing failures', () => this.stmt.failures.all() as Failure[]);
  }

  removeFailure(source: string): Promise<void> {
    return this.run('removing a failure', () => {
      this.stmt.removeFailure.run(source);
    });
  }

  stats(): Promise<StoreStats> {
    return this.run('counting', () => {
      const counts = this.stmt.stats.get() as StoreStats;
      const pages = this.db.pragma('page_count', { simple: true }) as number;
      const size = this.db.pragma('page_size', { simple: true }) as number;
      return { ...counts, bytes: pages * size };
    });
  }

  checkpoint(source: string, stream: string): Promise<Checkpoint | null> {
    return this.run('reading a checkpoint', () => (this.stmt.checkpoint.get(source, stream) as Checkpoint) ?? null);
  }

  saveCheckpoint(checkpoint: Omit<Checkpoint, 'syncedAt'>): Promise<void> {
    return this.run('storing a checkpoint', () => {
      const { source, stream, value, latest } = checkpoint;
      this.stmt.saveCheckpoint.run(source, stream, value, latest, new Date().toISOString());
    });
  }

  checkpoints(): Promise<Checkpoint[]> {
    return this.run('listing checkpoints', () => this.stmt.checkpoints.all() as Checkpoint[]);
  }

  withdraw(tkId: string): Promise<number> {
    return this.run('marking a paper withdrawn', () =>
      this.db
        .transaction(() => {
          const rows = this.stmt.byTkId.all(tkId) as { doc: number; json: string }[];
          const now = new Date().toISOString();
          for (const row of rows) {
            this.stmt.markWithdrawn.run(now, row.doc);
            this.stmt.setJson.run(withdrawnJson(row.json), row.doc);
          }
          return rows.length;
        })
        .immediate(),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.threads?.close();
    try {
      this.db.pragma('optimize');
    } catch {
      // optimize is advice; closing matters
    }
    if (this.reads !== this.db) this.reads.close();
    this.db.close();
  }
}

/**
 * Open (creating when needed) a SQLite archive at `path` (`:memory:` for a throwaway
 * one), migrating its schema. Throws `StoreError('open' | 'schema')`.
 *
 * @example
 * const store = await openSqliteStore('./data/griffie.db');
 */
export async function openSqliteStore(path: string, options: SqliteOptions = {}): Promise<Store> {
  let db: Database.Database | undefined;
  let reads: Database.Database | undefined;
  try {
    const inMemory = path === ':memory:' || path === '';
    if (!inMemory) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    // 16 KB pages (for a new file): postings are blobs, and fewer overflow pages make them cheaper to read and rewrite.
    db.pragma('page_size = 16384');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const migrations = options.migrations ?? MIGRATIONS;
    migrate(db, migrations);
    const index = new IndexWriter(db);
    // Papers stored before the segment index (or by a run stopped mid-way) get indexed now.
    if (migrations.some((m) => m.version === INDEX_VERSION)) index.reindex();
    // So do their commitments, requests and entities (and the links between them).
    if (migrations.some((m) => m.version === RECORD_VERSION)) new RecordWriter(db).backfill();
    // Searches read through a connection of their own, memory-mapped (the file's pages are
    // read in place, not copied through the page cache); the writing connection is not.
    reads = inMemory ? db : new Database(path, { readonly: true });
    if (reads !== db) {
      reads.pragma('busy_timeout = 5000');
      reads.pragma(`mmap_size = ${MMAP_BYTES}`);
    }
    const count = options.threads ?? Math.min(4, availableParallelism());
    const threads = inMemory || count < 2 ? null : new SearchThreads({ engine: 'sqlite', path }, count);
    return new SqliteStore(db, reads, index, threads, options.parallelFrom ?? PARALLEL_FROM);
  } catch (error) {
    if (reads !== db) reads?.close();
    db?.close();
    throw toStoreError(error, `opening the archive ${path}`, error instanceof StoreError ? undefined : 'open');
  }
}
