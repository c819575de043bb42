/**
 * The web app: server-rendered Dutch pages (home, search, paper, dossier, API) and
 * their static files. Works without JavaScript; the one small script only adds a copy
 * button and a self-submitting sort menu.
 *
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { parseOfficialId } from '../../model/index.ts';
import { SearchQueryError } from '../../search/index.ts';
import { MAX_DEPTH, type RelatedHit, type StoreStats } from '../../store/index.ts';
import { searchArchive } from '../api/search.ts';
import { conditionalGet } from '../caching.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { dossierFeedPath, officialUrl, searchFeedPath } from '../links.ts';
import { VersionedCache } from '../memo.ts';
import { ApiPage, type OpenApiLike } from './api-page.tsx';
import { assetNamed } from './assets.ts';
import { DOSSIER_PAGE, DossierPage } from './dossier-page.tsx';
import { ErrorContent } from './error-page.tsx';
import { registerFollowPage } from './follow-page.tsx';
import { dossierLabel } from './format.ts';
import { HomePage } from './home-page.tsx';
import { PaperPage } from './paper-page.tsx';
import { dutchQueryError } from './query-errors.ts';
import { registerQuestionPages } from './question-routes.tsx';
import { registerRecordPages } from './record-routes.tsx';
import { offsetParam, page } from './render.tsx';
import { BadQueryPage, SEARCH_PAGE, SearchPage } from './search-page.tsx';
import { DOSSIER_VOTES_PAGE } from './votes-panel.tsx';
import { registerVotePages } from './votes-routes.tsx';

/** The Dutch error page for an `HttpError` (the app's `onError` and `notFound` use it). */
export async function errorPage(c: Context, deps: ServerDeps, error: HttpError): Promise<Response> {
  const dutch = typeof error.extra.nl === 'string' ? error.extra.nl : undefined;
  const official = typeof error.extra.official === 'string' ? error.extra.official : null;
  const title =
    error.status === 404
      ? 'Niet gevonden'
      : error.status === 429
        ? 'Te veel verzoeken'
        : error.status >= 500
          ? 'Er ging iets mis'
          : 'Fout';
  const response = await page(
    c,
    deps,
    { title, status: error.status },
    <ErrorContent status={error.status} path={c.req.path} detail={dutch} official={official} />,
  );
  for (const [name, value] of Object.entries(error.headers)) response.headers.set(name, value);
  return response;
}

/**
 * The pages. `openApi` is the API's OpenAPI document (for `/api`); `limit` the app's
 * rate limiter, run after the conditional GET (static files are not limited).
 */
export function createWeb(deps: ServerDeps, openApi: OpenApiLike, limit?: MiddlewareHandler | null): Hono {
  const web = new Hono();
  const { store } = deps;
  // Related papers and the archive's counts cost far more than the rest of their pages.
  const relatedOf = new VersionedCache<RelatedHit[]>();
  const statsOf = new VersionedCache<StoreStats>(1);

  web.get('/static/:name', (c) => {
    const asset = assetNamed(c.req.param('name'));
    if (!asset) throw new HttpError(404, 'Not Found', undefined, { extra: { nl: 'Dit bestand bestaat niet.' } });
    return c.body(asset.body, 200, {
      'Content-Type': asset.type,
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
  });

  web.use('*', conditionalGet(deps, { maxAge: 0 }));
  if (limit) web.use('*', limit);

  web.get('/', async (c) => {
    const freshness = await store.freshness();
    const [stats, recent, active] = await Promise.all([
      statsOf.get(freshness.version, 'stats', () => store.stats()),
      store.recent({ limit: 10 }),
      store.activeDossiers(8),
    ]);
    return page(
      c,
      deps,
      { title: 'Griffie', bareHeader: true },
      <HomePage stats={stats} freshness={freshness} recent={recent.items} active={active} />,
    );
  });

  web.get('/zoeken', async (c) => {
    const query = (c.req.query('q') ?? '').trim();
    const sort = c.req.query('sort') === 'date' ? 'date' : 'relevance';
    const offset = Math.floor(offsetParam(c.req.query('offset'), MAX_DEPTH - SEARCH_PAGE) / SEARCH_PAGE) * SEARCH_PAGE;
    if (query === '')
      return page(
        c,
        deps,
        { title: 'Zoeken', bareHeader: true },
        <SearchPage query="" sort={sort} offset={0} result={null} maxDepth={MAX_DEPTH} />,
      );
    try {
      const result = await searchArchive(deps, query, SEARCH_PAGE, offset, sort, { outcomes: true });
      const outcomes = result.facets.outcome ?? [];
      return page(
        c,
        deps,
        {
          title: `${query} — zoeken`,
          bareHeader: true,
          feeds: [{ title: `Griffie: ${query}`, href: searchFeedPath(query) }],
        },
        <SearchPage
          query={query}
          sort={sort}
          offset={offset}
          result={result}
          outcomes={outcomes}
          maxDepth={MAX_DEPTH}
        />,
      );
    } catch (error) {
      const cause = error instanceof HttpError ? error.cause : undefined;
      if (!(cause instanceof SearchQueryError)) throw error;
      return page(
        c,
        deps,
        { title: 'Zoekvraag niet begrepen', bareHeader: true, status: 400 },
        <BadQueryPage query={query} position={cause.position} reason={dutchQueryError(cause.message)} />,
      );
    }
  });

  web.get('/stuk/:id', async (c) => {
    const id = c.req.param('id');
    const doc = await store.get(id);
    if (!doc) {
      // Only a well-formed official id has a page on the official site.
      const official = parseOfficialId(id) ? officialUrl({ kind: 'kamerstuk', target: id }) : null;
      throw new HttpError(404, 'Not Found', `no paper ${id}`, {
        extra: { nl: `Het archief bevat geen stuk ${id}.`, ...(official ? { official } : {}) },
      });
    }
    const key = doc.id ?? id;
    const [present, citedBy, related, commitments, requests, votes] = await Promise.all([
      store.present(doc.references.map((r) => r.target)),
      store.citedBy(key, { limit: 50 }),
      store.freshness().then((f) => relatedOf.get(f.version, key, () => store.related(key, 8))),
      Promise.all(doc.commitments.map((_, i) => store.commitment(`${key}#${i}`))),
      Promise.all(doc.requests.map((_, i) => store.request(`${key}#${i}`))),
      store.votes.ofPaper(key),
    ]);
    const feeds = doc.dossiers.map((d) => {
      const k = d.suffix ? `${d.number}-${d.suffix}` : d.number;
      return { title: `Griffie: Dossier ${dossierLabel(d)}`, href: dossierFeedPath(k) };
    });
    return page(
      c,
      deps,
      { title: doc.title, feeds },
      <PaperPage
        doc={doc}
        paperKey={key}
        present={new Set(present)}
        citedBy={citedBy}
        related={related}
        commitments={commitments.filter((r) => r !== null)}
        requests={requests.filter((r) => r !== null)}
        votes={votes}
      />,
    );
  });

  web.get('/dossier/:key', async (c) => {
    const key = c.req.param('key');
    const info = /^\d{1,6}(?:-[0-9A-Za-z]{1,12})*$/.test(key) ? await store.dossier(key) : null;
    if (!info)
      throw new HttpError(404, 'Not Found', `no dossier ${key}`, {
        extra: {
          nl: `Geen stuk in het archief hoort bij dossier ${key}.`,
          official: `https://zoek.officielebekendmakingen.nl/dossier/${encodeURIComponent(key)}`,
        },
      });
    const offset = Math.floor(offsetParam(c.req.query('offset'), info.documents) / DOSSIER_PAGE) * DOSSIER_PAGE;
    const votesOffset =
      Math.floor(offsetParam(c.req.query('stemmingen'), 10_000) / DOSSIER_VOTES_PAGE) * DOSSIER_VOTES_PAGE;
    const [papers, citedBy, votes] = await Promise.all([
      store.dossierDocuments(info.key, { limit: DOSSIER_PAGE, offset }),
      store.dossierCitedBy(info.key, { limit: 20 }),
      store.votes.ofDossier(info.key, { limit: DOSSIER_VOTES_PAGE, offset: votesOffset }),
    ]);
    const label = `Dossier ${dossierLabel(info)}`;
    return page(
      c,
      deps,
      {
        title: info.title ? `${label}: ${info.title}` : label,
        feeds: [{ title: `Griffie: ${label}`, href: dossierFeedPath(info.key) }],
      },
      <DossierPage
        info={info}
        papers={papers}
        offset={offset}
        citedBy={citedBy}
        votes={votes}
        votesOffset={votesOffset}
      />,
    );
  });

  web.get('/api', (c) => page(c, deps, { title: 'API' }, <ApiPage doc={openApi} />));
  registerRecordPages(web, deps);
  registerQuestionPages(web, deps);
  registerVotePages(web, deps);
  registerFollowPage(web, deps);

  return web;
}
