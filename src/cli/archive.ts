/**
 * Which archive a command works on: `--db FILE` (or a `postgres://` URL), else
 * `GRIFFIE_DATABASE_URL` (PostgreSQL), else `GRIFFIE_DB`, else `./data/griffie.db`.
 * Commands on an existing archive (`serve`, `search`, `show`, `export`, `watch`, …) read
 * a PostgreSQL archive from `--read-url` or `GRIFFIE_DATABASE_READ_URL` when one is set
 * (a streaming replica; their writes still go to the archive); the commands that fill an
 * archive (`ingest`, `import`, `sync`, `start`) work on the primary alone.
 *
 * @module
 */
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { holdsExamples } from '../pipeline/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { EXIT, UsageError } from './errors.ts';
import { write } from './output.ts';

/** The notice every reading command (and every page) shows for an archive of examples. */
export const EXAMPLES_NOTICE =
  'this archive holds the bundled example papers, which are fictional (no connection to the official sources)';

/** The `--db` option every archive command takes. */
export const DB_OPTION = [
  '--db <file>',
  'the archive: a SQLite file or a postgres:// URL (default: $GRIFFIE_DATABASE_URL, $GRIFFIE_DB or ./data/griffie.db)',
] as const;

/** The `--read-url` option of `serve`. */
export const READ_URL_OPTION = [
  '--read-url <url>',
  'read from this postgres:// URL, a streaming replica of the archive; writes still go to the archive (default: $GRIFFIE_DATABASE_READ_URL)',
] as const;

/** The environment variable naming where to read a PostgreSQL archive. */
export const READ_URL_ENV = 'GRIFFIE_DATABASE_READ_URL';

/** Where the archive is, as an option object for `openStore`. */
export type ArchiveLocation = { db: string } | { url: string; readUrl?: string };

const POSTGRES_URL = /^postgres(?:ql)?:\/\//;

/**
 * Where the archive is, as an option object for `openStore`; with `readUrl` (named
 * `from` in messages) the place to read it, which only a PostgreSQL archive takes
 * (else a `UsageError`).
 */
export function archiveLocation(db: string | undefined, readUrl?: string, from = '--read-url'): ArchiveLocation {
  const chosen = db ?? process.env.GRIFFIE_DATABASE_URL ?? process.env.GRIFFIE_DB ?? './data/griffie.db';
  const location = POSTGRES_URL.test(chosen) ? { url: chosen } : { db: chosen };
  if (readUrl === undefined || readUrl === '') return location;
  if (!POSTGRES_URL.test(readUrl)) throw new UsageError(`${from} must be a postgres:// or postgresql:// URL`);
  if ('db' in location)
    throw new UsageError(
      `${from} is set, but the archive is the SQLite file ${chosen}: a read URL goes with a PostgreSQL archive (--db postgres://… or $GRIFFIE_DATABASE_URL)`,
    );
  return { url: location.url, readUrl };
}

/** A problem the user must fix before the command can run (exit 1, no stack). */
export class ArchiveMissing extends Error {
  readonly exitCode = EXIT.failed;
}

/**
 * Open the archive, run `work`, and close it whatever happens. Commands on an existing
 * archive (`existing: true`) refuse a SQLite file that does not exist instead of
 * creating an empty archive, and read from `readUrl` (`--read-url`), else from
 * `$GRIFFIE_DATABASE_READ_URL`, when set.
 */
export async function withArchive<T>(
  db: string | undefined,
  work: (store: Store) => Promise<T>,
  options: { existing?: boolean; readUrl?: string | undefined } = {},
): Promise<T> {
  const location =
    options.readUrl !== undefined
      ? archiveLocation(db, options.readUrl)
      : archiveLocation(db, options.existing ? process.env[READ_URL_ENV] : undefined, `$${READ_URL_ENV}`);
  if (options.existing && 'db' in location && !existsSync(location.db)) {
    throw new ArchiveMissing(`no archive at ${location.db} (fill one with: griffie ingest PATH --db ${location.db})`);
  }
  const store = await openStore(location);
  try {
    // Reading commands say, on stderr, when what they read is the bundled fiction.
    if (options.existing && !cluster.isWorker && (await holdsExamples(store)))
      process.stderr.write(`griffie: note: ${EXAMPLES_NOTICE}\n`);
    return await work(store);
  } finally {
    await store.close();
  }
}

/** How a listing command prints each item: as a JSON line, as text, and what it says when there is none. */
export interface Listing<T> {
  json: (item: T) => unknown;
  text: (item: T) => string;
  none: string;
}

/**
 * Register a command that lists what the archive holds (`griffie failures`,
 * `griffie sources`): one JSON line an item with `--json`, else text.
 */
export function registerListing<T>(
  program: Command,
  name: string,
  description: string,
  items: (store: Store) => Promise<T[]>,
  listing: Listing<T>,
): void {
  program
    .command(name)
    .description(description)
    .option(...DB_OPTION)
    .option('--json', 'print JSON lines')
    .action(async (options: { db?: string; json?: boolean }) => {
      await withArchive(
        options.db,
        async (store) => {
          const list = await items(store);
          for (const item of list)
            await write(options.json ? `${JSON.stringify(listing.json(item))}\n` : listing.text(item));
          if (!options.json && list.length === 0) await write(`${listing.none}\n`);
        },
        { existing: true },
      );
    });
}
