/**
 * Exporting the Tweede Kamer records of a SQLite archive: by kind and id, read in keyset
 * pages through a read-only connection that holds one read transaction for the whole
 * export (as the papers' export, `export.ts`).
 *
 * @module
 */
import type Database from 'better-sqlite3';
import { EXPORT_PAGE, RECORD_PAGE_SQL, type RecordRow, recordOfRow } from '../export.ts';
import type { TkRecordInput } from '../vote-types.ts';
import { toStoreError } from './errors.ts';
import { openSnapshot } from './export.ts';

/** The Tweede Kamer records of the archive `db` as `Store.exportRecords` gives them, from one snapshot. */
export async function* exportSqliteRecords(
  db: Database.Database,
  pageSize = EXPORT_PAGE,
): AsyncGenerator<TkRecordInput> {
  let snapshot: Database.Database | null = null;
  try {
    snapshot = openSnapshot(db);
    const page = (snapshot ?? db).prepare(RECORD_PAGE_SQL);
    let after = { kind: '', id: '' };
    for (;;) {
      const rows = page.all(after.kind, after.kind, after.id, pageSize) as RecordRow[];
      for (const row of rows) yield recordOfRow(row);
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1] as RecordRow;
    }
  } catch (error) {
    throw toStoreError(error, 'exporting the Tweede Kamer records');
  } finally {
    snapshot?.close();
  }
}
