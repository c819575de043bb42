/**
 * Which archive a command works on: `--db FILE` (or a `postgres://` URL), else
 * `GRIFFIE_DATABASE_URL` (PostgreSQL), else `GRIFFIE_DB`, else `./data/griffie.db`.
 *
 * @module
 */
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { holdsExamples } from '../pipeline/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { EXIT } from './errors.ts';
import { write } from './output.ts';

/** The notice every reading command (and every page) shows for an archive of examples. */
export const EXAMPLES_NOTICE =
  'this archive holds the bundled example papers, which are fictional (no connection to the official sources)';

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

/** A problem the user must fix before the command can run (exit 1, no stack). */
export class ArchiveMissing extends Error {
  readonly exitCode = EXIT.failed;
}

/**
 * Open the archive, run `work`, and close it whatever happens. Commands that only read
 * (`existing: true`) refuse a SQLite file that does not exist instead of creating an
 * empty archive.
 */
export async function withArchive<T>(
  db: string | undefined,
  work: (store: Store) => Promise<T>,
  options: { existing?: boolean } = {},
): Promise<T> {
  const location = archiveLocation(db);
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
