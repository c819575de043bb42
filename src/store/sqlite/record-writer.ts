/**
 * Writing the linked record on SQLite: a paper's commitments, requests and named
 * entities with the paper (in its batch's transaction), the counts per entity name and
 * role, and the links from commitments to the requests that fulfil them, computed for
 * the batch's changed papers after all its rows are written (`linking.ts`). An update
 * replaces the paper's rows and every link it is part of. Papers stored before the
 * record existed get theirs when the archive opens (`backfill`).
 *
 * @module
 */
import type Database from 'better-sqlite3';
import type { Document } from '../../model/index.ts';
import { findFulfilments, type LinkRow, linkPaperOf, linkQuestions } from '../linking.ts';
import { commitmentValues, type EntityValues, entityDelta, entityValues, requestValues } from '../record-rows.ts';

/** Pending papers filled per transaction when an older archive opens. */
const BACKFILL_BATCH = 500;

/**
 * The papers linking looks at (`linking.ts`), with what it needs of each: the papers the
 * batch's requests refer to or share a dossier with, with their commitments; the papers
 * whose requests refer to the batch's promising papers or share a dossier with them,
 * with their requests of kind `commitment`; the batch's own papers with both.
 */
const LINK_CANDIDATES = `WITH inv(doc, promises, asks) AS (
  SELECT d.doc, 1, 0 FROM documents d WHERE d.id IN (SELECT value FROM json_each(@references))
  UNION ALL SELECT dd.doc, 1, 0 FROM document_dossiers dd WHERE dd.dossier IN (SELECT value FROM json_each(@requestDossiers))
    AND EXISTS (SELECT 1 FROM commitments c WHERE c.doc = dd.doc)
  UNION ALL SELECT r.doc, 0, 1 FROM requests r
    WHERE r.reference IN (SELECT value FROM json_each(@ids)) AND r.kind = 'commitment'
  UNION ALL SELECT dd.doc, 0, 1 FROM document_dossiers dd WHERE dd.dossier IN (SELECT value FROM json_each(@commitmentDossiers))
    AND EXISTS (SELECT 1 FROM requests r WHERE r.doc = dd.doc AND r.kind = 'commitment' AND r.reference IS NULL)
  UNION ALL SELECT value, 1, 1 FROM json_each(@changed)),
wanted AS (SELECT doc, max(promises) AS promises, max(asks) AS asks FROM inv GROUP BY doc)
SELECT d.doc, d.id, d.date,
  (SELECT json_group_array(dd.dossier) FROM document_dossiers dd WHERE dd.doc = d.doc) AS dossiers,
  CASE WHEN w.promises = 1 THEN (SELECT json_group_array(json_array(c.position, c.text)) FROM commitments c
    WHERE c.doc = d.doc) ELSE '[]' END AS commitments,
  CASE WHEN w.asks = 1 THEN (SELECT json_group_array(json_array(r.position, r.asks, r.reference)) FROM requests r
    WHERE r.doc = d.doc AND r.kind = 'commitment') ELSE '[]' END AS requests
FROM wanted w JOIN documents d ON d.doc = w.doc`;

/** The record's SQL on the writing connection. */
export class RecordWriter {
  private readonly stmt;
  /** The entities of the papers written since the counts were last brought up to date. */
  private pending: EntityValues[][] = [];

  constructor(private readonly db: Database.Database) {
    const mine = 'SELECT kind, name FROM document_entities WHERE doc = ?';
    const roles = 'SELECT kind, name, role FROM document_entities WHERE doc = ? AND role IS NOT NULL';
    this.stmt = {
      commitment: db.prepare(
        'INSERT INTO commitments (doc, position, text, by, due, deadline) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      request: db.prepare(
        'INSERT INTO requests (doc, position, kind, date, by, asks, reference) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      entity: db.prepare('INSERT INTO document_entities (doc, kind, position, name, role) VALUES (?, ?, ?, ?, ?)'),
      addName: db.prepare(
        `INSERT INTO entity_names (kind, name, folded, documents) VALUES (?, ?, ?, ?)
         ON CONFLICT (kind, name) DO UPDATE SET documents = documents + excluded.documents`,
      ),
      addRole: db.prepare(
        `INSERT INTO entity_roles (kind, name, role, documents) VALUES (?, ?, ?, ?)
         ON CONFLICT (kind, name, role) DO UPDATE SET documents = documents + excluded.documents`,
      ),
      link: db.prepare(
        `INSERT OR IGNORE INTO fulfilments (commitment_doc, commitment_position, by_doc, by_position)
         VALUES (?, ?, ?, ?)`,
      ),
      candidates: db.prepare(LINK_CANDIDATES),
      clear: [
        db.prepare(`UPDATE entity_names SET documents = documents - 1 WHERE (kind, name) IN (${mine})`),
        db.prepare(`DELETE FROM entity_names WHERE documents <= 0 AND (kind, name) IN (${mine})`),
        db.prepare(`UPDATE entity_roles SET documents = documents - 1 WHERE (kind, name, role) IN (${roles})`),
        db.prepare(`DELETE FROM entity_roles WHERE documents <= 0 AND (kind, name, role) IN (${roles})`),
        db.prepare('DELETE FROM document_entities WHERE doc = ?'),
        db.prepare('DELETE FROM commitments WHERE doc = ?'),
        db.prepare('DELETE FROM requests WHERE doc = ?'),
        db.prepare('DELETE FROM fulfilments WHERE commitment_doc = ?'),
        db.prepare('DELETE FROM fulfilments WHERE by_doc = ?'),
        db.prepare('DELETE FROM record_pending WHERE doc = ?'),
      ],
      pending: db.prepare(
        `SELECT p.doc, j.json FROM record_pending p LEFT JOIN document_json j ON j.doc = p.doc
         ORDER BY p.doc LIMIT ${BACKFILL_BATCH}`,
      ),
    };
  }

  /** At the start of a batch's transaction: nothing left to count of a batch rolled back. */
  begin(): void {
    this.pending = [];
  }

  /** Before a stored paper is replaced: its entities counted out, its record and links gone. */
  clear(rowid: number): void {
    this.count();
    for (const statement of this.stmt.clear) statement.run(rowid);
  }

  /** Write a paper's record (after `clear` when it replaces one); its entities are counted by `finish`. */
  write(doc: Document, rowid: number): void {
    for (const row of commitmentValues(doc)) this.stmt.commitment.run(rowid, ...row);
    for (const row of requestValues(doc)) this.stmt.request.run(rowid, ...row);
    const entities = entityValues(doc);
    if (entities.length === 0) return;
    for (const [kind, position, name, role] of entities) this.stmt.entity.run(rowid, kind, position, name, role);
    this.pending.push(entities);
  }

  /** Count the entities written since the last count in: one upsert per name and role. */
  private count(): void {
    if (this.pending.length === 0) return;
    const { names, roles } = entityDelta(this.pending);
    this.pending = [];
    for (const n of names.values()) this.stmt.addName.run(n.kind, n.name, n.folded, n.documents);
    for (const r of roles.values()) this.stmt.addRole.run(r.kind, r.name, r.role, r.documents);
  }

  /**
   * After a batch's papers are written (in its transaction): count their entities in and
   * link them (by engine id, their stored version) to the papers around them.
   */
  finish(changed: ReadonlyMap<number, Document>): void {
    this.count();
    this.link(changed);
  }

  /** Link the batch's changed papers to the papers around them. */
  private link(changed: ReadonlyMap<number, Document>): void {
    const questions = linkQuestions([...changed.values()]);
    if (questions === null) return;
    const json = (list: unknown[]) => JSON.stringify(list);
    const rows = this.stmt.candidates.all({
      references: json(questions.references),
      requestDossiers: json(questions.requestDossiers),
      ids: json(questions.ids),
      commitmentDossiers: json(questions.commitmentDossiers),
      changed: json([...changed.keys()]),
    }) as LinkRow[];
    for (const l of findFulfilments(rows.map(linkPaperOf), new Set(changed.keys()))) {
      this.stmt.link.run(l.doc, l.position, l.byDoc, l.byPosition);
    }
  }

  /** Fill the record of the papers stored before it existed (`record_pending`), a transaction per batch. */
  backfill(): void {
    const batch = this.db.transaction(() => {
      this.begin();
      const rows = this.stmt.pending.all() as { doc: number; json: string | null }[];
      const changed = new Map<number, Document>();
      for (const row of rows) this.clear(row.doc);
      for (const row of rows) {
        if (row.json === null) continue;
        const doc = JSON.parse(row.json) as Document;
        this.write(doc, row.doc);
        changed.set(row.doc, doc);
      }
      this.finish(changed);
      return rows.length;
    });
    let filled: number;
    do filled = batch.immediate();
    while (filled === BACKFILL_BATCH);
  }
}
