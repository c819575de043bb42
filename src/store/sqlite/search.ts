/**
 * Search on SQLite: the compiled plan (`compile.ts`) selects the matches, and one pass
 * over them (`collect.ts`) computes bm25, counts the total and every facet and keeps
 * the best page; only the page's documents are read back. On a large archive the pass
 * runs on reader threads over parts of the rowid range at once (`readers.ts`).
 *
 * Ranking: `score = -bm25(fts, weights) × (1 + 0.1 × clamp((year − 1995) / 30, 0, 1))`,
 * with weights title 10 / 5, dossier titles 4 / 2, body 1 / 0.5 (stems / expansions):
 * a paper of 2025 or later gets at most 10% over one of 1995 or before with the same
 * text score. Ties: newer first, then the one stored first. Without text (filters
 * only, or an empty query) the score is 0 and hits are newest first.
 *
 * @module
 */
import type Database from 'better-sqlite3';
import type { Document } from '../../model/index.ts';
import { type PlanNode, parseQuery, planQuery } from '../../search/index.ts';
import { pageOf, toHit } from '../documents.ts';
import type { FacetCount, Facets, SearchRequest, SearchResponse } from '../types.ts';
import {
  COLLECT_FUNCTION,
  type Collected,
  type CollectOrder,
  Collector,
  collectWith,
  mergeCollected,
  registerCollect,
} from './collect.ts';
import { compilePlan, type SqlPart } from './compile.ts';
import { FACET_VALUES_SQL, facetsFromCodes, facetValues } from './facets.ts';
import type { ReaderPool } from './readers.ts';

/** bm25 weights of the FTS columns (title, dossier titles, body; stems then expansions). */
export const BM25 = 'bm25(fts, 10.0, 5.0, 4.0, 2.0, 1.0, 0.5)';
/** Most values listed per facet (their counts are over all matches). */
export const FACET_LIMIT = 50;

const COLLECT = (doc: string, score: string) => `${COLLECT_FUNCTION}(${doc}, ${score}, c.code, c.day, c.dossiers)`;
const RANGE = (doc: string) => `${doc} >= @lo AND ${doc} < @hi`;

/**
 * The collection statement of a plan: it calls `griffie_collect` once per match with a
 * rowid in `[@lo, @hi)`. The subquery with `LIMIT -1` keeps bm25 in a context where
 * FTS5 allows it.
 */
export function collectSql(plan: PlanNode): SqlPart {
  const compiled = compilePlan(plan);
  const where = compiled.where;
  let inner: string;
  let params: unknown[];
  let rank = '';
  if (compiled.match !== null && where.sql === '1') {
    // Text only: drive from the full-text index and read one narrow row per match.
    inner = `SELECT ${COLLECT('fts.rowid', `-${BM25}`)} AS x FROM fts CROSS JOIN document_facets c ON c.doc = fts.rowid
      WHERE fts MATCH ? AND ${RANGE('fts.rowid')}`;
    params = [compiled.match];
  } else if (compiled.match !== null) {
    // Text and filters: still driven from the full-text index (CROSS JOIN fixes the order); probing
    // the index once per row that passes a filter costs far more than reading the matches.
    inner = `SELECT ${COLLECT('d.doc', `-${BM25}`)} AS x FROM fts CROSS JOIN documents d ON d.doc = fts.rowid
      CROSS JOIN document_facets c ON c.doc = d.doc WHERE fts MATCH ? AND ${where.sql} AND ${RANGE('fts.rowid')} AND ${RANGE('d.doc')}`;
    params = [compiled.match, ...where.params];
  } else if (compiled.rankOnly !== null) {
    // The scores of the text part, computed once (a correlated subquery would run the MATCH per row).
    rank = `WITH t AS MATERIALIZED (SELECT rowid AS rdoc, ${BM25} AS r FROM fts WHERE fts MATCH ? AND ${RANGE('rowid')}) `;
    inner = `SELECT ${COLLECT('d.doc', 'coalesce(-t.r, 0.0)')} AS x FROM documents d JOIN document_facets c ON c.doc = d.doc
      LEFT JOIN t ON t.rdoc = d.doc WHERE ${where.sql} AND ${RANGE('d.doc')}`;
    params = [compiled.rankOnly, ...where.params];
  } else {
    inner = `SELECT ${COLLECT('d.doc', '0.0')} AS x FROM documents d JOIN document_facets c ON c.doc = d.doc
      WHERE ${where.sql} AND ${RANGE('d.doc')}`;
    params = [...where.params];
  }
  return { sql: `${rank}SELECT count(x) FROM (${inner} LIMIT -1)`, params };
}

/** The parameters of a collection statement for the rowid range `[lo, hi)`. */
function withRange(statement: SqlPart, lo: number, hi: number): unknown[] {
  return [...statement.params, { lo, hi }];
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

/** A search ready to run: its statement and what to keep. */
interface Prepared {
  plan: PlanNode;
  statement: SqlPart;
  limit: number;
  offset: number;
  order: CollectOrder;
}

/** When to search on reader threads. */
export interface ParallelSearch {
  pool: ReaderPool;
  /** Search on the threads when the archive spans at least this many rowids. */
  from: number;
}

/** Runs searches against one database. */
export class Searcher {
  private readonly statements: StatementCache;
  private readonly byDoc: Database.Statement;
  private readonly dossiersOf: Database.Statement;
  private readonly dossierName: Database.Statement;
  private readonly span: Database.Statement;
  private readonly facetValues: Database.Statement;
  /** Dossier code → key (codes never change meaning once committed). */
  private readonly dossierNames = new Map<number, string>();

  constructor(
    db: Database.Database,
    private readonly parallel: ParallelSearch | null = null,
  ) {
    registerCollect(db);
    this.statements = new StatementCache(db);
    this.byDoc = db.prepare(
      'SELECT d.key, j.json FROM documents d JOIN document_json j ON j.doc = d.doc WHERE d.doc = ?',
    );
    this.dossiersOf = db.prepare('SELECT dossier FROM document_dossiers WHERE doc = ? ORDER BY position');
    this.dossierName = db.prepare("SELECT value FROM facet_values WHERE kind = 'dossier' AND code = ?");
    // Two subqueries: SQLite reads min and max from the ends of the rowid b-tree only when each stands alone.
    this.facetValues = db.prepare(FACET_VALUES_SQL);
    this.span = db.prepare(
      'SELECT coalesce((SELECT min(doc) FROM documents), 0) AS first, coalesce((SELECT max(doc) FROM documents), 0) AS last',
    );
  }

  /** Answer a search request. A `SearchQueryError` from the query parser passes through. */
  search(request: SearchRequest): SearchResponse | Promise<SearchResponse> {
    const prepared = this.prepare(planQuery(parseQuery(request.query)), request);
    const { first, last } = this.span.get() as { first: number; last: number };
    const parallel = this.parallel;
    if (parallel === null || last - first + 1 < parallel.from) return this.finish(prepared, this.collectHere(prepared));
    const size = parallel.pool.size;
    const step = Math.ceil((last - first + 1) / size);
    const ranges: Array<[number, number]> = [];
    for (let i = 0; i < size; i++) ranges.push([first + i * step, i === size - 1 ? last + 1 : first + (i + 1) * step]);
    const keep = prepared.offset + prepared.limit;
    const params = ranges.map(([from, to]) => withRange(prepared.statement, from, to));
    return parallel.pool
      .collect(prepared.statement.sql, params, keep, prepared.order)
      .then((parts) => this.finish(prepared, mergeCollected(parts, keep, prepared.order)));
  }

  /** Answer a search for an already analyzed plan, in this thread (`request.query` is not read). */
  searchPlan(plan: PlanNode, request: Omit<SearchRequest, 'query'>): SearchResponse {
    const prepared = this.prepare(plan, request);
    return this.finish(prepared, this.collectHere(prepared));
  }

  private prepare(plan: PlanNode, request: Omit<SearchRequest, 'query'>): Prepared {
    const { limit, offset } = pageOf(request);
    return { plan, statement: collectSql(plan), limit, offset, order: request.sort === 'date' ? 'date' : 'relevance' };
  }

  private collectHere(prepared: Prepared): Collected {
    const collector = new Collector(prepared.offset + prepared.limit, prepared.order);
    const params = withRange(prepared.statement, 0, Number.MAX_SAFE_INTEGER);
    return collectWith(collector, this.statements.get(prepared.statement.sql), params);
  }

  private finish(prepared: Prepared, collected: Collected): SearchResponse {
    const { total, facets: coded } = facetsFromCodes(
      collected.codes.map(([code, n]) => ({ code, n })),
      facetValues(this.facetValues),
      FACET_LIMIT,
    );
    const facets: Facets = { ...coded, dossier: this.dossierFacet(collected) };
    const hits = collected.top.slice(prepared.offset, prepared.offset + prepared.limit).map((kept) => {
      const row = this.byDoc.get(kept.doc) as { key: string; json: string };
      return toHit(row.key, JSON.parse(row.json) as Document, kept.score, prepared.plan);
    });
    return { total, hits, facets };
  }

  /** The dossier facet: codes counted in the pass, later dossiers of papers with more than two read here. */
  private dossierFacet(collected: Collected): FacetCount[] {
    const byName = new Map<string, number>();
    const counts = collected.dossiers.slice().sort((a, b) => b[1] - a[1]);
    // Only values that can reach the list need a name: the first FACET_LIMIT and their ties.
    const cut = counts.length > FACET_LIMIT ? (counts[FACET_LIMIT - 1] as [number, number])[1] : 0;
    const extra = new Map<string, number>();
    for (const doc of collected.more) {
      const keys = (this.dossiersOf.all(doc) as { dossier: string }[]).map((r) => r.dossier);
      const later = new Set(keys.slice(2));
      for (const key of keys.slice(0, 2)) later.delete(key);
      for (const key of later) extra.set(key, (extra.get(key) ?? 0) + 1);
    }
    for (const [code, n] of counts) {
      if (n < cut && extra.size === 0) break;
      const name = this.nameOf(code);
      byName.set(name, (byName.get(name) ?? 0) + n);
    }
    for (const [name, n] of extra) byName.set(name, (byName.get(name) ?? 0) + n);
    return [...byName]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      .slice(0, FACET_LIMIT);
  }

  private nameOf(code: number): string {
    let name = this.dossierNames.get(code);
    if (name === undefined) {
      name = (this.dossierName.get(code) as { value: string } | undefined)?.value ?? String(code);
      if (this.dossierNames.size > 200_000) this.dossierNames.clear();
      this.dossierNames.set(code, name);
    }
    return name;
  }
}
