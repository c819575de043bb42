/**
 * Exporting the Tweede Kamer records of a PostgreSQL archive: by kind and id, read in
 * keyset pages inside one read-only REPEATABLE READ transaction (`inSnapshot`, as the
 * papers' export).
 *
 * @module
 */
import type { Sql } from 'postgres';
import { EXPORT_PAGE, RECORD_PAGE_SQL, type RecordRow, recordOfRow } from '../export.ts';
import { numberPlaceholders } from '../sql-runner.ts';
import type { TkRecordInput } from '../vote-types.ts';
import { inSnapshot } from './export.ts';

/** The Tweede Kamer records of the archive on `sql` as `Store.exportRecords` gives them, from one snapshot. */
export async function* exportPostgresRecords(sql: Sql, pageSize = EXPORT_PAGE): AsyncGenerator<TkRecordInput> {
  const page = numberPlaceholders(RECORD_PAGE_SQL);
  yield* inSnapshot(sql, 'exporting the Tweede Kamer records', async function* (conn) {
    let after = { kind: '', id: '' };
    for (;;) {
      const rows = await conn.unsafe<RecordRow[]>(page, [after.kind, after.kind, after.id, pageSize]);
      for (const row of rows) yield recordOfRow(row);
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1] as RecordRow;
    }
  });
}
