/**
 * The `index_segments` row as both engines read it (the PostgreSQL query casts its
 * bigint lengths to float8 so that they arrive as numbers), and the segment's meta
 * made from it.
 *
 * @module
 */
import type { SegmentMeta } from '../search/index.ts';

/** A row of `index_segments`, without its columns blob. */
export interface SegmentRow {
  id: number;
  first: number;
  count: number;
  live: number;
  title_length: number;
  dossiers_length: number;
  body_length: number;
}

/** A segment's meta from its row. */
export function segmentMeta(row: SegmentRow): SegmentMeta {
  return {
    id: row.id,
    first: row.first,
    count: row.count,
    live: row.live,
    lengths: [row.title_length, row.dossiers_length, row.body_length],
  };
}
