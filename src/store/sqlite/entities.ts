/**
 * Reading named entities, unresolved references and the papers citing a dossier on
 * SQLite. Entities are listed from `entity_names` (papers per name, kept by the writer):
 * most papers first, then by name byte-wise; a prefix is a range of the folded name.
 * Paper lists run newest first as `recent` does (`browse.ts`). The rules shared with
 * PostgreSQL are in `record-rows.ts` and `record-items.ts`.
 *
 * @module
 */
import type Database from 'better-sqlite3';
import { listPage } from '../browse-rows.ts';
import { type EntityRow, type RoleRow, toEntities } from '../record-items.ts';
import { ENTITY_KINDS, prefixRange } from '../record-rows.ts';
import type { DocumentSummary, EntityKind, EntitySummary, Page, PageRequest } from '../types.ts';
import { NEWEST_FIRST } from './browse.ts';
import { summaryReader } from './records.ts';

/** A reference target no stored paper has, with how many papers cite it. */
type Unresolved = { target: string; kind: string; citations: number };

const RANKED = 'ORDER BY documents DESC, name LIMIT @limit OFFSET @offset';
const PREFIX = 'kind = @kind AND folded >= @from AND folded < @to';

/** References to a target that is no stored paper's id (nor a dossier). */
const UNRESOLVED = `FROM "references" r WHERE substr(r.target, 1, 8) <> 'dossier-'
  AND NOT EXISTS (SELECT 1 FROM documents t WHERE t.id = r.target) GROUP BY r.target`;

/** Papers outside dossier @key citing one of its papers or the dossier itself. */
const CITING = `d.doc IN (SELECT r.doc FROM "references" r WHERE r.target IN (
    SELECT x.id FROM document_dossiers dd JOIN documents x ON x.doc = dd.doc WHERE dd.dossier = @key AND x.id IS NOT NULL
    UNION ALL SELECT 'dossier-' || @key))
  AND d.doc NOT IN (SELECT doc FROM document_dossiers WHERE dossier = @key)`;

/** Reads entities and reference lists of one database. */
export class EntityReader {
  private readonly stmt;
  private readonly summaries;

  constructor(db: Database.Database) {
    this.summaries = summaryReader(db);
    this.stmt = {
      count: db.prepare('SELECT count(*) FROM entity_names WHERE kind = @kind').pluck(),
      list: db.prepare(`SELECT name, documents FROM entity_names WHERE kind = @kind ${RANKED}`),
      prefixCount: db.prepare(`SELECT count(*) FROM entity_names WHERE ${PREFIX}`).pluck(),
      prefixList: db.prepare(`SELECT name, documents FROM entity_names WHERE ${PREFIX} ${RANKED}`),
      one: db.prepare('SELECT name, documents FROM entity_names WHERE kind = ? AND name = ?'),
      roles: db.prepare(
        `SELECT name, role, documents FROM entity_roles WHERE kind = 'person' AND name IN (SELECT value FROM json_each(?))`,
      ),
      documentCount: db
        .prepare('SELECT count(DISTINCT doc) FROM document_entities WHERE kind = ? AND name = ?')
        .pluck(),
      documents: db.prepare(
        `SELECT d.doc FROM documents d WHERE d.doc IN (SELECT doc FROM document_entities WHERE kind = ? AND name = ?)
         ORDER BY ${NEWEST_FIRST} LIMIT ? OFFSET ?`,
      ),
      unresolvedCount: db.prepare(`SELECT count(*) FROM (SELECT 1 ${UNRESOLVED})`).pluck(),
      unresolved: db.prepare(
        `SELECT r.target, min(r.kind) AS kind, count(DISTINCT r.doc) AS citations ${UNRESOLVED}
         ORDER BY citations DESC, r.target LIMIT ? OFFSET ?`,
      ),
      citingCount: db.prepare(`SELECT count(*) FROM documents d WHERE ${CITING}`).pluck(),
      citing: db.prepare(
        `SELECT d.doc FROM documents d WHERE ${CITING} ORDER BY ${NEWEST_FIRST} LIMIT @limit OFFSET @offset`,
      ),
    };
  }

  /** The entities of these rows, persons with their roles. */
  private entitiesOf(kind: EntityKind, rows: EntityRow[]): EntitySummary[] {
    const roles =
      kind === 'person' && rows.length > 0
        ? (this.stmt.roles.all(JSON.stringify(rows.map((r) => r.name))) as RoleRow[])
        : [];
    return toEntities(kind, rows, roles);
  }

  /** The summaries of these papers, in order. */
  private list(docs: number[]): DocumentSummary[] {
    const summaries = this.summaries(docs);
    return docs.map((doc) => summaries.get(String(doc))!);
  }

  /** `Store.entities`. */
  entities(kind: EntityKind, options: PageRequest & { prefix?: string } = {}): Page<EntitySummary> {
    if (!ENTITY_KINDS.has(kind)) return { total: 0, items: [] };
    const range = prefixRange(options.prefix);
    const args = { kind, ...range, ...listPage(options) };
    const total = (range === null ? this.stmt.count : this.stmt.prefixCount).get(args) as number;
    if (total === 0) return { total, items: [] };
    const rows = (range === null ? this.stmt.list : this.stmt.prefixList).all(args) as EntityRow[];
    return { total, items: this.entitiesOf(kind, rows) };
  }

  /** `Store.entity`. */
  entity(kind: EntityKind, name: string): EntitySummary | null {
    const row = this.stmt.one.get(kind, name) as EntityRow | undefined;
    return row === undefined ? null : this.entitiesOf(kind, [row])[0]!;
  }

  /** `Store.entityDocuments`. */
  entityDocuments(kind: EntityKind, name: string, request?: PageRequest): Page<DocumentSummary> {
    const { limit, offset } = listPage(request);
    const total = this.stmt.documentCount.get(kind, name) as number;
    if (total === 0) return { total, items: [] };
    const docs = this.stmt.documents.all(kind, name, limit, offset) as { doc: number }[];
    return { total, items: this.list(docs.map((d) => d.doc)) };
  }

  /** `Store.unresolved`. */
  unresolved(request?: PageRequest): Page<Unresolved> {
    const { limit, offset } = listPage(request);
    const total = this.stmt.unresolvedCount.get() as number;
    return { total, items: total === 0 ? [] : (this.stmt.unresolved.all(limit, offset) as Unresolved[]) };
  }

  /** `Store.dossierCitedBy`. */
  dossierCitedBy(key: string, request?: PageRequest): Page<DocumentSummary> {
    const args = { key, ...listPage(request) };
    const total = this.stmt.citingCount.get(args) as number;
    if (total === 0) return { total, items: [] };
    const docs = this.stmt.citing.all(args) as { doc: number }[];
    return { total, items: this.list(docs.map((d) => d.doc)) };
  }
}
