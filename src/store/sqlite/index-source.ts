/**
 * The read side of the segment index on SQLite: everything one search needs, read in
 * one read transaction (a consistent snapshot, however other processes write).
 *
 * @module
 */
import type Database from 'better-sqlite3';
import {
  type DictionaryEntry,
  type FetchRequest,
  type FetchResult,
  type IndexSource,
  prefixEnd,
  type TermRow,
} from '../../search/index.ts';
import { segmentMeta } from './index-writer.ts';

const LIVE_SEGMENTS = 'segment IN (SELECT id FROM index_segments)';

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
      term: db.prepare(
        `SELECT segment, term, docs, last, postings FROM index_terms WHERE ${LIVE_SEGMENTS} AND term = ?`,
      ),
      termPositions: db.prepare(
        `SELECT segment, term, docs, last, postings, positions FROM index_terms WHERE ${LIVE_SEGMENTS} AND term = ?`,
      ),
      prefix: db.prepare(
        `SELECT segment, term, docs, last, postings FROM index_terms WHERE ${LIVE_SEGMENTS} AND term >= ? AND term < ?`,
      ),
      prefixOpen: db.prepare(
        `SELECT segment, term, docs, last, postings FROM index_terms WHERE ${LIVE_SEGMENTS} AND term >= ?`,
      ),
      count: db.prepare(`SELECT coalesce(sum(docs), 0) FROM index_terms WHERE ${LIVE_SEGMENTS} AND term = ?`).pluck(),
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
    const rows: TermRow[] = [];
    for (const term of request.terms) {
      const withPositions = positions.has(term);
      for (const row of (withPositions ? s.termPositions : s.term).all(term) as TermRow[]) {
        rows.push(withPositions ? row : { ...row, positions: null });
      }
    }
    const prefixed = new Map<string, TermRow[]>();
    for (const prefix of request.prefixes) {
      const end = prefixEnd(prefix);
      const found = (end === null ? s.prefixOpen.all(prefix) : s.prefix.all(prefix, end)) as TermRow[];
      prefixed.set(
        prefix,
        found.map((row) => ({ ...row, positions: null })),
      );
    }
    const ids = new Map<string, number[]>();
    for (const id of request.ids) ids.set(id, s.ids.all(id, id) as number[]);
    const counts = new Map<string, number>();
    for (const term of request.counts) counts.set(term, s.count.get(term) as number);
    return {
      generation,
      segments,
      columns,
      deleted: generation === request.generation ? null : (s.deleted.all() as number[]),
      rows,
      prefixed,
      ids,
      counts,
      values: s.values.all(request.dictionary) as DictionaryEntry[],
    };
  }
}
