/**
 * `GET /api/v1/search`: the query language of the CLI and the web app, with facets
 * over every match and offset paging (`next` links) up to the archive's search depth.
 *
 * @module
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { SearchQueryError } from '../../search/index.ts';
import { MAX_DEPTH } from '../../store/index.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { paperPath } from '../links.ts';
import { documentHref, linkHeader, pageLinks } from './present.ts';
import { ERRORS, ok } from './responses.ts';
import { SearchQuery, SearchResult } from './schemas.ts';

const route = createRoute({
  method: 'get',
  path: '/search',
  tags: ['search'],
  summary: 'Search the archive',
  description:
    'Dutch-aware search (stemming, compounds, hyphens, diacritics) with facet counts over all matches. ' +
    `At most ${MAX_DEPTH.toLocaleString('en')} hits can be paged through (offset + limit).`,
  request: { query: SearchQuery },
  responses: { ...ok(SearchResult, 'The hits of this page, the total and the facets.'), ...ERRORS },
});

/** Search the archive, turning a query-language error into a 400 that says where it went wrong. */
export async function searchArchive(
  deps: ServerDeps,
  query: string,
  limit: number,
  offset: number,
  sort: 'relevance' | 'date',
  options: { outcomes?: boolean } = {},
) {
  if (offset + limit > MAX_DEPTH)
    throw new HttpError(400, 'Too deep', `offset + limit may be at most ${MAX_DEPTH}: narrow the query instead`);
  try {
    return await deps.store.search({ query, limit, offset, sort, ...options });
  } catch (error) {
    if (error instanceof SearchQueryError)
      throw new HttpError(400, 'Invalid query', error.message, { extra: { position: error.position }, cause: error });
    throw error;
  }
}

/** Register the search route. */
export function registerSearchRoute(api: OpenAPIHono, deps: ServerDeps): void {
  api.openapi(route, async (c) => {
    const { q, limit, offset, sort, outcomes } = c.req.valid('query');
    const result = await searchArchive(deps, q, limit, offset, sort, { outcomes });
    const links = pageLinks(c.req.url, offset, limit, result.total, MAX_DEPTH);
    const link = linkHeader(links);
    if (link) c.header('Link', link);
    return c.json(
      {
        query: q,
        sort,
        total: result.total,
        offset,
        limit,
        ...links,
        hits: result.hits.map(({ source: _source, ...hit }) => ({
          ...hit,
          href: documentHref(hit.id),
          page: paperPath(hit.id),
        })),
        facets: result.facets,
      },
      200,
    );
  });
}
