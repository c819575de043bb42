/**
 * The archive: where parsed papers are kept and searched. One `Store` interface, two
 * engines: SQLite (default, one file) and PostgreSQL (a shared server).
 *
 * @module
 */
import { resolve } from 'node:path';
import { openSqliteStore } from './sqlite/index.ts';
import { type Store, StoreError } from './types.ts';

export { documentKey, MAX_DEPTH } from './documents.ts';
export {
  ANSWER_TERM_DAYS,
  type QuestionAsker,
  type QuestionFilter,
  type QuestionMinistry,
  type QuestionNews,
  type QuestionPage,
  type QuestionRecord,
  type QuestionStatus,
  type QuestionStore,
} from './question-types.ts';
export type {
  BackupResult,
  Checkpoint,
  CommitmentFilter,
  CommitmentPage,
  CommitmentRecord,
  CommitmentStatus,
  DocumentSummary,
  DossierInfo,
  DossierSummary,
  EntityKind,
  EntitySummary,
  ExportRequest,
  FacetCount,
  Facets,
  Failure,
  Freshness,
  Page,
  PageRequest,
  PutOutcome,
  RelatedHit,
  RequestFilter,
  RequestRecord,
  RequestStatus,
  SearchHit,
  SearchRequest,
  SearchResponse,
  SharedDossier,
  Store,
  StoreErrorKind,
  StoreStats,
} from './types.ts';
export { StoreError } from './types.ts';
export {
  type DecidedPaper,
  type PaperVotes,
  type PartySummary,
  type PartyVoteRow,
  type StoredDecision,
  TK_RECORD_KINDS,
  type TkPutOutcome,
  type TkRecordInput,
  type TkRecordKind,
  type VoteAgreement,
  type VotePeriod,
  type VoteStore,
  type ZaakSummary,
} from './vote-types.ts';
export type {
  ClaimedWatch,
  DeliveryOutcome,
  FoundPaper,
  NewWatch,
  Watch,
  WatchDelivery,
  WatchMatches,
  WatchPaper,
  WatchStore,
} from './watch-types.ts';

/** The SQLite archive used when no location is given. */
export const DEFAULT_DB = './data/griffie.db';

/** Where the archive is: a SQLite file (`db`) or a PostgreSQL server (`url`). */
export interface StoreOptions {
  /** Path of the SQLite file (default `./data/griffie.db`; its folder is created). */
  db?: string;
  /** `postgres://…` or `postgresql://…`: use PostgreSQL instead (wins over `db`). */
  url?: string;
  /**
   * With `url`: where to read, a `postgres://…` URL of a streaming replica of that
   * server. Every read of the record goes there, every write (and the schema migration)
   * to `url`; what the store writes is read back once the replica has it. Not with SQLite.
   */
  readUrl?: string;
}

type PostgresModule = { openPostgresStore(url: string, options?: { readUrl?: string }): Promise<Store> };

/** A PostgreSQL URL: `postgres://` or `postgresql://`. */
const POSTGRES_URL = /^postgres(ql)?:\/\//;

async function openPostgres(url: string, readUrl: string | undefined): Promise<Store> {
  let module: PostgresModule;
  try {
    // Resolved at run time so that SQLite-only installs do not load the PostgreSQL client.
    const here = new URL('.', import.meta.url);
    const file = import.meta.url.endsWith('.ts') ? 'postgres/index.ts' : 'postgres/index.js';
    module = (await import(new URL(file, here).href)) as PostgresModule;
  } catch (error) {
    throw new StoreError('open', 'PostgreSQL support is not available in this build of Griffie', { cause: error });
  }
  return module.openPostgresStore(url, readUrl === undefined ? {} : { readUrl });
}

/**
 * Open the archive: PostgreSQL when `url` is given (reading from `readUrl` when that is
 * given too), else the SQLite file `db`. Migrates the schema on open (on `url`, never on
 * `readUrl`). Throws `StoreError('open' | 'schema')`.
 *
 * @example
 * const store = await openStore({ db: 'data/griffie.db' });
 * const { total, hits } = await store.search({ query: 'imam opleiding' });
 * await store.close();
 * const served = await openStore({ url: 'postgres://griffie@db1/griffie', readUrl: 'postgres://griffie@db2/griffie' });
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const readUrl = options.readUrl === '' ? undefined : options.readUrl;
  if (readUrl !== undefined && !POSTGRES_URL.test(readUrl)) {
    throw new StoreError('open', 'the read URL must start with postgres:// or postgresql://');
  }
  if (options.url !== undefined && options.url !== '') {
    if (!POSTGRES_URL.test(options.url)) {
      throw new StoreError('open', 'the database URL must start with postgres:// or postgresql://');
    }
    return openPostgres(options.url, readUrl);
  }
  if (readUrl !== undefined) {
    throw new StoreError(
      'open',
      'a read URL needs a PostgreSQL archive (a postgres:// URL to write to): a SQLite archive is read where it is',
    );
  }
  const path = options.db ?? DEFAULT_DB;
  return openSqliteStore(path === ':memory:' ? path : resolve(path));
}
