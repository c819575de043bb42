/**
 * Writing documents: a batch in one transaction (all or nothing), its segment of the
 * index included. Each changed document is one row in `documents`, its dossiers,
 * references, footnotes, blocks and Zaken, and its linked record (`record-writer.ts`: its
 * commitments, requests and entities, and the links of the batch's changed papers,
 * computed once all its rows are written); an update replaces all of them (and deletes
 * its old docid from the index). Rows go in with one statement per table for the whole batch
 * (`json_to_recordset` for the papers and dossiers, a binary `COPY` for their children),
 * not one per document. The transaction holds the index lock
 * from its start, so writers of one archive take turns.
 *
 * @module
 */
import type { Sql, TransactionSql } from 'postgres';
import type { Document } from '../../model/index.ts';
import { type SegmentDraft, selectDocs } from '../../search/index.ts';
import { checkDocument, checkDraft, documentKey, paperZaken, storedJson, type ToIndex } from '../documents.ts';
import type { PutOutcome } from '../types.ts';
import { type CopyValue, copyRows } from './copy.ts';
import { indexPapers, lockIndex, mergeAll, nextDocid } from './index-writer.ts';
import { clearRecords, linkPapers, RecordRows } from './record-writer.ts';

/** The `documents` row of a document, as `json_to_recordset` reads it. */
function documentRow(doc: Document, key: string, docid: number) {
  const json = storedJson(doc, key);
  const row = {
    key,
    docid,
    id: doc.id,
    kind: doc.kind,
    type: doc.type,
    chamber: doc.chamber ?? null,
    number: doc.number ?? null,
    title: doc.title,
    subject: doc.subject ?? null,
    date: doc.date ?? null,
    year: doc.date && /^\d{4}/.test(doc.date) ? Number.parseInt(doc.date.slice(0, 4), 10) : null,
    parliamentary_year: doc.parliamentaryYear ?? null,
    sender_role: doc.sender?.role ?? null,
    sender_portfolio: doc.sender?.portfolio ?? null,
    sender_name: doc.sender?.name ?? null,
    citation: doc.citation ?? null,
    source_path: doc.source.path ?? null,
    source_url: doc.source.url ?? null,
    sha256: doc.source.sha256,
    tk_id: doc.external?.tkId ?? null,
    withdrawn: doc.withdrawn === true,
    json,
  };
  return row;
}

const DOC_COLUMNS: [string, string][] = [
  ['key', 'text'],
  ['docid', 'integer'],
  ['id', 'text'],
  ['kind', 'text'],
  ['type', 'text'],
  ['chamber', 'text'],
  ['number', 'text'],
  ['title', 'text'],
  ['subject', 'text'],
  ['date', 'text'],
  ['year', 'integer'],
  ['parliamentary_year', 'text'],
  ['sender_role', 'text'],
  ['sender_portfolio', 'text'],
  ['sender_name', 'text'],
  ['citation', 'text'],
  ['source_path', 'text'],
  ['source_url', 'text'],
  ['sha256', 'text'],
  ['tk_id', 'text'],
  ['withdrawn', 'boolean'],
  ['json', 'text'],
];

const names = DOC_COLUMNS.map(([c]) => c).join(', ');
const UPSERT = `INSERT INTO documents (${names})
SELECT ${DOC_COLUMNS.map(([c]) => `x.${c}`).join(', ')}
FROM json_to_recordset($1::text::json) AS x(${DOC_COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')})
ON CONFLICT (key) DO UPDATE SET ${DOC_COLUMNS.filter(([c]) => c !== 'key')
  .map(([c]) => `${c} = excluded.${c}`)
  .join(', ')}, updated_at = now()
RETURNING doc, key`;

const CHILDREN = ['document_dossiers', '"references"', 'footnotes', 'blocks', 'paper_zaken'];

/** The child tables' columns, as `copyRows` writes them. */
const CHILD_COLUMNS = {
  dossiers: [
    ['doc', 'int8'],
    ['position', 'int4'],
    ['dossier', 'text'],
    ['number', 'text'],
  ],
  references: [
    ['doc', 'int8'],
    ['position', 'int4'],
    ['kind', 'text'],
    ['target', 'text'],
    ['text', 'text'],
    ['location', 'text'],
  ],
  footnotes: [
    ['doc', 'int8'],
    ['position', 'int4'],
    ['marker', 'text'],
    ['text', 'text'],
  ],
  blocks: [
    ['doc', 'int8'],
    ['position', 'int4'],
    ['kind', 'text'],
    ['text', 'text'],
  ],
  zaken: [
    ['doc', 'int8'],
    ['zaak', 'text'],
  ],
} as const;

/**
 * Store a batch in one transaction: all documents or none; one outcome per document, in
 * order. `draft` (one local doc per document) is indexed as given; without it the
 * changed documents are analyzed here. Merges the index's segments after the commit.
 */
export async function putDocuments(sql: Sql, documents: Document[], draft?: SegmentDraft): Promise<PutOutcome[]> {
  documents.forEach(checkDocument);
  checkDraft(documents, draft);
  if (documents.length === 0) return [];
  const keys = documents.map(documentKey);
  const outcomes = await sql.begin(async (tx) => {
    await lockIndex(tx);
    const found = await tx.unsafe<{ key: string; sha256: string; docid: number | null }[]>(
      'SELECT key, sha256, docid FROM documents WHERE key = ANY($1::text[]) FOR UPDATE',
      [[...new Set(keys)].sort()],
    );
    const current = new Map(found.map((r) => [r.key, r.sha256]));
    const docids = new Map(found.map((r) => [r.key, r.docid]));
    const outcomes: PutOutcome[] = [];
    /** Each changed key's last version and its place in the batch. */
    const write = new Map<string, { doc: Document; at: number }>();
    documents.forEach((doc, i) => {
      const key = keys[i]!;
      const sha = current.get(key);
      if (sha === doc.source.sha256) {
        outcomes.push('unchanged');
        return;
      }
      outcomes.push(sha === undefined ? 'added' : 'updated');
      current.set(key, doc.source.sha256);
      write.delete(key);
      write.set(key, { doc, at: i });
    });
    if (write.size === 0) return outcomes;
    // The index in batch order: the last version of each changed key. Each gets its new
    // docid as it is written (no second write of the row to set it).
    const chosen = [...write].sort((a, b) => a[1].at - b[1].at);
    const first = await nextDocid(tx);
    const newDocids = new Map(chosen.map(([key], i) => [key, first + i]));
    const stores = await writeDocuments(tx, write, new Set(docids.keys()), newDocids);
    const papers: ToIndex[] = chosen.map(([key, { doc }]) => ({
      store: stores.get(key)!,
      doc,
      replaces: docids.get(key) ?? null,
    }));
    const keep = documents.map(() => false);
    for (const [, { at }] of chosen) keep[at] = true;
    await indexPapers(tx, papers, draft === undefined ? undefined : selectDocs(draft, keep), first);
    return outcomes;
  });
  if (outcomes.some((o) => o !== 'unchanged')) await mergeAll(sql);
  return outcomes as PutOutcome[];
}

/** Write the changed documents (`write`, by key) with their new `docids`; returns each one's engine id. */
async function writeDocuments(
  tx: TransactionSql,
  write: Map<string, { doc: Document; at: number }>,
  existed: Set<string>,
  docids: Map<string, number>,
): Promise<Map<string, number>> {
  // Keys in sorted order: concurrent writers lock rows in the same order (no deadlocks).
  const rows = [...write]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key, { doc }]) => documentRow(doc, key, docids.get(key) as number));
  const written = await tx.unsafe<{ doc: string; key: string }[]>(UPSERT, [JSON.stringify(rows)]);
  const docOf = new Map(written.map((r) => [r.key, Number(r.doc)]));
  const replaced = [...write.keys()].filter((k) => existed.has(k)).map((k) => docOf.get(k)!);
  if (replaced.length > 0) {
    for (const table of CHILDREN) await tx.unsafe(`DELETE FROM ${table} WHERE doc = ANY($1::bigint[])`, [replaced]);
    await clearRecords(tx, replaced);
  }
  const changed = [...write.values()].sort((a, b) => a.at - b.at).map((w) => w.doc);
  // Dossiers in batch order: the last title given wins, a missing title keeps the stored one.
  const dossiers = new Map<string, { key: string; number: string; suffix: string | null; title: string | null }>();
  for (const doc of changed) {
    for (const d of doc.dossiers) {
      const key = d.suffix ? `${d.number}-${d.suffix}` : d.number;
      const title = d.title ?? dossiers.get(key)?.title ?? null;
      dossiers.set(key, { key, number: d.number, suffix: d.suffix ?? null, title });
    }
  }
  const links: CopyValue[][] = [];
  const references: CopyValue[][] = [];
  const footnotes: CopyValue[][] = [];
  const blocks: CopyValue[][] = [];
  const zaken: CopyValue[][] = [];
  const records = new RecordRows();
  const papers = new Map<number, Document>();
  for (const row of rows) {
    const doc = docOf.get(row.key) as number;
    const source = (write.get(row.key) as { doc: Document }).doc;
    records.add(doc, source);
    papers.set(doc, source);
    source.dossiers.forEach((d, position) => {
      links.push([doc, position, d.suffix ? `${d.number}-${d.suffix}` : d.number, d.number]);
    });
    source.references.forEach((r, position) => {
      references.push([doc, position, r.kind, r.target, r.text, r.in ?? null]);
    });
    source.footnotes.forEach((f, position) => {
      footnotes.push([doc, position, f.marker, f.text]);
    });
    source.blocks.forEach((b, position) => {
      blocks.push([doc, position, b.kind, b.text]);
    });
    for (const zaak of paperZaken(source)) zaken.push([doc, zaak]);
  }
  const dossierRows = [...dossiers.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (dossierRows.length > 0) {
    await tx.unsafe(
      `INSERT INTO dossiers (key, number, suffix, title)
       SELECT key, number, suffix, title FROM json_to_recordset($1::text::json) AS x(key text, number text, suffix text, title text)
       ON CONFLICT (key) DO UPDATE SET title = coalesce(excluded.title, dossiers.title)`,
      [JSON.stringify(dossierRows)],
    );
  }
  await copyRows(tx, 'document_dossiers', CHILD_COLUMNS.dossiers, links);
  await copyRows(tx, '"references"', CHILD_COLUMNS.references, references);
  await copyRows(tx, 'footnotes', CHILD_COLUMNS.footnotes, footnotes);
  await copyRows(tx, 'blocks', CHILD_COLUMNS.blocks, blocks);
  await copyRows(tx, 'paper_zaken', CHILD_COLUMNS.zaken, zaken);
  await records.write(tx);
  await linkPapers(tx, papers);
  return docOf;
}
