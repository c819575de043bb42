/**
 * Listing papers and dossiers (as the SQLite engine): the home page, a dossier, "cited
 * by", feeds, from the indexed columns only. The same order as on SQLite: by date
 * (undated papers last), then by the paper's number where it is digits (numerically;
 * other numbers after), then by key (`COLLATE "C"`, byte-wise); newest first lists run
 * date and number backwards and key forwards. The rules shared with SQLite are in
 * `browse-rows.ts`.
 *
 * The newest papers are read in two parts, dated then undated: the date index, read
 * backwards, gives the dated ones newest first (`DESC NULLS LAST` it cannot give).
 *
 * @module
 */
import type { Sql } from 'postgres';
import {
  activeArgs,
  type LinkRow,
  listPage,
  presentOf,
  SUMMARY_COLUMNS,
  type SummaryRow,
  targetsOf,
  toSummaries,
  versionOf,
  windowStart,
} from '../browse-rows.ts';
import type {
  DocumentSummary,
  DossierInfo,
  DossierSummary,
  Freshness,
  Page,
  PageRequest,
  SharedDossier,
} from '../types.ts';

/** A paper's number as an integer where it is 1–18 digits, else NULL (as `NUMBER` on SQLite). */
const NUMBER = `(CASE WHEN d.number ~ '^[0-9]{1,18}$' THEN d.number::bigint END)`;

/** Newest first, undated papers and other numbers last (as on SQLite). */
export const NEWEST_FIRST = `d.date DESC NULLS LAST, ${NUMBER} DESC NULLS LAST, d.key COLLATE "C"`;
/** `NEWEST_FIRST` for dated papers only, as the date index read backwards gives them. */
const DATED_NEWEST_FIRST = `d.date DESC, ${NUMBER} DESC NULLS LAST, d.key COLLATE "C"`;
export const OLDEST_FIRST = `d.date ASC NULLS LAST, ${NUMBER} ASC NULLS LAST, d.key COLLATE "C"`;

/** The dossier's title and parts, with its papers' count and dates ($1: its key). */
const DOSSIER_HEAD = `SELECT k.key, k.number, k.suffix, k.title, count(*)::integer AS documents, max(d.date) AS latest,
  min(d.date) AS first FROM dossiers k, documents d
  WHERE k.key = $1 AND d.doc IN (SELECT doc FROM document_dossiers WHERE dossier = $1)
  GROUP BY k.key, k.number, k.suffix, k.title`;

/**
 * The dossiers with most papers dated after $1, at most $2 (as on SQLite). A dossier's
 * newest paper is in the window when any is (no paper is newer than the window's end),
 * so `latest` is the window's. Each paper's dossiers are read by its key (`ARRAY(…)`),
 * so the cost follows the papers in the window, not the archive: as a join, the planner
 * read all of `document_dossiers` for a window of a few thousand papers.
 */
const ACTIVE = `WITH listed AS (
  SELECT d.doc, d.date, unnest(ARRAY(SELECT x.dossier FROM document_dossiers x WHERE x.doc = d.doc)) AS dossier
  FROM documents d WHERE d.date > $1),
active AS (
  SELECT dossier AS key, count(DISTINCT doc) AS n, max(date) AS latest FROM listed
  GROUP BY dossier ORDER BY n DESC, latest DESC, dossier COLLATE "C" LIMIT $2)
SELECT a.key, k.number, k.suffix, k.title, a.latest,
  (SELECT count(DISTINCT x.doc)::integer FROM document_dossiers x WHERE x.dossier = a.key) AS documents
FROM active a JOIN dossiers k ON k.key = a.key ORDER BY a.n DESC, a.latest DESC, a.key COLLATE "C"`;

/** A dossier's row of `DOSSIER_HEAD`. */
type Head = Omit<DossierInfo, 'months' | 'related'>;

/** A page of papers: `where` over `documents d`, in `order`; `params` before limit and offset. */
export function page(sql: Sql, where: string, order: string, params: unknown[], limit: number, offset: number) {
  const n = params.length;
  return sql.unsafe<SummaryRow[]>(
    `SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE ${where} ORDER BY ${order} LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...params, limit, offset] as never[],
  );
}

/** The summaries of these rows, with their dossiers. */
export async function summaries(sql: Sql, rows: readonly SummaryRow[]): Promise<DocumentSummary[]> {
  if (rows.length === 0) return [];
  const links = await sql.unsafe<LinkRow[]>(
    `SELECT dd.doc, coalesce(k.number, dd.number) AS number, k.suffix, k.title FROM document_dossiers dd
     LEFT JOIN dossiers k ON k.key = dd.dossier WHERE dd.doc = ANY($1::bigint[]) ORDER BY dd.doc, dd.position`,
    [rows.map((r) => r.doc)] as never[],
  );
  return toSummaries([...rows], [...links]);
}

/** `Store.citedBy`. */
export async function citedBy(sql: Sql, id: string, request?: PageRequest): Promise<Page<DocumentSummary>> {
  const { limit, offset } = listPage(request);
  const [self] = await sql.unsafe<{ doc: string; id: string | null }[]>(
    '(SELECT doc, id FROM documents WHERE key = $1) UNION ALL (SELECT doc, id FROM documents WHERE id = $1) LIMIT 1',
    [id],
  );
  if (self === undefined || self.id === null) return { total: 0, items: [] };
  const [count] = await sql.unsafe<{ n: number }[]>(
    'SELECT count(DISTINCT doc)::integer AS n FROM "references" WHERE target = $1 AND doc <> $2',
    [self.id, self.doc],
  );
  const total = count?.n ?? 0;
  if (total === 0) return { total, items: [] };
  const where = 'd.doc IN (SELECT doc FROM "references" WHERE target = $1 AND doc <> $2)';
  const rows = await page(sql, where, NEWEST_FIRST, [self.id, self.doc], limit, offset);
  return { total, items: await summaries(sql, rows) };
}

/** `Store.present`. */
export async function present(sql: Sql, targets: string[]): Promise<string[]> {
  const { ids, dossiers } = targetsOf(targets);
  if (ids.length === 0) return [];
  const [found, keys] = await Promise.all([
    sql.unsafe<{ t: string }[]>(
      'SELECT t FROM unnest($1::text[]) AS t WHERE EXISTS (SELECT 1 FROM documents d WHERE d.id = t)',
      [ids] as never[],
    ),
    dossiers.length === 0
      ? Promise.resolve([])
      : sql.unsafe<{ t: string }[]>(
          'SELECT t FROM unnest($1::text[]) AS t WHERE EXISTS (SELECT 1 FROM document_dossiers dd WHERE dd.dossier = t)',
          [dossiers] as never[],
        ),
  ]);
  return presentOf(
    targets,
    found.map((r) => r.t),
    keys.map((r) => r.t),
  );
}

/** `Store.dossier`. */
export async function dossier(sql: Sql, key: string): Promise<DossierInfo | null> {
  const [heads, months, related] = await Promise.all([
    sql.unsafe<Head[]>(DOSSIER_HEAD, [key]),
    sql.unsafe<DossierInfo['months']>(
      `SELECT substr(d.date, 1, 7) AS month, count(*)::integer AS count FROM documents d
       WHERE d.doc IN (SELECT doc FROM document_dossiers WHERE dossier = $1) AND d.date ~ '^[0-9]{4}-[0-9]{2}'
       GROUP BY month ORDER BY month`,
      [key],
    ),
    sql.unsafe<SharedDossier[]>(
      `SELECT o.dossier AS key, coalesce(k.number, min(o.number)) AS number, k.suffix, k.title,
       count(DISTINCT o.doc)::integer AS shared
       FROM document_dossiers s JOIN document_dossiers o ON o.doc = s.doc AND o.dossier <> s.dossier
       LEFT JOIN dossiers k ON k.key = o.dossier
       WHERE s.dossier = $1 GROUP BY o.dossier, k.number, k.suffix, k.title
       ORDER BY shared DESC, o.dossier COLLATE "C" LIMIT 10`,
      [key],
    ),
  ]);
  const head = heads[0];
  if (head === undefined) return null;
  return { ...head, months: months.map((m) => ({ ...m })), related: related.map((r) => ({ ...r })) };
}

/** `Store.dossierDocuments`. */
export async function dossierDocuments(sql: Sql, key: string, request?: PageRequest): Promise<Page<DocumentSummary>> {
  const { limit, offset } = listPage(request);
  const [count] = await sql.unsafe<{ n: number }[]>(
    'SELECT count(DISTINCT doc)::integer AS n FROM document_dossiers WHERE dossier = $1',
    [key],
  );
  const total = count?.n ?? 0;
  if (total === 0) return { total, items: [] };
  const where = 'd.doc IN (SELECT doc FROM document_dossiers WHERE dossier = $1)';
  const rows = await page(sql, where, OLDEST_FIRST, [key], limit, offset);
  return { total, items: await summaries(sql, rows) };
}

/** `Store.recent`: the dated papers newest first, then the undated ones. */
export async function recent(sql: Sql, request?: PageRequest): Promise<Page<DocumentSummary>> {
  const { limit, offset } = listPage(request);
  const [count] = await sql.unsafe<{ total: number; dated: number }[]>(
    'SELECT count(*)::integer AS total, count(date)::integer AS dated FROM documents',
  );
  const total = count?.total ?? 0;
  const dated = count?.dated ?? 0;
  const rows: SummaryRow[] = [];
  if (offset < dated) rows.push(...(await page(sql, 'd.date IS NOT NULL', DATED_NEWEST_FIRST, [], limit, offset)));
  const more = limit - rows.length;
  if (more > 0 && offset + rows.length < total) {
    rows.push(...(await page(sql, 'd.date IS NULL', NEWEST_FIRST, [], more, Math.max(0, offset - dated))));
  }
  return { total, items: await summaries(sql, rows) };
}

/** `Store.activeDossiers`. */
export async function activeDossiers(sql: Sql, limitArg?: number, daysArg?: number): Promise<DossierSummary[]> {
  const { limit, days } = activeArgs(limitArg, daysArg);
  const [newest] = await sql.unsafe<{ date: string | null }[]>('SELECT max(date) AS date FROM documents');
  const since = windowStart(newest?.date ?? null, days);
  if (since === null) return [];
  const rows = await sql.unsafe<DossierSummary[]>(ACTIVE, [since, limit] as never[]);
  return rows.map((r) => ({
    key: r.key,
    number: r.number,
    suffix: r.suffix,
    title: r.title,
    documents: r.documents,
    latest: r.latest,
  }));
}

/** `Store.freshness`. */
export async function freshness(sql: Sql): Promise<Freshness> {
  const [row] = await sql.unsafe<
    {
      updated: string | null;
      micros: string | null;
      newest: string | null;
      doc: string | null;
      docid: number | null;
      withdrawn: number;
      votes: string | null;
    }[]
  >(
    `SELECT to_char(u AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated,
       (floor(extract(epoch FROM u) * 1000000))::bigint::text AS micros, newest, doc::text AS doc, docid, withdrawn,
       (SELECT changes::text FROM tk_state) AS votes
     FROM (SELECT (SELECT max(updated_at) FROM documents) AS u, (SELECT max(date) FROM documents) AS newest,
       (SELECT max(doc) FROM documents) AS doc, (SELECT max(docid) FROM documents) AS docid,
       (SELECT count(*)::integer FROM documents WHERE withdrawn) AS withdrawn) x`,
  );
  const r = row!;
  return {
    updatedAt: r.updated,
    newestDate: r.newest,
    version: versionOf({ doc: r.doc, docid: r.docid, withdrawn: r.withdrawn, updated: r.micros, votes: r.votes }),
  };
}
