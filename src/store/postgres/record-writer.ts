/**
 * Writing the linked record on PostgreSQL, as on SQLite (`sqlite/record-writer.ts`), in
 * the batch's style: the replaced papers' entity counts, rows and links go in two
 * statements, the batch's rows in one binary `COPY` per table, the counts per entity
 * name and role in one upsert, and the links in one query for the candidates
 * (`linking.ts`) and one insert. A batch without commitments, requests of kind
 * `commitment` or entities adds no statement at all.
 *
 * @module
 */
import type { Sql, TransactionSql } from 'postgres';
import type { Document } from '../../model/index.ts';
import { findFulfilments, type LinkRow, linkPaperOf, linkQuestions } from '../linking.ts';
import { commitmentValues, type EntityValues, entityDelta, entityValues, requestValues } from '../record-rows.ts';
import { type CopyValue, copyRows } from './copy.ts';
import { lockIndex } from './index-writer.ts';

/** Pending papers filled per transaction when an older archive opens. */
const BACKFILL_BATCH = 500;

const COLUMNS = {
  commitments: [
    ['doc', 'int8'],
    ['position', 'int4'],
    ['text', 'text'],
    ['by', 'text'],
    ['due', 'text'],
    ['deadline', 'text'],
  ],
  requests: [
    ['doc', 'int8'],
    ['position', 'int4'],
    ['kind', 'text'],
    ['date', 'text'],
    ['by', 'text'],
    ['asks', 'text'],
    ['reference', 'text'],
  ],
  entities: [
    ['doc', 'int8'],
    ['kind', 'text'],
    ['position', 'int4'],
    ['name', 'text'],
    ['role', 'text'],
  ],
} as const;

/** Count the replaced papers' entities out (before their rows go). */
const COUNT_OUT = `WITH old AS (SELECT DISTINCT doc, kind, name, role FROM document_entities WHERE doc = ANY($1::bigint[])),
names AS (UPDATE entity_names e SET documents = e.documents - x.n
  FROM (SELECT kind, name, count(DISTINCT doc)::integer AS n FROM old GROUP BY kind, name) x
  WHERE e.kind = x.kind AND e.name = x.name)
UPDATE entity_roles e SET documents = e.documents - x.n
FROM (SELECT kind, name, role, count(DISTINCT doc)::integer AS n FROM old WHERE role IS NOT NULL GROUP BY kind, name, role) x
WHERE e.kind = x.kind AND e.name = x.name AND e.role = x.role`;

/** Drop the names no paper gives any more, and the replaced papers' record and links. */
const CLEAR = `WITH names AS (DELETE FROM entity_names e WHERE e.documents <= 0
    AND (e.kind, e.name) IN (SELECT kind, name FROM document_entities WHERE doc = ANY($1::bigint[]))),
roles AS (DELETE FROM entity_roles e WHERE e.documents <= 0
    AND (e.kind, e.name, e.role) IN (SELECT kind, name, role FROM document_entities WHERE doc = ANY($1::bigint[]))),
c AS (DELETE FROM commitments WHERE doc = ANY($1::bigint[])),
r AS (DELETE FROM requests WHERE doc = ANY($1::bigint[])),
f AS (DELETE FROM fulfilments WHERE commitment_doc = ANY($1::bigint[]) OR by_doc = ANY($1::bigint[])),
p AS (DELETE FROM record_pending WHERE doc = ANY($1::bigint[]))
DELETE FROM document_entities WHERE doc = ANY($1::bigint[])`;

/** Count the batch's entities in ($1: names, $2: roles, as JSON). */
const COUNT_IN = `WITH names AS (INSERT INTO entity_names (kind, name, folded, documents)
  SELECT kind, name, folded, documents FROM json_to_recordset($1::text::json)
    AS x(kind text, name text, folded text, documents integer)
  ON CONFLICT (kind, name) DO UPDATE SET documents = entity_names.documents + excluded.documents)
INSERT INTO entity_roles (kind, name, role, documents)
SELECT kind, name, role, documents FROM json_to_recordset($2::text::json)
  AS x(kind text, name text, role text, documents integer)
ON CONFLICT (kind, name, role) DO UPDATE SET documents = entity_roles.documents + excluded.documents`;

/** The papers linking looks at, with what it needs of each, as on SQLite. */
const LINK_CANDIDATES = `WITH inv(doc, promises, asks) AS (
  SELECT d.doc, true, false FROM documents d WHERE d.id = ANY($1::text[])
  UNION ALL SELECT dd.doc, true, false FROM document_dossiers dd WHERE dd.dossier = ANY($2::text[])
    AND EXISTS (SELECT 1 FROM commitments c WHERE c.doc = dd.doc)
  UNION ALL SELECT r.doc, false, true FROM requests r WHERE r.reference = ANY($3::text[]) AND r.kind = 'commitment'
  UNION ALL SELECT dd.doc, false, true FROM document_dossiers dd WHERE dd.dossier = ANY($4::text[])
    AND EXISTS (SELECT 1 FROM requests r WHERE r.doc = dd.doc AND r.kind = 'commitment' AND r.reference IS NULL)
  UNION ALL SELECT unnest($5::bigint[]), true, true),
wanted AS (SELECT doc, bool_or(promises) AS promises, bool_or(asks) AS asks FROM inv GROUP BY doc)
SELECT d.doc, d.id, d.date,
  coalesce((SELECT json_agg(dd.dossier) FROM document_dossiers dd WHERE dd.doc = d.doc), '[]')::text AS dossiers,
  CASE WHEN w.promises THEN coalesce((SELECT json_agg(json_build_array(c.position, c.text)) FROM commitments c
    WHERE c.doc = d.doc), '[]')::text ELSE '[]' END AS commitments,
  CASE WHEN w.asks THEN coalesce((SELECT json_agg(json_build_array(r.position, r.asks, r.reference)) FROM requests r
    WHERE r.doc = d.doc AND r.kind = 'commitment'), '[]')::text ELSE '[]' END AS requests
FROM wanted w JOIN documents d ON d.doc = w.doc`;

const LINK = `INSERT INTO fulfilments (commitment_doc, commitment_position, by_doc, by_position)
SELECT * FROM unnest($1::bigint[], $2::integer[], $3::bigint[], $4::integer[]) ON CONFLICT DO NOTHING`;

/** A batch's record rows, as `copyRows` writes them, and its entities per paper. */
export class RecordRows {
  readonly commitments: CopyValue[][] = [];
  readonly requests: CopyValue[][] = [];
  readonly entities: CopyValue[][] = [];
  private readonly perPaper: EntityValues[][] = [];

  /** Add the record of paper `doc` (its engine id). */
  add(doc: number, source: Document): void {
    for (const row of commitmentValues(source)) this.commitments.push([doc, ...row]);
    for (const row of requestValues(source)) this.requests.push([doc, ...row]);
    const entities = entityValues(source);
    if (entities.length === 0) return;
    for (const row of entities) this.entities.push([doc, ...row]);
    this.perPaper.push(entities);
  }

  /** Write the rows and count the entities in. */
  async write(tx: TransactionSql): Promise<void> {
    await copyRows(tx, 'commitments', COLUMNS.commitments, this.commitments);
    await copyRows(tx, 'requests', COLUMNS.requests, this.requests);
    await copyRows(tx, 'document_entities', COLUMNS.entities, this.entities);
    if (this.perPaper.length === 0) return;
    const { names, roles } = entityDelta(this.perPaper);
    const sorted = <T>(map: Map<string, T>) => [...map].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, v]) => v);
    await tx.unsafe(COUNT_IN, [JSON.stringify(sorted(names)), JSON.stringify(sorted(roles))]);
  }
}

/** Before papers are replaced: their entities counted out, their record and links gone. */
export async function clearRecords(tx: TransactionSql, replaced: readonly number[]): Promise<void> {
  if (replaced.length === 0) return;
  await tx.unsafe(COUNT_OUT, [replaced] as never[]);
  await tx.unsafe(CLEAR, [replaced] as never[]);
}

/** Link the batch's changed papers (by engine id, their stored version) to the papers around them. */
export async function linkPapers(tx: TransactionSql, changed: ReadonlyMap<number, Document>): Promise<void> {
  const questions = linkQuestions([...changed.values()]);
  if (questions === null) return;
  const { references, requestDossiers, ids, commitmentDossiers } = questions;
  const rows = await tx.unsafe<LinkRow[]>(LINK_CANDIDATES, [
    references,
    requestDossiers,
    ids,
    commitmentDossiers,
    [...changed.keys()],
  ] as never[]);
  const links = findFulfilments(rows.map(linkPaperOf), new Set(changed.keys()));
  if (links.length === 0) return;
  await tx.unsafe(LINK, [
    links.map((l) => l.doc),
    links.map((l) => l.position),
    links.map((l) => l.byDoc),
    links.map((l) => l.byPosition),
  ] as never[]);
}

/** Fill the record of the papers stored before it existed (`record_pending`), a transaction per batch. */
export async function backfill(sql: Sql): Promise<void> {
  const [pending] = await sql.unsafe<{ any: boolean }[]>('SELECT EXISTS (SELECT 1 FROM record_pending) AS any');
  if (!pending?.any) return;
  for (;;) {
    const n = await sql.begin(async (tx) => {
      await lockIndex(tx);
      const rows = await tx.unsafe<{ doc: string; json: string | null }[]>(
        `SELECT p.doc, d.json FROM record_pending p LEFT JOIN documents d ON d.doc = p.doc
         ORDER BY p.doc LIMIT ${BACKFILL_BATCH}`,
      );
      if (rows.length === 0) return 0;
      await clearRecords(
        tx,
        rows.map((r) => Number(r.doc)),
      );
      const records = new RecordRows();
      const changed = new Map<number, Document>();
      for (const row of rows) {
        if (row.json === null) continue;
        const doc = JSON.parse(row.json) as Document;
        records.add(Number(row.doc), doc);
        changed.set(Number(row.doc), doc);
      }
      await records.write(tx);
      await linkPapers(tx, changed);
      return rows.length;
    });
    if (n < BACKFILL_BATCH) return;
  }
}
