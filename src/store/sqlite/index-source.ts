/**
 * The read side of the segment index on SQLite: everything one search needs, read in
 * one read transaction (a consistent snapshot, however other processes write).
 *
 * @module
 */
import type Database from 'better-sqlite3';
import {
  type BlockRow,
  type DictionaryEntry,
  type FetchRequest,
  type FetchResult,
  type IndexSource,
  prefixEnd,
} from '../../search/index.ts';
import { segmentMeta } from './index-writer.ts';

/** For each segment, the block that may hold a term: the greatest key ≤ it. */
const BLOCK_FOR = (columns: string) => `SELECT b.segment, b.term, ${columns} FROM index_segments s
  JOIN index_blocks b ON b.segment = s.id AND b.term = (SELECT max(term) FROM index_blocks WHERE segment = s.id AND term <= ?)`;

/** Reads the segment index of one connection. */
export class SqliteIndexSource implements IndexSource {
  private readonly stmt;
  private readonly read: (request: FetchRequest) => FetchResult;

  constructor(db: Database.Database) {
    this.stmt = {
      generation: db.prepare('SELECT generation FROM index_state').pluck(),
      segments: db.prepare(
        'SELECT id, first, count, live, title_length, dossiers_length, body_length FROM index_segments ORDER BY first',
      ),
      columns: db.prepare('SELECT columns FROM index_segments WHERE id = ?').pluck(),
      deleted: db.prepare('SELECT docid FROM index_deleted').pluck(),
      block: db.prepare(BLOCK_FOR('b.data, NULL AS positions')),
      blockPositions: db.prepare(BLOCK_FOR('b.data, b.positions')),
      prefix: db.prepare(
        `SELECT segment, term, data, NULL AS positions FROM index_blocks
         WHERE segment IN (SELECT id FROM index_segments) AND term > ? AND term < ?`,
      ),
      prefixOpen: db.prepare(
        `SELECT segment, term, data, NULL AS positions FROM index_blocks
         WHERE segment IN (SELECT id FROM index_segments) AND term > ?`,
      ),
      ids: db.prepare('SELECT docid FROM documents WHERE (id = ? OR key = ?) AND docid IS NOT NULL').pluck(),
      values: db.prepare('SELECT code, kind, value FROM index_values WHERE code > ? ORDER BY code'),
    };
    this.read = db.transaction((request: FetchRequest) => this.readNow(request));
  }

  fetch(request: FetchRequest): Promise<FetchResult> {
    return Promise.resolve(this.read(request));
  }

  private readNow(request: FetchRequest): FetchResult {
    const s = this.stmt;
    const generation = s.generation.get() as number;
    const segments = (s.segments.all() as Parameters<typeof segmentMeta>[0][]).map(segmentMeta);
    const cached = new Set(request.cached);
    const columns = new Map<number, Uint8Array>();
    for (const meta of segments) if (!cached.has(meta.id)) columns.set(meta.id, s.columns.get(meta.id) as Uint8Array);
    const positions = new Set(request.positions);
    const blocks = new Map<string, BlockRow>();
    const add = (block: BlockRow) => {
      const key = `${block.segment}\u0000${block.term}`;
      if (block.positions !== null || !blocks.has(key)) blocks.set(key, block);
    };
    for (const term of request.terms) {
      for (const b of (positions.has(term) ? s.blockPositions : s.block).all(term) as BlockRow[]) add(b);
    }
    for (const term of request.counts) for (const b of s.block.all(term) as BlockRow[]) add(b);
    const prefixed = new Map<string, BlockRow[]>();
    for (const prefix of request.prefixes) {
      const end = prefixEnd(prefix);
      const head = s.block.all(prefix) as BlockRow[];
      const rest = (end === null ? s.prefixOpen.all(prefix) : s.prefix.all(prefix, end)) as BlockRow[];
      prefixed.set(prefix, [...head, ...rest]);
    }
    const ids = new Map<string, number[]>();
    for (const id of request.ids) ids.set(id, s.ids.all(id, id) as number[]);
    return {
      generation,
      segments,
      columns,
      deleted: generation === request.generation ? null : (s.deleted.all() as number[]),
      blocks: [...blocks.values()],
      prefixed,
      ids,
      values: s.values.all(request.dictionary) as DictionaryEntry[],
    };
  }
}
