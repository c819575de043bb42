/**
 * Writing documents: one row in `documents`, its dossiers, references, footnotes,
 * blocks and full-text row; an update replaces all of them.
 *
 * @module
 */
import type Database from 'better-sqlite3';
import { type Document, dossierKey } from '../../model/index.ts';
import { analyzeDocument, type IndexedFields } from '../../search/index.ts';
import { checkDocument, checkFields, documentKey } from '../documents.ts';
import { type PutOutcome, StoreError } from '../types.ts';
import { FacetWriter } from './facets.ts';

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
  'updated_at',
] as const;

function row(doc: Document, key: string, now: string): { values: unknown[]; json: string } {
  const year = doc.date && /^\d{4}/.test(doc.date) ? Number.parseInt(doc.date.slice(0, 4), 10) : null;
  let json: string;
  try {
    json = JSON.stringify(doc);
  } catch (error) {
    throw new StoreError('other', `document ${key} cannot be written as JSON`, { cause: error });
  }
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
    now,
  ];
  return { values, json };
}

/** A full-text row to write at the end of the batch; `replace` deletes the paper's old row first. */
interface TextRow {
  rowid: number;
  fields: IndexedFields;
  replace: boolean;
}

/** Prepared statements for writing; `put` runs a batch in one transaction. */
export class Writer {
  private readonly db: Database.Database;
  private readonly stmt;

  private readonly facets: FacetWriter;

  constructor(db: Database.Database) {
    this.db = db;
    this.facets = new FacetWriter(db);
    const set = COLUMNS.map((c) => `${c} = ?`).join(', ');
    this.stmt = {
      find: db.prepare('SELECT doc, sha256 FROM documents WHERE key = ?'),
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
      fts: db.prepare(
        'INSERT INTO fts (rowid, title_s, title_x, dossiers_s, dossiers_x, body_s, body_x) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      clear: [
        db.prepare('DELETE FROM document_dossiers WHERE doc = ?'),
        db.prepare('DELETE FROM "references" WHERE doc = ?'),
        db.prepare('DELETE FROM footnotes WHERE doc = ?'),
        db.prepare('DELETE FROM blocks WHERE doc = ?'),
      ],
      ftsDelete: db.prepare('DELETE FROM fts WHERE rowid = ?'),
    };
  }

  /**
   * Store a batch in one transaction: all documents or none. `fields` (one per
   * document) are indexed as given; without them each document is analyzed here.
   */
  put(documents: Document[], fields?: ReadonlyArray<IndexedFields>): PutOutcome[] {
    checkFields(documents, fields);
    const now = new Date().toISOString();
    const run = this.db.transaction((docs: Document[]) => {
      const text: TextRow[] = [];
      const outcomes = docs.map((doc, i) => this.putOne(doc, i, now, fields?.[i], text));
      this.index(text);
      return outcomes;
    });
    return run.immediate(documents);
  }

  /**
   * The full-text rows of a batch, written after all its other rows: FTS5 keeps new
   * terms in memory until the transaction ends, but any statement that needs a
   * statement journal (an upsert, INSERT OR REPLACE) makes it write them out first, and
   * a segment per paper costs more than all the rest of the paper's writing.
   */
  private index(rows: TextRow[]): void {
    for (const { rowid, fields, replace } of rows) {
      if (replace) this.stmt.ftsDelete.run(rowid);
      const { title, dossiers, body } = fields;
      this.stmt.fts.run(
        rowid,
        title.stems,
        title.expansions,
        dossiers.stems,
        dossiers.expansions,
        body.stems,
        body.expansions,
      );
    }
  }

  private putOne(
    doc: Document,
    index: number,
    now: string,
    fields: IndexedFields | undefined,
    text: TextRow[],
  ): PutOutcome {
    checkDocument(doc, index);
    const key = documentKey(doc);
    const found = this.stmt.find.get(key) as { doc: number; sha256: string } | undefined;
    if (found && found.sha256 === doc.source.sha256) return 'unchanged';
    const { values, json } = row(doc, key, now);
    let rowid: number;
    if (found) {
      rowid = found.doc;
      for (const clear of this.stmt.clear) clear.run(rowid);
      this.stmt.update.run(...values, rowid);
    } else {
      rowid = Number(this.stmt.insert.run(...values, now).lastInsertRowid);
    }
    this.stmt.json.run(rowid, json);
    this.children(doc, rowid);
    this.facets.put(rowid, doc);
    text.push({ rowid, fields: fields ?? analyzeDocument(doc), replace: found !== undefined });
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
  }
}
