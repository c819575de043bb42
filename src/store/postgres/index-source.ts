/**
 * The read side of the segment index on PostgreSQL: everything one search needs, read
 * in one read-only REPEATABLE READ transaction (a consistent snapshot, however other
 * clients write meanwhile).
 *
 * @module
 */
import type { Sql, TransactionSql } from 'postgres';
import {
  type BlockRow,
  type DictionaryEntry,
  docSetFilterOf,
  type FetchRequest,
  type FetchResult,
  type IndexSource,
  partOf,
  prefixEnd,
} from '../../search/index.ts';
import { segmentMeta } from '../segment-rows.ts';
import { numberPlaceholders } from '../sql-runner.ts';
import { voteFilterSql } from '../votes.ts';
import { BlockCache, type BlockCacheOptions } from './block-cache.ts';
import { SEGMENT_COLUMNS } from './index-writer.ts';

/** Bytes of term blocks a source keeps by default (`block-cache.ts`). */
export const BLOCK_CACHE_BYTES = 256 * 2 ** 20;

/** Reads the segment index of one archive. */
export class PostgresIndexSource implements IndexSource {
  private readonly cache: BlockCache;

  /** `cache`: how much of the large term blocks read to keep for later searches. */
  constructor(
    private readonly sql: Sql,
    cache: BlockCacheOptions = { maxBytes: BLOCK_CACHE_BYTES },
  ) {
    this.cache = new BlockCache(cache);
  }

  /**
   * The block of each term in each segment (positions for the terms in `positions`):
   * from the cache where it holds them, the rest in one query.
   */
  private async blocksFor(
    tx: TransactionSql,
    segments: number[],
    terms: string[],
    positions: ReadonlySet<string>,
  ): Promise<BlockRow[]> {
    const out: BlockRow[] = [];
    const missing = { segments: [] as number[], terms: [] as string[] };
    for (const term of terms) {
      for (const segment of segments) {
        const cached = this.cache.get(segment, term, positions.has(term));
        if (cached !== undefined) out.push(cached);
        else {
          missing.segments.push(segment);
          missing.terms.push(term);
        }
      }
    }
    if (missing.terms.length === 0) return out;
    const rows = await tx.unsafe<(BlockRow & { wanted: string })[]>(
      `SELECT p.term AS wanted, b.segment, b.term, b.data, CASE WHEN p.term = ANY($3::text[]) THEN b.positions END AS positions
       FROM unnest($1::integer[], $2::text[]) AS p(id, term)
       CROSS JOIN LATERAL (SELECT segment, term, data, positions FROM index_blocks
         WHERE segment = p.id AND term <= p.term ORDER BY term DESC LIMIT 1) b`,
      [missing.segments, missing.terms, [...positions]],
    );
    for (const { wanted, segment, term, data, positions } of rows) {
      const row: BlockRow = { segment, term, data, positions };
      this.cache.set(segment, wanted, row);
      out.push(row);
    }
    return out;
  }

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
      const ids = partOf(segments, request.part).map((s) => s.id);
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
      // For each term and segment, the block with the greatest key ≤ the term (the only one that can hold it).
      const positions = new Set(request.positions.filter((t) => request.terms.includes(t)));
      const countIn = request.countIn === undefined ? null : new Set(request.countIn);
      const found =
        countIn === null
          ? await this.blocksFor(tx, ids, [...request.terms, ...request.counts], positions)
          : [
              ...(await this.blocksFor(tx, ids, request.terms, positions)),
              ...(await this.blocksFor(
                tx,
                ids.filter((id) => countIn.has(id)),
                request.counts,
                new Set(),
              )),
            ];
      const blocks = new Map<string, BlockRow>();
      for (const b of found) {
        const key = `${b.segment}\u0000${b.term}`;
        if (b.positions !== null || !blocks.has(key)) blocks.set(key, b);
      }
      const prefixed = new Map<string, BlockRow[]>();
      for (const prefix of request.prefixes) {
        const end = prefixEnd(prefix);
        const rows = await tx.unsafe<BlockRow[]>(
          `SELECT b.segment, b.term, b.data, NULL::bytea AS positions FROM unnest($1::integer[]) AS s(id)
           CROSS JOIN LATERAL (SELECT segment, term, data FROM index_blocks
             WHERE segment = s.id AND term <= $2 ORDER BY term DESC LIMIT 1) b
           UNION ALL
           SELECT segment, term, data, NULL::bytea FROM index_blocks
           WHERE segment = ANY($1::integer[]) AND term > $2 ${end === null ? '' : 'AND term < $3'}`,
          end === null ? [ids, prefix] : [ids, prefix, end],
        );
        prefixed.set(prefix, [...rows]);
      }
      const byId = new Map<string, number[]>(request.ids.map((id) => [id, []]));
      const paperIds = request.ids.filter((key) => docSetFilterOf(key).field === 'id');
      for (const key of request.ids) {
        const filter = docSetFilterOf(key);
        if (filter.field === 'id') continue;
        const { sql, params } = voteFilterSql(filter);
        const rows = await tx.unsafe<{ docid: number }[]>(numberPlaceholders(sql), params);
        byId.set(
          key,
          rows.map((r) => Number(r.docid)),
        );
      }
      if (paperIds.length > 0) {
        const found = await tx.unsafe<{ id: string | null; key: string; docid: number }[]>(
          'SELECT id, key, docid FROM documents WHERE (id = ANY($1::text[]) OR key = ANY($1::text[])) AND docid IS NOT NULL',
          [paperIds],
        );
        for (const r of found) {
          for (const value of new Set([r.id, r.key])) if (value !== null) byId.get(value)?.push(r.docid);
        }
      }
      const deleted =
        generation === request.generation
          ? null
          : (await tx.unsafe<{ docid: number }[]>('SELECT docid FROM index_deleted')).map((r) => r.docid);
      const values = await tx.unsafe<DictionaryEntry[]>(
        'SELECT code, kind, value FROM index_values WHERE code > $1 ORDER BY code',
        [request.dictionary],
      );
      return {
        generation,
        segments,
        columns,
        deleted,
        blocks: [...blocks.values()],
        prefixed,
        ids: byId,
        values: [...values],
      };
    })) as FetchResult;
  }
}
