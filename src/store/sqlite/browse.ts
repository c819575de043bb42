/**
 * Listing papers and dossiers (the home page, a dossier, "cited by", feeds), from the
 * indexed columns only: no paper's JSON is read. Lists are ordered the same way on both
 * engines: by date (undated papers last), then by the paper's number where it is digits
 * (numerically; other numbers after), then by key (byte-wise); newest first lists run
 * date and number backwards and key forwards. The rules shared with PostgreSQL are in
 * `browse-rows.ts`.
 *
 * @module
 */
import type Database from 'better-sqlite3';
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

/** A paper's number as an integer where it is 1–18 digits, else NULL (as `NUMBER` on PostgreSQL). */
const NUMBER = `(CASE WHEN d.number GLOB '[0-9]*' AND d.number NOT GLOB '*[^0-9]*' AND length(d.number) <= 18
  THEN CAST(d.number AS INTEGER) END)`;

/** Newest first: SQLite sorts NULL first, so descending puts undated papers and other numbers last. */
export const NEWEST_FIRST = `d.date DESC, ${NUMBER} DESC, d.key`;
/** Oldest first, undated papers and other numbers last. */
export const OLDEST_FIRST = `d.date ASC NULLS LAST, ${NUMBER} ASC NULLS LAST, d.key`;

/** The dossier's title and parts, with its papers' count and dates. */
const DOSSIER_HEAD = `SELECT k.key, k.number, k.suffix, k.title, count(*) AS documents, max(d.date) AS latest,
  min(d.date) AS first FROM dossiers k, documents d
  WHERE k.key = ? AND d.doc IN (SELECT doc FROM document_dossiers WHERE dossier = ?) GROUP BY k.key`;

/**
 * The dossiers with most papers dated after $1, at most $2. A dossier's newest paper is
 * in the window when any is (no paper is newer than the window's end), so `latest` is
 * the window's.
 */
const ACTIVE = `WITH active AS (
  SELECT dd.dossier AS key, count(DISTINCT d.doc) AS n, max(d.date) AS latest
  FROM documents d JOIN document_dossiers dd ON dd.doc = d.doc
  WHERE d.date > ? GROUP BY dd.dossier ORDER BY n DESC, latest DESC, dd.dossier LIMIT ?)
SELECT a.key, k.number, k.suffix, k.title, a.latest,
  (SELECT count(DISTINCT x.doc) FROM document_dossiers x WHERE x.dossier = a.key) AS documents
FROM active a JOIN dossiers k ON k.key = a.key ORDER BY a.n DESC, a.latest DESC, a.key`;

/** A dossier's row of `DOSSIER_HEAD`. */
type Head = Omit<DossierInfo, 'months' | 'related'>;

/** Reads the lists of one database. */
export class Browser {
  private readonly stmt;

  constructor(db: Database.Database) {
    const page = (where: string, order: string) =>
      db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`);
    this.stmt = {
      links: db.prepare(
        `SELECT dd.doc, coalesce(k.number, dd.number) AS number, k.suffix, k.title FROM document_dossiers dd
         LEFT JOIN dossiers k ON k.key = dd.dossier WHERE dd.doc IN (SELECT value FROM json_each(?))
         ORDER BY dd.doc, dd.position`,
      ),
      self: db.prepare(
        'SELECT doc, id FROM documents WHERE key = ? UNION ALL SELECT doc, id FROM documents WHERE id = ? LIMIT 1',
      ),
      citedByCount: db.prepare('SELECT count(DISTINCT doc) FROM "references" WHERE target = ? AND doc <> ?').pluck(),
      citedBy: page('d.doc IN (SELECT doc FROM "references" WHERE target = ? AND doc <> ?)', NEWEST_FIRST),
      ids: db
        .prepare('SELECT j.value FROM json_each(?) j WHERE EXISTS (SELECT 1 FROM documents d WHERE d.id = j.value)')
        .pluck(),
      dossierKeys: db
        .prepare(
          'SELECT j.value FROM json_each(?) j WHERE EXISTS (SELECT 1 FROM document_dossiers dd WHERE dd.dossier = j.value)',
        )
        .pluck(),
      dossier: db.prepare(DOSSIER_HEAD),
      months: db.prepare(
        `SELECT substr(d.date, 1, 7) AS month, count(*) AS count FROM documents d
         WHERE d.doc IN (SELECT doc FROM document_dossiers WHERE dossier = ?) AND d.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
         GROUP BY month ORDER BY month`,
      ),
      shared: db.prepare(
        `SELECT o.dossier AS key, coalesce(k.number, min(o.number)) AS number, k.suffix, k.title, count(DISTINCT o.doc) AS shared
         FROM document_dossiers s JOIN document_dossiers o ON o.doc = s.doc AND o.dossier <> s.dossier
         LEFT JOIN dossiers k ON k.key = o.dossier
         WHERE s.dossier = ? GROUP BY o.dossier ORDER BY shared DESC, o.dossier LIMIT 10`,
      ),
      dossierCount: db.prepare('SELECT count(DISTINCT doc) FROM document_dossiers WHERE dossier = ?').pluck(),
      dossierDocuments: page('d.doc IN (SELECT doc FROM document_dossiers WHERE dossier = ?)', OLDEST_FIRST),
      count: db.prepare('SELECT count(*) FROM documents').pluck(),
      recent: page('1', NEWEST_FIRST),
      newest: db.prepare('SELECT max(date) FROM documents').pluck(),
      active: db.prepare(ACTIVE),
      freshness: db.prepare(
        `SELECT (SELECT max(updated_at) FROM documents) AS updated, (SELECT max(date) FROM documents) AS newest,
         (SELECT max(doc) FROM documents) AS doc, (SELECT max(docid) FROM documents) AS docid,
         (SELECT count(*) FROM documents WHERE withdrawn = 1) AS withdrawn,
         (SELECT changes FROM tk_state) AS votes`,
      ),
    };
  }

  /** The summaries of these rows, with their dossiers. */
  private summaries(rows: SummaryRow[]): DocumentSummary[] {
    if (rows.length === 0) return [];
    const links = this.stmt.links.all(JSON.stringify(rows.map((r) => r.doc))) as LinkRow[];
    return toSummaries(rows, links);
  }

  /** `Store.citedBy`. */
  citedBy(id: string, request?: PageRequest): Page<DocumentSummary> {
    const { limit, offset } = listPage(request);
    const self = this.stmt.self.get(id, id) as { doc: number; id: string | null } | undefined;
    if (self === undefined || self.id === null) return { total: 0, items: [] };
    const total = this.stmt.citedByCount.get(self.id, self.doc) as number;
    const rows = total === 0 ? [] : (this.stmt.citedBy.all(self.id, self.doc, limit, offset) as SummaryRow[]);
    return { total, items: this.summaries(rows) };
  }

  /** `Store.present`. */
  present(targets: string[]): string[] {
    const { ids, dossiers } = targetsOf(targets);
    if (ids.length === 0) return [];
    const found = this.stmt.ids.all(JSON.stringify(ids)) as string[];
    const keys = dossiers.length === 0 ? [] : (this.stmt.dossierKeys.all(JSON.stringify(dossiers)) as string[]);
    return presentOf(targets, found, keys);
  }

  /** `Store.dossier`. */
  dossier(key: string): DossierInfo | null {
    const head = this.stmt.dossier.get(key, key) as Head | undefined;
    if (head === undefined) return null;
    const months = this.stmt.months.all(key) as DossierInfo['months'];
    return { ...head, months, related: this.stmt.shared.all(key) as SharedDossier[] };
  }

  /** `Store.dossierDocuments`. */
  dossierDocuments(key: string, request?: PageRequest): Page<DocumentSummary> {
    const { limit, offset } = listPage(request);
    const total = this.stmt.dossierCount.get(key) as number;
    const rows = total === 0 ? [] : (this.stmt.dossierDocuments.all(key, limit, offset) as SummaryRow[]);
    return { total, items: this.summaries(rows) };
  }

  /** `Store.recent`. */
  recent(request?: PageRequest): Page<DocumentSummary> {
    const { limit, offset } = listPage(request);
    const total = this.stmt.count.get() as number;
    const rows = total === 0 ? [] : (this.stmt.recent.all(limit, offset) as SummaryRow[]);
    return { total, items: this.summaries(rows) };
  }

  /** `Store.activeDossiers`. */
  activeDossiers(limitArg?: number, daysArg?: number): DossierSummary[] {
    const { limit, days } = activeArgs(limitArg, daysArg);
    const since = windowStart(this.stmt.newest.get() as string | null, days);
    if (since === null) return [];
    return (this.stmt.active.all(since, limit) as DossierSummary[]).map((r) => ({
      key: r.key,
      number: r.number,
      suffix: r.suffix,
      title: r.title,
      documents: r.documents,
      latest: r.latest,
    }));
  }

  /** `Store.freshness`. */
  freshness(): Freshness {
    const row = this.stmt.freshness.get() as {
      updated: string | null;
      newest: string | null;
      doc: number | null;
      docid: number | null;
      withdrawn: number;
      votes: number | null;
    };
    // updated_at is an ISO 8601 time to the millisecond (`put`, `withdraw`).
    const updated = row.updated === null ? Number.NaN : Date.parse(row.updated);
    return {
      updatedAt: Number.isNaN(updated) ? row.updated : new Date(updated).toISOString(),
      newestDate: row.newest,
      version: versionOf({ ...row, updated: Number.isNaN(updated) ? null : updated }),
    };
  }
}
