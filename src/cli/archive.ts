/**
 * Which archive a command works on: `--db FILE` (or a `postgres://` URL), else
 * `GRIFFIE_DATABASE_URL` (PostgreSQL), else `GRIFFIE_DB`, else `./data/griffie.db`.
 *
 * @module
 */
import { openStore, type Store } from '../store/index.ts';

/** The `--db` option every archive command takes. */
export const DB_OPTION = [
  '--db <file>',
  'the archive: a SQLite file or a postgres:// URL (default: $GRIFFIE_DATABASE_URL, $GRIFFIE_DB or ./data/griffie.db)',
] as const;

/** Where the archive is, as an option object for `openStore`. */
export function archiveLocation(db: string | undefined): { db: string } | { url: string } {
  const chosen = db ?? process.env.GRIFFIE_DATABASE_URL ?? process.env.GRIFFIE_DB ?? './data/griffie.db';
  return /^postgres(?:ql)?:\/\//.test(chosen) ? { url: chosen } : { db: chosen };
}

/** Open the archive, run `work`, and close it whatever happens. */
export async function withArchive<T>(db: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(archiveLocation(db));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
