/**
 * The write side of the segment index on PostgreSQL (as `sqlite/index-writer.ts`):
 * numbering values, writing a batch's segment inside the caller's transaction, deleting
 * replaced docids, merging segments (each merge its own transaction) and indexing papers
 * stored without a docid. Every writer first takes the archive's index lock
 * (`lockIndex`), so docids, codes and merges are decided by one writer at a time; term
 * blocks go in with `COPY`.
 *
 * @module
 */
import type { Sql, TransactionSql } from 'postgres';
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
import { copyRows } from './copy.ts';
import { BLOCK_TEXTS } from './schema.ts';

/** Blocks a page read while merging. */
const MERGE_PAGE = 200;
/** Papers indexed per transaction when an older archive is indexed on open. */
const REINDEX_BATCH = 500;

/** The columns of `index_segments` a segment's meta is read from. */
export const SEGMENT_COLUMNS =
  'id, first, count, live, title_length::float8 AS title_length, dossiers_length::float8 AS dossiers_length, body_length::float8 AS body_length';

/** Take the archive's index lock until the end of the transaction. */
export async function lockIndex(tx: TransactionSql): Promise<void> {
  await tx.unsafe("SELECT pg_advisory_xact_lock(hashtext('griffie:index:' || current_schema()))");
}

/** The columns of `index_blocks` as `copyRows` writes them. */
const BLOCK_COLUMNS = [
  ['segment', 'int4'],
  ['term', 'text'],
  ['data', 'bytea'],
  ['positions', 'bytea'],
] as const;

/** Write term blocks of segment `segment` with one `COPY`. */
async function copyBlocks(tx: TransactionSql, segment: number, blocks: ReadonlyArray<BlockRow>): Promise<void> {
  await copyRows(
    tx,
    'index_blocks',
    BLOCK_COLUMNS,
    blocks.map((b) => [segment, b.term, b.data, b.positions]),
  );
}

async function addSegment(tx: TransactionSql, meta: SegmentMeta, columns: Uint8Array): Promise<number> {
  const [title, dossiers, body] = meta.lengths;
  const [row] = await tx.unsafe<{ id: number }[]>(
    `INSERT INTO index_segments (first, count, live, title_length, dossiers_length, body_length, columns)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [meta.first, meta.count, meta.live, title, dossiers, body, Buffer.from(columns)],
  );
  return (row as { id: number }).id;
}

/** Codes of the values, numbering the new ones (the caller holds the index lock). */
async function numberValues(
  tx: TransactionSql,
  values: ReadonlyArray<{ kind: ValueKind; value: string }>,
): Promise<Map<string, number>> {
  const kinds = values.map((v) => v.kind);
  const texts = values.map((v) => v.value);
  // Only missing values are inserted, so no identity value is spent on a conflict.
  await tx.unsafe(
    `INSERT INTO index_values (kind, value) SELECT x.kind, x.value FROM unnest($1::text[], $2::text[]) AS x(kind, value)
     WHERE NOT EXISTS (SELECT 1 FROM index_values v WHERE v.kind = x.kind AND v.value = x.value)`,
    [kinds, texts],
  );
  const rows = await tx.unsafe<{ code: number; kind: ValueKind; value: string }[]>(
    `SELECT v.code, v.kind, v.value FROM index_values v JOIN unnest($1::text[], $2::text[]) AS x(kind, value)
     ON v.kind = x.kind AND v.value = x.value`,
    [kinds, texts],
  );
  return new Map(rows.map((r) => [valueKey(r.kind, r.value), r.code]));
}

/** The docid the next segment starts at (the caller holds the index lock). */
export async function nextDocid(tx: TransactionSql): Promise<number> {
  const [{ next }] = (await tx.unsafe(
    'SELECT coalesce(max(first + count), 1)::integer AS next FROM index_segments',
  )) as unknown as [{ next: number }];
  return next;
}

/**
 * Index papers inside the caller's transaction (which holds the index lock): their old
 * docids are deleted and they become one new segment; `draft` is their postings in the
 * same order, when already built. `assigned`: the first docid, when the caller has
 * already stored the papers with docids `assigned`, `assigned + 1`, ... (from
 * `nextDocid`); without it their rows are given their docids here.
 */
export async function indexPapers(
  tx: TransactionSql,
  papers: ReadonlyArray<ToIndex>,
  draft?: SegmentDraft,
  assigned?: number,
): Promise<void> {
  const replaced = papers.flatMap((p) => (p.replaces === null ? [] : [p.replaces]));
  if (replaced.length > 0) {
    await tx.unsafe('INSERT INTO index_deleted (docid) SELECT unnest($1::integer[]) ON CONFLICT DO NOTHING', [
      replaced,
    ]);
  }
  if (papers.length > 0) {
    const built = draft ?? buildDraft(papers.map((p) => analyzeDocument(p.doc)));
    const values = papers.map((p) => docValues(p.doc));
    const codes = await numberValues(tx, valuesToNumber(values));
    const attributes = attributesOf(
      values,
      papers.map((p) => p.store),
      codes,
    );
    const next = assigned ?? (await nextDocid(tx));
    const { meta, columns, blocks } = segmentOf(0, next, built, attributes);
    const id = await addSegment(tx, meta, columns);
    await copyBlocks(tx, id, blocks);
    if (assigned === undefined) {
      await tx.unsafe(
        'UPDATE documents d SET docid = x.docid FROM unnest($1::bigint[], $2::integer[]) AS x(doc, docid) WHERE d.doc = x.doc',
        [papers.map((p) => p.store), papers.map((_, i) => next + i)],
      );
    }
  }
  await tx.unsafe('UPDATE index_state SET generation = generation + 1');
}

/** Merge segments until the policy wants no more merges; each merge commits on its own. */
export async function mergeAll(sql: Sql): Promise<number> {
  let merges = 0;
  for (;;) {
    const merged = await sql.begin(async (tx) => {
      await lockIndex(tx);
      const segments = (
        await tx.unsafe<SegmentRow[]>(`SELECT ${SEGMENT_COLUMNS} FROM index_segments ORDER BY first`)
      ).map(segmentMeta);
      const pick = pickMerge(segments);
      if (pick === null) return false;
      await merge(tx, pick);
      return true;
    });
    if (!merged) return merges;
    merges++;
  }
}

async function merge(tx: TransactionSql, pick: SegmentMeta[]): Promise<void> {
  const blobs = await tx.unsafe<{ id: number; columns: Buffer }[]>(
    'SELECT id, columns FROM index_segments WHERE id = ANY($1::integer[])',
    [pick.map((m) => m.id)],
  );
  const byId = new Map(blobs.map((b) => [b.id, b.columns]));
  const parts: MergePart[] = pick.map((meta) => ({ meta, columns: decodeColumns(byId.get(meta.id) as Buffer) }));
  const last = pick[pick.length - 1] as SegmentMeta;
  const deleted = await tx.unsafe<{ docid: number }[]>(
    'SELECT docid FROM index_deleted WHERE docid >= $1 AND docid < $2',
    [(pick[0] as SegmentMeta).first, last.first + last.count],
  );
  const merge = new SegmentMerge(
    0,
    parts,
    deleted.map((d) => d.docid),
  );
  const id = await addSegment(
    tx,
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
  const pending: BlockRow[] = [];
  while (merging.step()) {
    for (const i of merging.hungry()) {
      const blocks = await tx.unsafe<BlockRow[]>(
        `SELECT segment, term, data, positions FROM index_blocks WHERE segment = $1 AND term > $2
         ORDER BY term LIMIT ${MERGE_PAGE}`,
        [(pick[i] as SegmentMeta).id, after[i] as string],
      );
      if (blocks.length > 0) after[i] = (blocks[blocks.length - 1] as BlockRow).term;
      merging.feed(i, [...blocks], blocks.length < MERGE_PAGE);
    }
    pending.push(...packer.take());
    if (pending.length >= 100) await copyBlocks(tx, id, pending.splice(0));
  }
  await copyBlocks(tx, id, [...pending, ...packer.finish()]);
  const ids = pick.map((m) => m.id);
  await tx.unsafe('DELETE FROM index_blocks WHERE segment = ANY($1::integer[])', [ids]);
  await tx.unsafe('DELETE FROM index_segments WHERE id = ANY($1::integer[])', [ids]);
  const { meta, columns } = merge.segment();
  const [title, dossiers, body] = meta.lengths;
  await tx.unsafe(
    'UPDATE index_segments SET live = $1, title_length = $2, dossiers_length = $3, body_length = $4, columns = $5 WHERE id = $6',
    [meta.live, title, dossiers, body, Buffer.from(columns), id],
  );
  if (merge.dropped.length > 0) {
    await tx.unsafe('DELETE FROM index_deleted WHERE docid = ANY($1::integer[])', [merge.dropped]);
  }
  await tx.unsafe('UPDATE index_state SET generation = generation + 1');
}

/**
 * Index every stored paper without a docid (an archive written before the segment
 * index), a batch per transaction; returns how many were indexed.
 */
export async function reindex(sql: Sql): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await sql.begin(async (tx) => {
      await lockIndex(tx);
      const rows = await tx.unsafe<{ doc: string; json: string; texts: string }[]>(
        `SELECT d.doc, d.json, ${BLOCK_TEXTS} AS texts FROM documents d WHERE d.docid IS NULL ORDER BY d.doc LIMIT ${REINDEX_BATCH}`,
      );
      if (rows.length === 0) return 0;
      await indexPapers(
        tx,
        rows.map((r) => ({ store: Number(r.doc), doc: restoreDocument(r.json, r.texts), replaces: null })),
      );
      return rows.length;
    });
    total += n;
    if (n > 0) await mergeAll(sql);
    if (n < REINDEX_BATCH) return total;
  }
}
