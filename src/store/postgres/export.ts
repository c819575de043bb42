/**
 * Exporting a PostgreSQL archive: every paper in docid order, read in pages by keyset
 * (the unique index on `docid`) on a connection reserved for the export, inside one
 * read-only REPEATABLE READ transaction: the export is one consistent snapshot however
 * other clients write meanwhile.
 *
 * @module
 */
import type { ReservedSql, Sql } from 'postgres';
import type { Document } from '../../model/index.ts';
import type { IndexReader } from '../../search/index.ts';
import { restoreDocument } from '../documents.ts';
import { exportPageSize, exportQuery, matchingStores } from '../export.ts';
import type { ExportRequest } from '../types.ts';
import { toStoreError } from './errors.ts';
import { BLOCK_TEXTS } from './schema.ts';

interface Row {
  doc: string;
  docid: number;
  json: string;
  texts: string | null;
}

const COLUMNS = `d.doc, d.docid, d.json, ${BLOCK_TEXTS} AS texts`;

/** One page of the export: the papers after `after` (docid), or those of `stores` (engine ids), in order. */
async function readPage(conn: ReservedSql, pageSize: number, after: number, stores: number[] | null): Promise<Row[]> {
  if (stores === null) {
    return conn.unsafe<Row[]>(`SELECT ${COLUMNS} FROM documents d WHERE d.docid > $1 ORDER BY d.docid LIMIT $2`, [
      after,
      pageSize,
    ]);
  }
  const rows = await conn.unsafe<Row[]>(`SELECT ${COLUMNS} FROM documents d WHERE d.doc = ANY($1::bigint[])`, [stores]);
  const byDoc = new Map(rows.map((r) => [Number(r.doc), r]));
  return stores.flatMap((store) => byDoc.get(store) ?? []);
}

/**
 * The documents of the archive on `sql` as `Store.exportDocuments` gives them; `reader`
 * finds a query's matches.
 */
export async function* exportPostgres(
  sql: Sql,
  reader: IndexReader,
  request: ExportRequest = {},
): AsyncGenerator<Document> {
  const pageSize = exportPageSize(request);
  const query = exportQuery(request);
  // A query's mistakes are the caller's to report: they pass through as they are.
  const stores = query === null ? null : await matchingStores(reader, query);
  yield* inSnapshot(sql, 'exporting the archive', async function* (conn) {
    let after = -1;
    for (let at = 0; ; at += pageSize) {
      const wanted = stores === null ? null : Array.from(stores.subarray(at, at + pageSize));
      const rows = await readPage(conn, pageSize, after, wanted);
      if (stores === null && rows.length > 0) after = (rows[rows.length - 1] as Row).docid;
      const done = stores === null ? rows.length < pageSize : at + pageSize >= stores.length;
      for (const row of rows) yield restoreDocument(row.json, row.texts);
      if (done) return;
    }
  });
}

/**
 * What `read` yields, read on a connection reserved for it inside one read-only
 * REPEATABLE READ transaction; errors become a `StoreError` of `doing`.
 */
export async function* inSnapshot<T>(
  sql: Sql,
  doing: string,
  read: (conn: ReservedSql) => AsyncGenerator<T>,
): AsyncGenerator<T> {
  let conn: ReservedSql | null = null;
  let open = false;
  try {
    conn = await sql.reserve();
    await conn.unsafe('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    open = true;
    yield* read(conn);
    open = false;
    await conn.unsafe('COMMIT');
  } catch (error) {
    throw toStoreError(error, doing);
  } finally {
    // Also when the reader stops early (a closed pipe): the snapshot is let go.
    if (open) await conn?.unsafe('ROLLBACK').catch(() => {});
    conn?.release();
  }
}
