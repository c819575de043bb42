/**
 * The write side of the segment index on SQLite: numbering values, writing a batch's
 * segment (inside the caller's transaction, so papers and index commit together),
 * deleting replaced docids, merging segments (each merge its own transaction), and
 * indexing papers stored without a docid (an archive from before the segment index).
 *
 * @module
 */
import type Database from 'better-sqlite3';
import {
  analyzeDocument,
  attributesOf,
  BlockMerge,
  BlockPacker,
  type BlockRow,
  buildDraft,
  decodeColumns,
  docValues,
  type MergePart,
  pickMerge,
  type SegmentDraft,
  SegmentMerge,
  type SegmentMeta,
  segmentOf,
  type ValueKind,
  valueKey,
  valuesToNumber,
} from '../../search/index.ts';
import { restoreDocument, type ToIndex } from '../documents.ts';
import { type SegmentRow, segmentMeta } from '../segment-rows.ts';
import { BLOCK_TEXTS } from './schema.ts';

/** Blocks a page read while merging. */
const MERGE_PAGE = 200;
/** Papers indexed per transaction when an older archive is indexed on open. */
const REINDEX_BATCH = 500;

const SEGMENT_COLUMNS = 'id, first, count, live, title_length, dossiers_length, body_length';

/** The index's SQL on one connection. */
export class IndexWriter {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      code: db.prepare('SELECT code FROM index_values WHERE kind = ? AND value = ?').pluck(),
      addValue: db.prepare('INSERT INTO index_values (kind, value) VALUES (?, ?)'),
      next: db.prepare('SELECT coalesce(max(first + count), 1) FROM index_segments').pluck(),
      addSegment: db.prepare(
        `INSERT INTO index_segments (first, count, live, title_length, dossiers_length, body_length, columns)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      setSegment: db.prepare(
        'UPDATE index_segments SET live = ?, title_length = ?, dossiers_length = ?, body_length = ?, columns = ? WHERE id = ?',
      ),
      addBlock: db.prepare('INSERT INTO index_blocks (segment, term, data, positions) VALUES (?, ?, ?, ?)'),
      setDocid: db.prepare('UPDATE documents SET docid = ? WHERE doc = ?'),
      delete: db.prepare('INSERT OR IGNORE INTO index_deleted (docid) VALUES (?)'),
      undelete: db.prepare('DELETE FROM index_deleted WHERE docid = ?'),
      bump: db.prepare('UPDATE index_state SET generation = generation + 1'),
      segments: db.prepare(`SELECT ${SEGMENT_COLUMNS} FROM index_segments ORDER BY first`),
      columns: db.prepare('SELECT columns FROM index_segments WHERE id = ?').pluck(),
      deletedIn: db.prepare('SELECT docid FROM index_deleted WHERE docid >= ? AND docid < ?').pluck(),
      page: db.prepare(
        `SELECT segment, term, data, positions FROM index_blocks WHERE segment = ? AND term > ? ORDER BY term LIMIT ${MERGE_PAGE}`,
      ),
      dropBlocks: db.prepare('DELETE FROM index_blocks WHERE segment = ?'),
      dropSegment: db.prepare('DELETE FROM index_segments WHERE id = ?'),
      unindexed: db.prepare(
        `SELECT d.doc, j.json, ${BLOCK_TEXTS} AS texts FROM documents d JOIN document_json j ON j.doc = d.doc
         WHERE d.docid IS NULL ORDER BY d.doc LIMIT ${REINDEX_BATCH}`,
      ),
    };
  }

  private code(kind: ValueKind, value: string, codes: Map<string, number>): void {
    const key = valueKey(kind, value);
    if (codes.has(key)) return;
    let code = this.stmt.code.get(kind, value) as number | undefined;
    if (code === undefined) code = Number(this.stmt.addValue.run(kind, value).lastInsertRowid);
    codes.set(key, code);
  }

  /**
   * Index papers (inside the caller's transaction): their old docids are deleted, and
   * they become one new segment. `draft` is their postings in the same order, when
   * already built (in a worker thread).
   */
  index(papers: ReadonlyArray<ToIndex>, draft?: SegmentDraft): void {
    for (const p of papers) if (p.replaces !== null) this.stmt.delete.run(p.replaces);
    if (papers.length > 0) {
      const built = draft ?? buildDraft(papers.map((p) => analyzeDocument(p.doc)));
      const values = papers.map((p) => docValues(p.doc));
      const codes = new Map<string, number>();
      for (const { kind, value } of valuesToNumber(values)) this.code(kind, value, codes);
      const attributes = attributesOf(
        values,
        papers.map((p) => p.store),
        codes,
      );
      const first = this.stmt.next.get() as number;
      const { meta, columns, blocks } = segmentOf(0, first, built, attributes);
      const id = this.addSegment(meta, columns);
      this.addBlocks(id, blocks);
      papers.forEach((p, i) => {
        this.stmt.setDocid.run(first + i, p.store);
      });
    }
    this.stmt.bump.run();
  }

  private addSegment(meta: SegmentMeta, columns: Uint8Array): number {
    const [title, dossiers, body] = meta.lengths;
    return Number(
      this.stmt.addSegment.run(meta.first, meta.count, meta.live, title, dossiers, body, columns).lastInsertRowid,
    );
  }

  private addBlocks(segment: number, blocks: ReadonlyArray<BlockRow>): void {
    for (const b of blocks) this.stmt.addBlock.run(segment, b.term, b.data, b.positions);
  }

  /** Mark a docid deleted (inside the caller's transaction). */
  deleteDocid(docid: number): void {
    this.stmt.delete.run(docid);
  }

  /** Merge segments until the policy wants no more merges; each merge commits on its own. */
  mergeAll(): number {
    let merges = 0;
    const once = this.db.transaction(() => {
      const segments = (this.stmt.segments.all() as SegmentRow[]).map(segmentMeta);
      const pick = pickMerge(segments);
      if (pick === null) return false;
      this.merge(pick);
      return true;
    });
    while (once.immediate()) merges++;
    return merges;
  }

  private merge(pick: SegmentMeta[]): void {
    const parts: MergePart[] = pick.map((meta) => ({
      meta,
      columns: decodeColumns(this.stmt.columns.get(meta.id) as Uint8Array),
    }));
    const end = (pick[pick.length - 1] as SegmentMeta).first + (pick[pick.length - 1] as SegmentMeta).count;
    const deleted = this.stmt.deletedIn.all((pick[0] as SegmentMeta).first, end) as number[];
    const merge = new SegmentMerge(0, parts, deleted);
    const id = this.addSegment(
      { id: 0, first: merge.first, count: merge.count, live: 0, lengths: [0, 0, 0] },
      new Uint8Array(0),
    );
    const packer = new BlockPacker(id, merge.first);
    const merging = new BlockMerge(
      merge,
      pick.map((m) => m.first),
      packer,
    );
    const after = pick.map(() => '');
    while (merging.step()) {
      for (const i of merging.hungry()) {
        const blocks = this.stmt.page.all((pick[i] as SegmentMeta).id, after[i]) as BlockRow[];
        if (blocks.length > 0) after[i] = (blocks[blocks.length - 1] as BlockRow).term;
        merging.feed(i, blocks, blocks.length < MERGE_PAGE);
      }
      this.addBlocks(id, packer.take());
    }
    this.addBlocks(id, packer.finish());
    for (const meta of pick) {
      this.stmt.dropBlocks.run(meta.id);
      this.stmt.dropSegment.run(meta.id);
    }
    const { meta, columns } = merge.segment();
    const [title, dossiers, body] = meta.lengths;
    this.stmt.setSegment.run(meta.live, title, dossiers, body, columns, id);
    for (const docid of merge.dropped) this.stmt.undelete.run(docid);
    this.stmt.bump.run();
  }

  /**
   * Index every stored paper that has no docid yet (an archive written before the
   * segment index), a batch per transaction; returns how many were indexed.
   */
  reindex(): number {
    let total = 0;
    const batch = this.db.transaction(() => {
      const rows = this.stmt.unindexed.all() as Array<{ doc: number; json: string; texts: string }>;
      if (rows.length === 0) return 0;
      this.index(rows.map((r) => ({ store: r.doc, doc: restoreDocument(r.json, r.texts), replaces: null })));
      return rows.length;
    });
    for (;;) {
      const n = batch.immediate();
      total += n;
      if (n > 0) this.mergeAll();
      if (n < REINDEX_BATCH) return total;
    }
  }
}
