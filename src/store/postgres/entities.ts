/**
 * Reading named entities, unresolved references and the papers citing a dossier on
 * PostgreSQL, as on SQLite (`sqlite/entities.ts`): entities from `entity_names`, most
 * papers first, then by name (`COLLATE "C"`); a prefix is a range of the folded name;
 * paper lists newest first as `recent` orders them.
 *
 * @module
 */
import type { Sql } from 'postgres';
import { listPage } from '../browse-rows.ts';
import { type EntityRow, type RoleRow, toEntities } from '../record-items.ts';
import { ENTITY_KINDS, prefixRange } from '../record-rows.ts';
import type { DocumentSummary, EntityKind, EntitySummary, Page, PageRequest } from '../types.ts';
import { NEWEST_FIRST, page, summaries } from './browse.ts';

/** A reference target no stored paper has, with how many papers cite it. */
type Unresolved = { target: string; kind: string; citations: number };

/** References to a target that is no stored paper's id (nor a dossier). */
const UNRESOLVED = `FROM "references" r WHERE substr(r.target, 1, 8) <> 'dossier-'
  AND NOT EXISTS (SELECT 1 FROM documents t WHERE t.id = r.target) GROUP BY r.target`;

/** Papers outside dossier $1 citing one of its papers or the dossier itself. */
const CITING = `d.doc IN (SELECT r.doc FROM "references" r WHERE r.target IN (
    SELECT x.id FROM document_dossiers dd JOIN documents x ON x.doc = dd.doc WHERE dd.dossier = $1::text AND x.id IS NOT NULL
    UNION ALL SELECT 'dossier-' || $1::text))
  AND d.doc NOT IN (SELECT doc FROM document_dossiers WHERE dossier = $1::text)`;

/** The entities of these rows, persons with their roles. */
async function entitiesOf(sql: Sql, kind: EntityKind, rows: readonly EntityRow[]): Promise<EntitySummary[]> {
  const roles =
    kind === 'person' && rows.length > 0
      ? await sql.unsafe<RoleRow[]>(
          `SELECT name, role, documents FROM entity_roles WHERE kind = 'person' AND name = ANY($1::text[])`,
          [rows.map((r) => r.name)] as never[],
        )
      : [];
  return toEntities(kind, rows, roles);
}

/** `Store.entities`. */
export async function entities(
  sql: Sql,
  kind: EntityKind,
  options: PageRequest & { prefix?: string } = {},
): Promise<Page<EntitySummary>> {
  if (!ENTITY_KINDS.has(kind)) return { total: 0, items: [] };
  const range = prefixRange(options.prefix);
  const where = range === null ? 'kind = $1' : 'kind = $1 AND folded >= $2 AND folded < $3';
  const params = range === null ? [kind] : [kind, range.from, range.to];
  const [count] = await sql.unsafe<{ n: number }[]>(
    `SELECT count(*)::integer AS n FROM entity_names WHERE ${where}`,
    params,
  );
  const total = count?.n ?? 0;
  if (total === 0) return { total, items: [] };
  const { limit, offset } = listPage(options);
  const n = params.length;
  const rows = await sql.unsafe<EntityRow[]>(
    `SELECT name, documents FROM entity_names WHERE ${where}
     ORDER BY documents DESC, name COLLATE "C" LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...params, limit, offset] as never[],
  );
  return { total, items: await entitiesOf(sql, kind, rows) };
}

/** `Store.entity`. */
export async function entity(sql: Sql, kind: EntityKind, name: string): Promise<EntitySummary | null> {
  const rows = await sql.unsafe<EntityRow[]>('SELECT name, documents FROM entity_names WHERE kind = $1 AND name = $2', [
    kind,
    name,
  ]);
  return rows.length === 0 ? null : (await entitiesOf(sql, kind, rows))[0]!;
}

/** `Store.entityDocuments`. */
export async function entityDocuments(
  sql: Sql,
  kind: EntityKind,
  name: string,
  request?: PageRequest,
): Promise<Page<DocumentSummary>> {
  const { limit, offset } = listPage(request);
  const [count] = await sql.unsafe<{ n: number }[]>(
    'SELECT count(DISTINCT doc)::integer AS n FROM document_entities WHERE kind = $1 AND name = $2',
    [kind, name],
  );
  const total = count?.n ?? 0;
  if (total === 0) return { total, items: [] };
  const where = 'd.doc IN (SELECT doc FROM document_entities WHERE kind = $1 AND name = $2)';
  const rows = await page(sql, where, NEWEST_FIRST, [kind, name], limit, offset);
  return { total, items: await summaries(sql, rows) };
}

/** `Store.unresolved`. */
export async function unresolved(sql: Sql, request?: PageRequest): Promise<Page<Unresolved>> {
  const { limit, offset } = listPage(request);
  const [count] = await sql.unsafe<{ n: number }[]>(`SELECT count(*)::integer AS n FROM (SELECT 1 ${UNRESOLVED}) x`);
  const total = count?.n ?? 0;
  if (total === 0) return { total, items: [] };
  const rows = await sql.unsafe<Unresolved[]>(
    `SELECT r.target, min(r.kind COLLATE "C") AS kind, count(DISTINCT r.doc)::integer AS citations ${UNRESOLVED}
     ORDER BY citations DESC, r.target COLLATE "C" LIMIT $1 OFFSET $2`,
    [limit, offset] as never[],
  );
  return { total, items: rows.map((r) => ({ target: r.target, kind: r.kind, citations: r.citations })) };
}

/** `Store.dossierCitedBy`. */
export async function dossierCitedBy(sql: Sql, key: string, request?: PageRequest): Promise<Page<DocumentSummary>> {
  const { limit, offset } = listPage(request);
  const [count] = await sql.unsafe<{ n: number }[]>(`SELECT count(*)::integer AS n FROM documents d WHERE ${CITING}`, [
    key,
  ]);
  const total = count?.n ?? 0;
  if (total === 0) return { total, items: [] };
  const rows = await page(sql, CITING, NEWEST_FIRST, [key], limit, offset);
  return { total, items: await summaries(sql, rows) };
}
