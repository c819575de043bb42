/**
 * Writing documents: one row in `documents`, its dossiers, references, footnotes,
 * blocks and Zaken, its linked record (`record-writer.ts`), and the batch's segment of the index;
 * an update replaces all of them (its old docid is deleted from the index). The batch's
 * changed papers are linked to the commitments and requests around them once all its
 * rows are written.
 *
 * @module
 */
import type Database from 'better-sqlite3';
import { type Document, dossierKey } from '../../model/index.ts';
import { type SegmentDraft, selectDocs } from '../../search/index.ts';
import { BatchIndex, checkDocument, checkDraft, documentKey, paperZaken, storedJson } from '../documents.ts';
import type { PutOutcome } from '../types.ts';
import type { IndexWriter } from './index-writer.ts';
import { RecordWriter } from './record-writer.ts';

const COLUMNS = [
  'key',
  'id',
  'kind',
  'type',
  'chamber',
  'number',
  'title',
  'subject',
  'date',
  'year',
  'parliamentary_year',
  'sender_role',
  'sender_portfolio',
  'sender_name',
  'citation',
  'source_path',
  'source_url',
  'sha256',
  'tk_id',
  'withdrawn',
  'updated_at',
] as const;

function row(doc: Document, key: string, now: string): { values: unknown[]; json: string } {
  const year = doc.date && /^\d{4}/.test(doc.date) ? Number.parseInt(doc.date.slice(0, 4), 10) : null;
  const json = storedJson(doc, key);
  const values = [
    key,
    doc.id,
    doc.kind,
    doc.type,
    doc.chamber ?? null,
    doc.number ?? null,
    doc.title,
    doc.subject ?? null,
    doc.date ?? null,
    year,
    doc.parliamentaryYear ?? null,
    doc.sender?.role ?? null,
    doc.sender?.portfolio ?? null,
    doc.sender?.name ?? null,
    doc.citation ?? null,
    doc.source.path ?? null,
    doc.source.url ?? null,
    doc.source.sha256,
    doc.external?.tkId ?? null,
    doc.withdrawn === true ? 1 : 0,
    now,
  ];
  return { values, json };
}

/** Prepared statements for writing; `put` runs a batch in one transaction. */
export class Writer {
  private readonly db: Database.Database;
  private readonly stmt;
  private readonly index: IndexWriter;
  private readonly records: RecordWriter;

  constructor(db: Database.Database, index: IndexWriter) {
    this.db = db;
    this.index = index;
    this.records = new RecordWriter(db);
    const set = COLUMNS.map((c) => `${c} = ?`).join(', ');
    this.stmt = {
      find: db.prepare('SELECT doc, sha256, docid FROM documents WHERE key = ?'),
      insert: db.prepare(
        `INSERT INTO documents (${COLUMNS.join(', ')}, ingested_at) VALUES (${COLUMNS.map(() => '?').join(', ')}, ?)`,
      ),
      update: db.prepare(`UPDATE documents SET ${set} WHERE doc = ?`),
      json: db.prepare('INSERT OR REPLACE INTO document_json (doc, json) VALUES (?, ?)'),
      dossier: db.prepare(
        `INSERT INTO dossiers (key, number, suffix, title) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET title = coalesce(excluded.title, dossiers.title)`,
      ),
      docDossier: db.prepare('INSERT INTO document_dossiers (doc, position, dossier, number) VALUES (?, ?, ?, ?)'),
      reference: db.prepare(
        'INSERT INTO "references" (doc, position, kind, target, text, location) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      footnote: db.prepare('INSERT INTO footnotes (doc, position, marker, text) VALUES (?, ?, ?, ?)'),
      block: db.prepare('INSERT INTO blocks (doc, position, kind, text) VALUES (?, ?, ?, ?)'),
      zaak: db.prepare('INSERT OR IGNORE INTO paper_zaken (doc, zaak) VALUES (?, ?)'),
      clear: [
        db.prepare('DELETE FROM document_dossiers WHERE doc = ?'),
        db.prepare('DELETE FROM "references" WHERE doc = ?'),
        db.prepare('DELETE FROM footnotes WHERE doc = ?'),
        db.prepare('DELETE FROM blocks WHERE doc = ?'),
        db.prepare('DELETE FROM paper_zaken WHERE doc = ?'),
      ],
    };
  }

  /**
   * Store a batch in one transaction: all documents or none, their segment of the index
   * included. `draft` (one local doc per document, e.g. built in a worker thread) is
   * indexed as given; without it the changed documents are analyzed here. Merges the
   * index's segments after the commit.
   */
  put(documents: Document[], draft?: SegmentDraft): PutOutcome[] {
    checkDraft(documents, draft);
    const now = new Date().toISOString();
    const run = this.db.transaction((docs: Document[]) => {
      this.records.begin();
      const batch = new BatchIndex(docs.length);
      const outcomes = docs.map((doc, i) => this.putOne(doc, i, now, batch));
      const papers = batch.papers();
      this.records.finish(new Map(papers.map((p) => [p.store, p.doc])));
      this.index.index(papers, draft === undefined ? undefined : selectDocs(draft, batch.keep()));
      return outcomes;
    });
    const outcomes = run.immediate(documents);
    if (outcomes.some((o) => o !== 'unchanged')) this.index.mergeAll();
    return outcomes;
  }

  private putOne(doc: Document, index: number, now: string, batch: BatchIndex): PutOutcome {
    checkDocument(doc, index);
    const key = documentKey(doc);
    const found = this.stmt.find.get(key) as { doc: number; sha256: string; docid: number | null } | undefined;
    if (found && found.sha256 === doc.source.sha256) return 'unchanged';
    const { values, json } = row(doc, key, now);
    let rowid: number;
    if (found) {
      rowid = found.doc;
      for (const clear of this.stmt.clear) clear.run(rowid);
      this.records.clear(rowid);
      this.stmt.update.run(...values, rowid);
    } else {
      rowid = Number(this.stmt.insert.run(...values, now).lastInsertRowid);
    }
    this.stmt.json.run(rowid, json);
    this.children(doc, rowid);
    batch.add(index, { store: rowid, doc, replaces: found?.docid ?? null });
    return found ? 'updated' : 'added';
  }
  private children(doc: Document, rowid: number): void {
    doc.dossiers.forEach((dossier, position) => {
      const key = dossierKey(dossier);
      this.stmt.dossier.run(key, dossier.number, dossier.suffix ?? null, dossier.title ?? null);
      this.stmt.docDossier.run(rowid, position, key, dossier.number);
    });
    doc.references.forEach((ref, position) => {
      this.stmt.reference.run(rowid, position, ref.kind, ref.target, ref.text, ref.in ?? null);
    });
    doc.footnotes.forEach((note, position) => {
      this.stmt.footnote.run(rowid, position, note.marker, note.text);
    });
    doc.blocks.forEach((block, position) => {
      this.stmt.block.run(rowid, position, block.kind, block.text);
    });
    for (const zaak of paperZaken(doc)) this.stmt.zaak.run(rowid, zaak);
    this.records.write(doc, rowid);
  }
}
