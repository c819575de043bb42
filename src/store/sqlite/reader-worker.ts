/**
 * A reader thread of the SQLite engine: its own read-only connection to the archive,
 * answering `collect` requests (`readers.ts`) for one rowid range of a search at a time.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { type CollectOrder, Collector, collectWith, registerCollect } from './collect.ts';

/** A request from the pool. */
export interface ReaderRequest {
  id: number;
  sql: string;
  params: unknown[];
  keep: number;
  order: CollectOrder;
}

const port = parentPort;
if (port === null) throw new Error('reader-worker must run in a worker thread');
const { path } = workerData as { path: string };
const db = new Database(path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
registerCollect(db);
const statements = new Map<string, Database.Statement>();

port.on('message', (request: ReaderRequest) => {
  try {
    let statement = statements.get(request.sql);
    if (statement === undefined) {
      if (statements.size > 200) statements.clear();
      statement = db.prepare(request.sql);
      statements.set(request.sql, statement);
    }
    const result = collectWith(new Collector(request.keep, request.order), statement, request.params);
    port.postMessage({ id: request.id, result });
  } catch (error) {
    const e = error as { message?: string; code?: string };
    port.postMessage({ id: request.id, error: { message: String(e.message ?? error), code: e.code } });
  }
});
