/**
 * Search on SQLite: the compiled plan (`compile.ts`) selects the matches; bm25 with
 * field weights and a mild recency boost ranks them; total and facets are counted in
 * SQL over all matches; only the page's documents are read back.
 *
 * Ranking: `score = -bm25(fts, weights) × (1 + 0.1 × clamp((year − 1995) / 30, 0, 1))`,
 * with weights title 10 / 5, dossier titles 4 / 2, body 1 / 0.5 (stems / expansions):
 * a paper of 2025 or later gets at most 10% over one of 1995 or before with the same
 * text score. Ties: newer first, then by key. Without text (filters only, or an empty
 * query) the score is 0 and hits are newest first.
 *
 * @module
 */
import type Database from 'better-sqlite3';
import type { Document } from '../../model/index.ts';
import { type PlanNode, parseQuery, planQuery } from '../../search/index.ts';
import { toHit } from '../documents.ts';
import type { Facets, SearchRequest, SearchResponse } from '../types.ts';
import { compilePlan, type SqlPart } from './compile.ts';
import { facetsFromCodes, facetValues } from './facets.ts';

/** bm25 weights of the FTS columns (title, dossier titles, body; stems then expansions). */
export const BM25 = 'bm25(fts, 10.0, 5.0, 4.0, 2.0, 1.0, 0.5)';
/** The recency factor of a document `d`. */
export const RECENCY = '(1.0 + 0.1 * min(1.0, max(0.0, (coalesce(d.year, 1995) - 1995) / 30.0)))';
/** Most values listed per facet (their counts are over all matches). */
export const FACET_LIMIT = 50;

/** The FROM … WHERE of a plan with its parameters, and the score expression. */
export interface Selection {
  from: SqlPart;
  score: string;
  /** The MATCH expression when the query is text only (no filters): facets then skip `documents`. */
  textMatch: string | null;
}

/** Build the selection of a plan: `documents d` (maybe joined to `fts`) and a WHERE. */
export function select(plan: PlanNode): Selection {
  const compiled = compilePlan(plan);
  const where = compiled.where;
  if (compiled.match !== null) {
    return {
      from: {
        sql: `FROM fts JOIN documents d ON d.doc = fts.rowid WHERE fts MATCH ? AND ${where.sql}`,
        params: [compiled.match, ...where.params],
      },
      score: `-${BM25} * ${RECENCY}`,
      textMatch: where.sql === '1' ? compiled.match : null,
    };
  }
  if (compiled.rankOnly !== null) {
    return {
      from: {
        sql: `FROM documents d LEFT JOIN (SELECT rowid AS rdoc, ${BM25} AS r FROM fts WHERE fts MATCH ?) t ON t.rdoc = d.doc WHERE ${where.sql}`,
        params: [compiled.rankOnly, ...where.params],
      },
      score: `coalesce(-t.r, 0.0) * ${RECENCY}`,
      textMatch: null,
    };
  }
  return { from: { sql: `FROM documents d WHERE ${where.sql}`, params: where.params }, score: '0.0', textMatch: null };
}

/**
 * The statements that count all matches: packed facet codes (see `facets.ts`) and
 * dossiers. A text-only query reads just the full-text index and the narrow tables.
 */
function countSql(selection: Selection): { codes: SqlPart; dossiers: SqlPart } {
  const dossierTail = `GROUP BY dd.dossier ORDER BY n DESC, value LIMIT ${FACET_LIMIT}`;
  if (selection.textMatch !== null) {
    const params = [selection.textMatch];
    return {
      codes: {
        sql: 'SELECT c.code AS code, count(*) AS n FROM fts JOIN document_facets c ON c.doc = fts.rowid WHERE fts MATCH ? GROUP BY c.code',
        params,
      },
      dossiers: {
        sql: `SELECT dd.dossier AS value, count(*) AS n FROM fts JOIN document_dossiers dd ON dd.doc = fts.rowid WHERE fts MATCH ? ${dossierTail}`,
        params,
      },
    };
  }
  const { sql, params } = selection.from;
  return {
    codes: {
      sql: `SELECT c.code AS code, count(*) AS n FROM (SELECT d.doc ${sql}) m JOIN document_facets c ON c.doc = m.doc GROUP BY c.code`,
      params,
    },
    dossiers: {
      sql: `SELECT dd.dossier AS value, count(*) AS n FROM (SELECT d.doc ${sql}) m JOIN document_dossiers dd ON dd.doc = m.doc ${dossierTail}`,
      params,
    },
  };
}

/** Prepared statements by SQL text: a plan's shape repeats across searches. */
class StatementCache {
  private readonly cache = new Map<string, Database.Statement>();
  constructor(private readonly db: Database.Database) {}
  get(sql: string): Database.Statement {
    let stmt = this.cache.get(sql);
    if (stmt === undefined) {
      if (this.cache.size > 200) this.cache.clear();
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    return stmt;
  }
}

/** Runs searches against one database. */
export class Searcher {
  private readonly statements: StatementCache;
  private readonly byDoc: Database.Statement;

  private readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
    this.statements = new StatementCache(db);
    this.byDoc = db.prepare(
      'SELECT d.key, j.json FROM documents d JOIN document_json j ON j.doc = d.doc WHERE d.doc = ?',
    );
  }

  /** Answer a search request. A `SearchQueryError` from the query parser passes through. */
  search(request: SearchRequest): SearchResponse {
    return this.searchPlan(planQuery(parseQuery(request.query)), request);
  }

  /** Answer a search for an already analyzed plan (`request.query` is not read). */
  searchPlan(plan: PlanNode, request: Omit<SearchRequest, 'query'>): SearchResponse {
    const limit = Math.min(100, Math.max(1, Math.floor(request.limit ?? 20)));
    const offset = Math.max(0, Math.floor(request.offset ?? 0));
    const selection = select(plan);
    const { from, score } = selection;
    const order =
      request.sort === 'date'
        ? 'ORDER BY d.date IS NULL, d.date DESC, score DESC, d.key'
        : 'ORDER BY score DESC, d.date IS NULL, d.date DESC, d.key';
    const page = this.statements
      .get(`SELECT d.doc AS doc, ${score} AS score ${from.sql} ${order} LIMIT ? OFFSET ?`)
      .all(...from.params, limit, offset) as { doc: number; score: number }[];
    const counts = countSql(selection);
    const codes = this.statements.get(counts.codes.sql).all(...counts.codes.params) as { code: number; n: number }[];
    const { total, facets: coded } = facetsFromCodes(codes, facetValues(this.db), FACET_LIMIT);
    const dossierRows = this.statements.get(counts.dossiers.sql).all(...counts.dossiers.params) as {
      value: string;
      n: number;
    }[];
    const facets: Facets = { ...coded, dossier: dossierRows.map((r) => ({ value: r.value, count: r.n })) };
    const hits = page.map((p) => {
      const row = this.byDoc.get(p.doc) as { key: string; json: string };
      return toHit(row.key, JSON.parse(row.json) as Document, p.score, plan);
    });
    return { total, hits, facets };
  }
}
