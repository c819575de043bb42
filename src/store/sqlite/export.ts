/**
 * Exporting a SQLite archive: every paper in docid order, read in pages by keyset (the
 * `documents_docid` index) through a read-only connection of its own that holds one
 * read transaction for the whole export, so the export is one consistent snapshot
 * while other connections and processes write (WAL readers never block writers). An
 * in-memory archive is read through its one connection, page by page.
 *
 * @module
 */
import Database from 'better-sqlite3';
import type { Document } from '../../model/index.ts';
import type { IndexReader } from '../../search/index.ts';
import { restoreDocument } from '../documents.ts';
import { exportPageSize, exportQuery, matchingStores } from '../export.ts';
import type { ExportRequest } from '../types.ts';
import { toStoreError } from './errors.ts';
import { BLOCK_TEXTS } from './schema.ts';

interface Row {
  docid: number;
  json: string;
  texts: string | null;
}

/**
 * The documents of the archive `db` (its writing connection) as `Store.exportDocuments`
 * gives them; `reader` finds a query's matches.
 */
export async function* exportSqlite(
  db: Database.Database,
  reader: IndexReader,
  request: ExportRequest = {},
): AsyncGenerator<Document> {
  const pageSize = exportPageSize(request);
  const query = exportQuery(request);
  // A query's mistakes are the caller's to report: they pass through as they are.
  const stores = query === null ? null : await matchingStores(reader, query);
  let snapshot: Database.Database | null = null;
  let rows: Row[];
  try {
    snapshot = openSnapshot(db);
    const conn = snapshot ?? db;
    const page = conn.prepare(
      `SELECT d.docid, j.json, ${BLOCK_TEXTS} AS texts FROM documents d JOIN document_json j ON j.doc = d.doc
       WHERE d.docid > ? ORDER BY d.docid LIMIT ?`,
    );
    const byStore = conn.prepare(
      `SELECT d.docid, j.json, ${BLOCK_TEXTS} AS texts FROM documents d JOIN document_json j ON j.doc = d.doc
       WHERE d.doc = ?`,
    );
    let after = -1;
    let at = 0;
    for (;;) {
      if (stores === null) {
        rows = page.all(after, pageSize) as Row[];
        if (rows.length > 0) after = (rows[rows.length - 1] as Row).docid;
      } else {
        rows = [];
        for (const end = Math.min(stores.length, at + pageSize); at < end; at++) {
          const row = byStore.get(stores[at]) as Row | undefined;
          if (row !== undefined) rows.push(row);
        }
      }
      const done = stores === null ? rows.length < pageSize : at >= stores.length;
      for (const row of rows) yield restoreDocument(row.json, row.texts);
      if (done) return;
    }
  } catch (error) {
    throw toStoreError(error, 'exporting the archive');
  } finally {
    // Closing the connection ends its read transaction.
    snapshot?.close();
  }
}

/**
 * A read-only connection to the archive of `db` in a deferred transaction (its first
 * read starts the snapshot every later read sees), or null for an in-memory archive.
 */
export function openSnapshot(db: Database.Database): Database.Database | null {
  if (db.memory) return null;
  const snapshot = new Database(db.name, { readonly: true, fileMustExist: true });
  try {
    snapshot.pragma('busy_timeout = 5000');
    snapshot.prepare('BEGIN').run();
  } catch (error) {
    snapshot.close();
    throw error;
  }
  return snapshot;
}
