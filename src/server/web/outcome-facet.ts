/**
 * The search page's outcome facet: how many of the matches the Kamer adopted, rejected,
 * held over, withdrew or let lapse. Decisions are not in the index's columns (they
 * change after a paper is indexed), so each count is a search of its own with an
 * `outcome:` filter, made only when the matches hold motions, amendments or bills.
 *
 * @module
 */
import type { FacetCount, SearchResponse, Store } from '../../store/index.ts';

/** The outcomes, in the order the facet lists them. */
export const OUTCOMES = ['aangenomen', 'verworpen', 'aangehouden', 'ingetrokken', 'vervallen'] as const;

/** The paper types the Kamer decides on. */
const DECIDED_TYPES = new Set(['motie', 'amendement', 'voorstel-van-wet']);

/** The counts of the matches of `query` per outcome (those above 0); none when the matches hold nothing decided. */
export async function outcomeFacet(store: Store, query: string, result: SearchResponse): Promise<FacetCount[]> {
  if (!result.facets.type.some((f) => DECIDED_TYPES.has(f.value) && f.count > 0)) return [];
  const counts = await Promise.all(
    OUTCOMES.map(async (outcome) => {
      const { total } = await store.search({ query: `(${query}) outcome:${outcome}`, limit: 1 });
      return { value: outcome, count: total };
    }),
  );
  return counts.filter((c) => c.count > 0);
}
