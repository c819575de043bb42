/**
 * Search on either engine: the query is parsed and planned, the segment index
 * (`IndexReader`, reading through the engine) finds the total, the facets and the best
 * page, and the engine loads the page's documents for their hits and snippets. Both
 * engines answer the same query over the same papers with the same hits, in the same
 * order, with the same scores: everything but the reading of rows happens here.
 *
 * Ranking is BM25F over title, dossier titles and body with a mild recency boost
 * (`search/segments/scoring.ts`); ties go to the newer paper, then the one stored first.
 * Without text (filters only, or an empty query) the score is 0 and hits are newest first.
 * The outcome facet (`outcomes`) counts the matches in each outcome's papers, which the
 * engine lists by SQL in the index's snapshot (`IndexQuery.sets`).
 *
 * @module
 */
import { NAMED_OUTCOMES } from '../model/index.ts';
import { docSetKey, type IndexAnswer, type IndexQuery, type PlanNode, parseQuery, planQuery } from '../search/index.ts';
import { pageOf, restoreDocument, toHit } from './documents.ts';
import type { SearchRequest, SearchResponse } from './types.ts';

/** A stored document as a search hit needs it: its key, JSON and blocks' texts (`restoreDocument`). */
export interface StoredDocument {
  key: string;
  json: string;
  texts: string | null;
}

/** The doc sets of the outcome facet: one `outcome:` filter's papers each, in `NAMED_OUTCOMES` order. */
const OUTCOME_SETS = NAMED_OUTCOMES.map((value) => docSetKey({ field: 'outcome', value }));

/** What searches the index: one reader (`IndexReader`) or several threads (`ParallelSearch`). */
export interface IndexSearch {
  search(query: IndexQuery): Promise<IndexAnswer>;
}

/** Reads the stored documents with these engine ids (those that exist). */
export type LoadDocuments = (stores: number[]) => Promise<Map<number, StoredDocument>>;

/** Answer a search request. A `SearchQueryError` from the query parser passes through. */
export function search(reader: IndexSearch, request: SearchRequest, load: LoadDocuments): Promise<SearchResponse> {
  return searchPlan(reader, planQuery(parseQuery(request.query)), request, load);
}

/** Answer a search for an already planned query (`request.query` is not read). */
export async function searchPlan(
  reader: IndexSearch,
  plan: PlanNode,
  request: Omit<SearchRequest, 'query'>,
  load: LoadDocuments,
): Promise<SearchResponse> {
  const { limit, offset } = pageOf(request);
  const answer = await reader.search({
    plan,
    keep: offset + limit,
    order: request.sort === 'date' ? 'date' : 'relevance',
    ...(request.outcomes ? { sets: OUTCOME_SETS } : {}),
  });
  const page = answer.top.slice(offset, offset + limit);
  const stored = await load(page.map((k) => k.store));
  const hits = page.flatMap((kept) => {
    const row = stored.get(kept.store);
    return row === undefined ? [] : [toHit(row.key, restoreDocument(row.json, row.texts), kept.score, plan)];
  });
  if (!request.outcomes) return { total: answer.total, hits, facets: answer.facets };
  const outcome = NAMED_OUTCOMES.map((value, k) => ({ value, count: answer.sets[k] ?? 0 })).filter((c) => c.count > 0);
  return { total: answer.total, hits, facets: { ...answer.facets, outcome } };
}
