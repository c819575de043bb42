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
  docSetFilterOf,
  type FetchRequest,
  type FetchResult,
  type IndexSource,
  partOf,
  prefixEnd,
} from '../../search/index.ts';
import { segmentMeta } from '../segment-rows.ts';
import { voteFilterSql } from '../votes.ts';

/** The block of segment @segment that may hold term @term: the one with the greatest key ≤ it. */
const BLOCK_FOR = (columns: string) => `SELECT segment, term, ${columns} FROM index_blocks
  WHERE segment = @segment AND term = (SELECT max(term) FROM index_blocks WHERE segment = @segment AND term <= @term)`;

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
      block: db.prepare(BLOCK_FOR('data, NULL AS positions')),
      blockPositions: db.prepare(BLOCK_FOR('data, positions')),
      prefix: db.prepare(
        'SELECT segment, term, data, NULL AS positions FROM index_blocks WHERE segment = ? AND term > ? AND term < ?',
      ),
      prefixOpen: db.prepare(
        'SELECT segment, term, data, NULL AS positions FROM index_blocks WHERE segment = ? AND term > ?',
      ),
      ids: db.prepare('SELECT docid FROM documents WHERE (id = ? OR key = ?) AND docid IS NOT NULL').pluck(),
      outcome: db.prepare(voteFilterSql({ field: 'outcome', value: '' }).sql).pluck(),
      votedFor: db.prepare(voteFilterSql({ field: 'votedFor', value: '' }).sql).pluck(),
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
    const mine = partOf(segments, request.part).map((m) => m.id);
    const cached = new Set(request.cached);
    const columns = new Map<number, Uint8Array>();
    for (const id of mine) if (!cached.has(id)) columns.set(id, s.columns.get(id) as Uint8Array);
    const positions = new Set(request.positions);
    const blocks = new Map<string, BlockRow>();
    const add = (block: BlockRow | undefined) => {
      if (block === undefined) return;
      const key = `${block.segment}\u0000${block.term}`;
      if (block.positions !== null || !blocks.has(key)) blocks.set(key, block);
    };
    const countIn = request.countIn === undefined ? null : new Set(request.countIn);
    for (const id of mine) {
      for (const term of request.terms) {
        add((positions.has(term) ? s.blockPositions : s.block).get({ segment: id, term }) as BlockRow | undefined);
      }
      if (countIn !== null && !countIn.has(id)) continue;
      for (const term of request.counts) add(s.block.get({ segment: id, term }) as BlockRow | undefined);
    }
    const prefixed = new Map<string, BlockRow[]>();
    for (const prefix of request.prefixes) {
      const end = prefixEnd(prefix);
      const found: BlockRow[] = [];
      for (const id of mine) {
        const head = s.block.get({ segment: id, term: prefix }) as BlockRow | undefined;
        if (head !== undefined) found.push(head);
        found.push(...((end === null ? s.prefixOpen.all(id, prefix) : s.prefix.all(id, prefix, end)) as BlockRow[]));
      }
      prefixed.set(prefix, found);
    }
    const ids = new Map<string, number[]>();
    for (const key of request.ids) {
      const filter = docSetFilterOf(key);
      if (filter.field === 'id') {
        ids.set(key, s.ids.all(key, key) as number[]);
      } else {
        const { params } = voteFilterSql(filter);
        ids.set(key, s[filter.field].all(...params) as number[]);
      }
    }
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
