/**
 * The PostgreSQL engine of the archive (postgres.js): the same tables and the same
 * segment index as the SQLite engine, so the same results for the same data and query,
 * for a team that shares a server. Opened with a read URL, it reads from a streaming
 * replica and writes to the primary (`pools.ts`).
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import type { Sql } from 'postgres';
import type { Document } from '../../model/index.ts';
import { IndexReader, ParallelSearch, type SegmentDraft } from '../../search/index.ts';
import { LATEST_OF_CHECKPOINTS, restoreDocument, withdrawnJson } from '../documents.ts';
import { exportPageSize } from '../export.ts';
import type { QuestionStore } from '../question-types.ts';
import { type IndexSearch, type LoadDocuments, type StoredDocument, search } from '../search.ts';
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
import type { BlockCacheOptions } from './block-cache.ts';
import * as browse from './browse.ts';
import * as entities from './entities.ts';
import { toStoreError } from './errors.ts';
import { exportPostgres } from './export.ts';
import { exportPostgresRecords } from './export-records.ts';
import { BLOCK_CACHE_BYTES, PostgresIndexSource } from './index-source.ts';
import { reindex } from './index-writer.ts';
import { migrate } from './migrate.ts';
import {
  awaitReadSide,
  checkSchemaName,
  openPool,
  READ_WAIT_MS,
  schemaVersion,
  shownUrl,
  splitSchema,
} from './pools.ts';
import { putDocuments } from './put.ts';
import { PostgresQuestions } from './questions.ts';
import { backfill } from './record-writer.ts';
import * as records from './records.ts';
import { related } from './related.ts';
import { BLOCK_TEXTS, MIGRATIONS, type Migration } from './schema.ts';
import { PostgresRunner } from './sql-runner.ts';
import { PostgresWatches } from './watches.ts';

export { MIGRATIONS, type Migration } from './schema.ts';

/** The schema version that brought the segment index. */
const INDEX_VERSION = 2;
/** The schema version that brought the linked record (commitments, requests, entities). */
const RECORD_VERSION = 6;

/** Options of `openPostgresStore`. */
export interface PostgresOptions {
  /** The schema that holds the archive (created when missing); default `public`. */
  schema?: string;
  /** The schema steps to apply (tests simulate older and newer versions); default `MIGRATIONS`. */
  migrations?: readonly Migration[];
  /** Most connections in the pool (default 4); with `readUrl`, in each of the two pools. */
  max?: number;
  /**
   * Where the archive is read: a `postgres://` URL of a streaming replica of the primary
   * (optionally `?schema=name`; default the primary's schema). Every read of the record
   * (searches, papers, lists, stats, exports, the search threads) goes there; writes,
   * migrations and the watches' own state go to `url`. What this store writes is read
   * back once the replica has replayed it.
   */
  readUrl?: string;
  /** How long opening waits for the read side to reach the primary's schema version (ms, default 10,000). */
  readWait?: number;
  /** Search threads for a large archive, each with a connection of its own (default: the CPU count, at most 4; 0 or 1: none). */
  threads?: number;
  /** Search on the threads from this many docids on (default `PARALLEL_FROM`, 200,000). */
  parallelFrom?: number;
  /**
   * The large term blocks kept in this process for later searches (`block-cache.ts`;
   * default `maxBytes` `BLOCK_CACHE_BYTES`, 256 MiB, shared by the search threads; the
   * store's own reader, which searches below `parallelFrom`, keeps as much again; 0: none).
   */
  blockCache?: BlockCacheOptions;
}

/**
 * The archive on its pools: `sql` the primary (writes), `reads` the read side (the same
 * pool when there is no read URL).
 */
class PostgresStore implements Store {
  readonly engine = 'postgres' as const;
  private readonly sql: Sql;
  private readonly reads: Sql;
  private readonly reader: IndexReader;
  private readonly load: LoadDocuments;
  private parallel: ParallelSearch | null = null;
  private closed = false;
  readonly watches: WatchStore;
  readonly questions: QuestionStore;
  readonly votes: VoteStore;

  constructor(
    pools: { sql: Sql; reads: Sql },
    private readonly threads: SearchThreads | null,
    private readonly parallelFrom: number,
    cache: BlockCacheOptions,
  ) {
    this.sql = pools.sql;
    this.reads = pools.reads;
    const reads = pools.reads;
    this.reader = new IndexReader(new PostgresIndexSource(reads, cache));
    this.watches = new PostgresWatches(pools, this.reader);
    this.questions = new PostgresQuestions(pools.sql);
    this.votes = new Votes(new PostgresRunner(pools.sql, 'the votes'), new PostgresRunner(pools.reads, 'the votes'));
    this.load = async (stores) => {
      const rows = await reads.unsafe<(StoredDocument & { doc: string })[]>(
        `SELECT d.doc, d.key, d.json, ${BLOCK_TEXTS} AS texts FROM documents d WHERE d.doc = ANY($1::bigint[])`,
        [stores],
      );
      return new Map(rows.map((r) => [Number(r.doc), { key: r.key, json: r.json, texts: r.texts }]));
    };
  }

  /** What searches now: the threads when the archive is large enough and they work. */
  private async index(sql: Sql): Promise<IndexSearch> {
    const threads = this.threads;
    if (threads === null || !threads.usable) return this.reader;
    const [row] = await sql.unsafe<{ n: number }[]>('SELECT coalesce(sum(count), 0)::float8 AS n FROM index_segments');
    if ((row?.n ?? 0) < this.parallelFrom) return this.reader;
    this.parallel ??= new ParallelSearch(threads.ports(), this.reader);
    return this.parallel;
  }

  /**
   * Run `fn` on the primary, turning engine errors into `StoreError`s; a query's
   * `SearchQueryError` passes through.
   */
  private async run<T>(what: string, fn: (sql: Sql) => Promise<T>, sql = this.sql): Promise<T> {
    if (this.closed) throw new StoreError('other', `${what}: the archive is closed`);
    try {
      return await fn(sql);
    } catch (error) {
      throw toStoreError(error, what);
    }
  }

  /** Run `fn`, which only reads, on the read side (as `run`). */
  private read<T>(what: string, fn: (sql: Sql) => Promise<T>): Promise<T> {
    return this.run(what, fn, this.reads);
  }

  put(documents: Document[], draft?: SegmentDraft): Promise<PutOutcome[]> {
    return this.run('storing documents', (sql) => putDocuments(sql, documents, draft));
  }

  get(id: string): Promise<Document | null> {
    return this.read('reading a document', async (sql) => {
      const rows = await sql.unsafe<{ json: string; texts: string }[]>(
        `(SELECT d.json, ${BLOCK_TEXTS} AS texts FROM documents d WHERE d.key = $1)
         UNION ALL (SELECT d.json, ${BLOCK_TEXTS} FROM documents d WHERE d.id = $1) LIMIT 1`,
        [id],
      );
      return rows[0] ? restoreDocument(rows[0].json, rows[0].texts) : null;
    });
  }

  async *exportDocuments(request?: ExportRequest): AsyncGenerator<Document> {
    if (this.closed) throw new StoreError('other', 'exporting the archive: the archive is closed');
    yield* exportPostgres(this.reads, this.reader, request);
  }

  async *exportRecords(request?: { pageSize?: number }): AsyncGenerator<TkRecordInput> {
    if (this.closed) throw new StoreError('other', 'exporting the Tweede Kamer records: the archive is closed');
    yield* exportPostgresRecords(this.reads, exportPageSize(request ?? {}));
  }

  backup(_path: string): Promise<BackupResult> {
    return Promise.reject(
      new StoreError(
        'other',
        'a PostgreSQL archive is backed up by the server: use pg_dump (e.g. pg_dump -Fc -f griffie.dump DATABASE_URL)',
      ),
    );
  }

  search(request: SearchRequest): Promise<SearchResponse> {
    return this.read('searching', async (sql) => search(await this.index(sql), request, this.load));
  }

  related(id: string, limit = 10): Promise<RelatedHit[]> {
    return this.read('finding related papers', (sql) => related(sql, this.reader, id, Math.max(1, Math.floor(limit))));
  }

  citedBy(id: string, page?: PageRequest): Promise<Page<DocumentSummary>> {
    return this.read('listing the papers that cite a paper', (sql) => browse.citedBy(sql, id, page));
  }

  present(targets: string[]): Promise<string[]> {
    return this.read('looking up reference targets', (sql) => browse.present(sql, targets));
  }

  dossier(key: string): Promise<DossierInfo | null> {
    return this.read('reading a dossier', (sql) => browse.dossier(sql, key));
  }

  dossierDocuments(key: string, page?: PageRequest): Promise<Page<DocumentSummary>> {
    return this.read("listing a dossier's papers", (sql) => browse.dossierDocuments(sql, key, page));
  }

  recent(page?: PageRequest): Promise<Page<DocumentSummary>> {
    return this.read('listing recent papers', (sql) => browse.recent(sql, page));
  }

  activeDossiers(limit?: number, days?: number): Promise<DossierSummary[]> {
    return this.read('listing active dossiers', (sql) => browse.activeDossiers(sql, limit, days));
  }

  freshness(): Promise<Freshness> {
    return this.read('reading how current the archive is', (sql) => browse.freshness(sql));
  }

  commitments(filter?: CommitmentFilter, page?: PageRequest): Promise<CommitmentPage> {
    return this.read('listing commitments', (sql) => records.commitments(sql, filter, page));
  }

  commitment(id: string, today?: string): Promise<CommitmentRecord | null> {
    return this.read('reading a commitment', (sql) => records.commitment(sql, id, today));
  }

  requests(filter?: RequestFilter, page?: PageRequest): Promise<Page<RequestRecord>> {
    return this.read('listing requests', (sql) => records.requests(sql, filter, page));
  }

  request(id: string): Promise<RequestRecord | null> {
    return this.read('reading a request', (sql) => records.request(sql, id));
  }

  entities(kind: EntityKind, options?: PageRequest & { prefix?: string }): Promise<Page<EntitySummary>> {
    return this.read('listing named entities', (sql) => entities.entities(sql, kind, options));
  }

  entity(kind: EntityKind, name: string): Promise<EntitySummary | null> {
    return this.read('reading a named entity', (sql) => entities.entity(sql, kind, name));
  }

  entityDocuments(kind: EntityKind, name: string, page?: PageRequest): Promise<Page<DocumentSummary>> {
    return this.read('listing the papers that name an entity', (sql) =>
      entities.entityDocuments(sql, kind, name, page),
    );
  }

  unresolved(page?: PageRequest): Promise<Page<{ target: string; kind: string; citations: number }>> {
    return this.read('listing unresolved references', (sql) => entities.unresolved(sql, page));
  }

  dossierCitedBy(key: string, page?: PageRequest): Promise<Page<DocumentSummary>> {
    return this.read('listing the papers that cite a dossier', (sql) => entities.dossierCitedBy(sql, key, page));
  }

  addFailure(failure: Failure): Promise<void> {
    return this.run('keeping a failure', async (sql) => {
      await sql.unsafe(
        'INSERT INTO failures (source, error, at) VALUES ($1, $2, $3) ON CONFLICT (source) DO UPDATE SET error = excluded.error, at = excluded.at',
        [failure.source, failure.error, failure.at],
      );
    });
  }

  failures(): Promise<Failure[]> {
    return this.read('listing failures', (sql) =>
      sql.unsafe<Failure[]>('SELECT source, error, at FROM failures ORDER BY source COLLATE "C"').then((r) => [...r]),
    );
  }

  removeFailure(source: string): Promise<void> {
    return this.run('removing a failure', async (sql) => {
      await sql.unsafe('DELETE FROM failures WHERE source = $1', [source]);
    });
  }

  stats(): Promise<StoreStats> {
    return this.read('counting', async (sql) => {
      const [row] = await sql.unsafe<StoreStats[]>(
        `SELECT (SELECT count(*) FROM documents)::integer AS documents, (SELECT count(*) FROM dossiers)::integer AS dossiers,
         (SELECT count(*) FROM "references")::integer AS "references", (SELECT count(*) FROM failures)::integer AS failures,
         (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm'))::float8 AS bytes`,
      );
      return { ...row! };
    });
  }

  checkpoint(source: string, stream: string): Promise<Checkpoint | null> {
    return this.read('reading a checkpoint', async (sql) => {
      const rows = await sql.unsafe<Checkpoint[]>(`${CHECKPOINTS} WHERE source = $1 AND stream = $2`, [source, stream]);
      return rows[0] ? { ...rows[0] } : null;
    });
  }

  saveCheckpoint(checkpoint: Omit<Checkpoint, 'syncedAt'>): Promise<void> {
    return this.run('storing a checkpoint', async (sql) => {
      const { source, stream, value, latest } = checkpoint;
      await sql.unsafe(
        `INSERT INTO checkpoints (source, stream, value, latest, synced_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (source, stream) DO UPDATE SET value = excluded.value, latest = ${LATEST_OF_CHECKPOINTS},
         synced_at = excluded.synced_at`,
        [source, stream, value, latest, new Date().toISOString()],
      );
    });
  }

  checkpoints(): Promise<Checkpoint[]> {
    return this.read('listing checkpoints', async (sql) =>
      [...(await sql.unsafe<Checkpoint[]>(`${CHECKPOINTS} ORDER BY source COLLATE "C", stream COLLATE "C"`))].map(
        (r) => ({
          ...r,
        }),
      ),
    );
  }

  withdraw(tkId: string): Promise<number> {
    return this.run('marking a paper withdrawn', (sql) =>
      sql.begin(async (tx) => {
        const rows = await tx.unsafe<{ doc: string; json: string }[]>(
          'SELECT doc, json FROM documents WHERE tk_id = $1 FOR UPDATE',
          [tkId],
        );
        for (const row of rows) {
          await tx.unsafe('UPDATE documents SET withdrawn = true, json = $1, updated_at = now() WHERE doc = $2', [
            withdrawnJson(row.json),
            row.doc,
          ]);
        }
        return rows.length;
      }),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.threads?.close();
    await Promise.all([this.sql.end({ timeout: 5 }), this.reads === this.sql ? null : this.reads.end({ timeout: 5 })]);
  }
}

/** The checkpoints' columns as `Checkpoint` fields. */
const CHECKPOINTS = 'SELECT source, stream, value, latest, synced_at AS "syncedAt" FROM checkpoints';

/**
 * Open the archive on a PostgreSQL server (`postgres://user:password@host:port/db`,
 * optionally `?schema=name`; `options.schema` wins; default `public`), migrating its
 * schema (in a transaction, under an advisory lock). With `options.readUrl` the reads go
 * to that server (a replica, never migrated), once it holds the primary's schema version.
 * Throws `StoreError('open' | 'schema')`.
 *
 * @example
 * const store = await openPostgresStore('postgres://griffie:secret@127.0.0.1:5432/griffie');
 * const served = await openPostgresStore('postgres://griffie:secret@db1/griffie', {
 *   readUrl: 'postgres://griffie:secret@db2/griffie',
 * });
 */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const primary = splitSchema(url);
  const schema = options.schema ?? primary.schema ?? 'public';
  checkSchemaName(schema);
  const read = options.readUrl === undefined ? null : splitSchema(options.readUrl);
  const readSchema = read?.schema ?? schema;
  checkSchemaName(readSchema);
  const max = options.max ?? 4;
  let sql: Sql | undefined;
  let reads: Sql | undefined;
  let what = `opening the archive at ${shownUrl(primary.url)}`;
  try {
    sql = openPool(primary.url, schema, max);
    const migrations = options.migrations ?? MIGRATIONS;
    await migrate(sql, schema, migrations);
    // Papers stored before the segment index (or by a run stopped mid-way) get indexed now.
    if (migrations.some((m) => m.version === INDEX_VERSION)) await reindex(sql);
    // So do their commitments, requests and entities (and the links between them).
    if (migrations.some((m) => m.version === RECORD_VERSION)) await backfill(sql);
    if (read !== null) {
      const shown = shownUrl(options.readUrl as string);
      what = `reading the archive at ${shown}`;
      reads = openPool(read.url, readSchema, max);
      await awaitReadSide(reads, (await schemaVersion(sql)) ?? 0, shown, options.readWait ?? READ_WAIT_MS);
    }
    const count = options.threads ?? Math.min(4, availableParallelism());
    const source = read === null ? { url: primary.url, schema } : { url: read.url, schema: readSchema };
    const cache = options.blockCache ?? { maxBytes: BLOCK_CACHE_BYTES };
    // The threads read disjoint shares of the segments, so each keeps its share of the blocks.
    const share = { ...cache, maxBytes: Math.floor(cache.maxBytes / Math.max(1, count)) };
    const threads = count < 2 ? null : new SearchThreads({ engine: 'postgres', ...source, cache: share }, count);
    return new PostgresStore({ sql, reads: reads ?? sql }, threads, options.parallelFrom ?? PARALLEL_FROM, cache);
  } catch (error) {
    await Promise.all([sql, reads].map((pool) => pool?.end({ timeout: 1 }).catch(() => {})));
    throw toStoreError(error, what, error instanceof StoreError ? undefined : 'open');
  }
}
