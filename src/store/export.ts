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
