/**
 * The read side of the segment index on PostgreSQL: everything one search needs, read
 * in one read-only REPEATABLE READ transaction (a consistent snapshot, however other
 * clients write meanwhile).
 *
 * @module
 */
import type { Sql } from 'postgres';
import {
  type DictionaryEntry,
  type FetchRequest,
  type FetchResult,
  type IndexSource,
  prefixEnd,
  type TermRow,
} from '../../search/index.ts';
import { SEGMENT_COLUMNS, segmentMeta } from './index-writer.ts';

/** Reads the segment index of one archive. */
export class PostgresIndexSource implements IndexSource {
  constructor(private readonly sql: Sql) {}

  async fetch(request: FetchRequest): Promise<FetchResult> {
    return (await this.sql.begin('isolation level repeatable read read only', async (tx) => {
      const [state] = await tx.unsafe<{ generation: number }[]>(
        'SELECT generation::float8 AS generation FROM index_state',
      );
      const generation = (state as { generation: number }).generation;
      const segments = (
        await tx.unsafe<Parameters<typeof segmentMeta>[0][]>(
          `SELECT ${SEGMENT_COLUMNS} FROM index_segments ORDER BY first`,
        )
      ).map(segmentMeta);
      const ids = segments.map((s) => s.id);
      const cached = new Set(request.cached);
      const missing = ids.filter((id) => !cached.has(id));
      const columns = new Map<number, Uint8Array>();
      if (missing.length > 0) {
        const rows = await tx.unsafe<{ id: number; columns: Buffer }[]>(
          'SELECT id, columns FROM index_segments WHERE id = ANY($1::integer[])',
          [missing],
        );
        for (const r of rows) columns.set(r.id, r.columns);
      }
      const rows: TermRow[] =
        request.terms.length === 0
          ? []
          : [
              ...(await tx.unsafe<TermRow[]>(
                `SELECT segment, term, docs, last, postings, CASE WHEN term = ANY($3::text[]) THEN positions END AS positions
                 FROM index_terms WHERE segment = ANY($1::integer[]) AND term = ANY($2::text[])`,
                [ids, request.terms, request.positions],
              )),
            ];
      const prefixed = new Map<string, TermRow[]>();
      for (const prefix of request.prefixes) {
        const end = prefixEnd(prefix);
        const found = await tx.unsafe<TermRow[]>(
          `SELECT segment, term, docs, last, postings, NULL::bytea AS positions FROM index_terms
           WHERE segment = ANY($1::integer[]) AND term >= $2 ${end === null ? '' : 'AND term < $3'}`,
          end === null ? [ids, prefix] : [ids, prefix, end],
        );
        prefixed.set(prefix, [...found]);
      }
      const byId = new Map<string, number[]>(request.ids.map((id) => [id, []]));
      if (request.ids.length > 0) {
        const found = await tx.unsafe<{ id: string | null; key: string; docid: number }[]>(
          'SELECT id, key, docid FROM documents WHERE (id = ANY($1::text[]) OR key = ANY($1::text[])) AND docid IS NOT NULL',
          [request.ids],
        );
        for (const r of found) {
          for (const value of new Set([r.id, r.key])) if (value !== null) byId.get(value)?.push(r.docid);
        }
      }
      const counts = new Map<string, number>(request.counts.map((t) => [t, 0]));
      if (request.counts.length > 0) {
        const found = await tx.unsafe<{ term: string; n: number }[]>(
          `SELECT term, sum(docs)::float8 AS n FROM index_terms WHERE segment = ANY($1::integer[]) AND term = ANY($2::text[])
           GROUP BY term`,
          [ids, request.counts],
        );
        for (const r of found) counts.set(r.term, r.n);
      }
      const deleted =
        generation === request.generation
          ? null
          : (await tx.unsafe<{ docid: number }[]>('SELECT docid FROM index_deleted')).map((r) => r.docid);
      const values = await tx.unsafe<DictionaryEntry[]>(
        'SELECT code, kind, value FROM index_values WHERE code > $1 ORDER BY code',
        [request.dictionary],
      );
      return { generation, segments, columns, deleted, rows, prefixed, ids: byId, counts, values: [...values] };
    })) as FetchResult;
  }
}
