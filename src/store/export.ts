/**
 * What both engines share when they export papers (`Store.exportDocuments`): the papers
 * a query matches, found in the segment index in one read, and the size of the pages
 * the stored papers are read in.
 *
 * A query's matches are kept as their engine ids (the rows' `doc`, which an update
 * keeps), in the order of their docids: 4 bytes a match, so an export of a query that
 * matches a million papers holds 4 MB, not the papers.
 *
 * @module
 */
import { type IndexReader, parseQuery, planQuery } from '../search/index.ts';
import type { ExportRequest } from './types.ts';
import type { TkRecordInput, TkRecordKind } from './vote-types.ts';

/** Papers an export reads from the archive at a time, unless asked otherwise. */
export const EXPORT_PAGE = 100;

/** The page size of an export request: 1–10,000, default `EXPORT_PAGE`. */
export function exportPageSize(request: ExportRequest): number {
  return Math.min(10_000, Math.max(1, Math.floor(request.pageSize ?? EXPORT_PAGE)));
}

/** The query of an export request, or null for every paper. */
export function exportQuery(request: ExportRequest): string | null {
  const query = request.query?.trim() ?? '';
  return query === '' ? null : query;
}

/**
 * The engine ids of the live papers that match `query`, in docid order (the order of a
 * whole export). Throws the parser's `SearchQueryError` for a query with a mistake.
 *
 * @example
 * const stores = await matchingStores(reader, 'dossier:32824 type:motie');
 */
export async function matchingStores(reader: IndexReader, query: string): Promise<Int32Array> {
  const { prepared } = await reader.prepare(planQuery(parseQuery(query)));
  const segments = prepared.queries
    .filter((q) => q.result !== null)
    .sort((a, b) => a.view.meta.first - b.view.meta.first);
  let total = 0;
  for (const q of segments) total += q.result?.count() ?? 0;
  const out = new Int32Array(total);
  let k = 0;
  for (const q of segments) {
    const words = q.result?.words ?? new Uint32Array(0);
    const store = q.view.columns.store;
    for (let w = 0; w < words.length; w++) {
      let bits = words[w] as number;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        out[k++] = store[(w << 5) + 31 - Math.clz32(low)] as number;
      }
    }
  }
  return out;
}

/** A row of `tk_records` as the record exports read it. */
export interface RecordRow {
  kind: string;
  id: string;
  bijgewerkt: string | null;
  verwijderd: number | boolean;
  json: string;
}

/** The columns and order of a records export: by kind and id, the table's key (keyset pages). */
export const RECORD_PAGE_SQL =
  'SELECT kind, id, bijgewerkt, verwijderd, json FROM tk_records WHERE kind > ? OR (kind = ? AND id > ?) ORDER BY kind, id LIMIT ?';

/**
 * A stored Tweede Kamer record as `putRecords` took it: a Zaak's papers, kept inside its
 * JSON, come out as `papers` again, so that writing it back stores the same row.
 */
export function recordOfRow(row: RecordRow): TkRecordInput {
  const record = JSON.parse(row.json) as Record<string, unknown>;
  const base = {
    kind: row.kind as TkRecordKind,
    id: row.id,
    verwijderd: Boolean(row.verwijderd),
    bijgewerkt: row.bijgewerkt,
  };
  const { papers, ...rest } = record;
  if (row.kind === 'zaak' && Array.isArray(papers)) return { ...base, record: rest, papers: papers.map(String) };
  return { ...base, record };
}
