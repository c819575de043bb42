/**
 * A search thread (`search-threads.ts`): opens its own read connection to the archive
 * named in `workerData`, and answers share requests (`ShareServer`) with a segment
 * index reader of its own (`serveCalls`).
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { IndexReader, type IndexSource, type ShareRequest, ShareServer, serveCalls } from '../search/index.ts';
import type { ThreadSource } from './search-threads.ts';

const port = parentPort;
if (port === null) throw new Error('search-thread runs only as a worker thread of the search threads');

async function open(source: ThreadSource): Promise<IndexSource> {
  if (source.engine === 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    const { SqliteIndexSource } = await import('./sqlite/index-source.ts');
    const db = new Database(source.path, { readonly: true });
    db.pragma('busy_timeout = 5000');
    db.pragma(`mmap_size = ${2 ** 31}`);
    return new SqliteIndexSource(db);
  }
  const { default: postgres } = await import('postgres');
  const { PostgresIndexSource } = await import('./postgres/index-source.ts');
  const sql = postgres(source.url, {
    max: 1,
    onnotice: () => {},
    connection: { application_name: 'griffie-search', search_path: `"${source.schema}"` } as Record<string, string>,
  });
  return new PostgresIndexSource(sql, source.cache);
}

const server = open(workerData as ThreadSource).then((source) => new ShareServer(new IndexReader(source)));

serveCalls(port, async (request: ShareRequest) => (await server).handle(request));
