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
}

type PostgresModule = { openPostgresStore(url: string): Promise<Store> };

async function openPostgres(url: string): Promise<Store> {
  let module: PostgresModule;
  try {
    // Resolved at run time so that SQLite-only installs do not load the PostgreSQL client.
    const here = new URL('.', import.meta.url);
    const file = import.meta.url.endsWith('.ts') ? 'postgres/index.ts' : 'postgres/index.js';
    module = (await import(new URL(file, here).href)) as PostgresModule;
  } catch (error) {
    throw new StoreError('open', 'PostgreSQL support is not available in this build of Griffie', { cause: error });
  }
  return module.openPostgresStore(url);
}

/**
 * Open the archive: PostgreSQL when `url` is given, else the SQLite file `db`.
 * Migrates the schema on open. Throws `StoreError('open' | 'schema')`.
 *
 * @example
 * const store = await openStore({ db: 'data/griffie.db' });
 * const { total, hits } = await store.search({ query: 'imam opleiding' });
 * await store.close();
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  if (options.url !== undefined && options.url !== '') {
    if (!/^postgres(ql)?:\/\//.test(options.url)) {
      throw new StoreError('open', 'the database URL must start with postgres:// or postgresql://');
    }
    return openPostgres(options.url);
  }
  const path = options.db ?? DEFAULT_DB;
  return openSqliteStore(path === ':memory:' ? path : resolve(path));
}
