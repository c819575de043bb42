/**
 * The dossier routes: `GET /dossiers/{number}` (title, counts, papers per month,
 * related dossiers), `GET /dossiers/{number}/documents` (its papers in order) and
 * `GET /dossiers/{number}/cited-by`.
 *
 * @module
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { dossierFeedPath, dossierPath } from '../links.ts';
import { linkHeader, presentPage } from './present.ts';
import { ERRORS, ok } from './responses.ts';
import { DocumentPage, DossierInfo, DossierParam, PageQuery } from './schemas.ts';

const getDossier = createRoute({
  method: 'get',
  path: '/dossiers/{number}',
  tags: ['dossiers'],
  summary: 'One dossier',
  request: { params: DossierParam },
  responses: { ...ok(DossierInfo, 'The dossier as the archive holds it.'), ...ERRORS },
});

const getDossierDocuments = createRoute({
  method: 'get',
  path: '/dossiers/{number}/documents',
  tags: ['dossiers'],
  summary: "A dossier's papers",
  request: { params: DossierParam, query: PageQuery },
  responses: { ...ok(DocumentPage, 'Its papers, oldest first, then by number; undated last.'), ...ERRORS },
});

const getDossierCitedBy = createRoute({
  method: 'get',
  path: '/dossiers/{number}/cited-by',
  tags: ['dossiers'],
  summary: 'Papers that cite a dossier',
  description: 'Papers outside the dossier that cite the dossier or one of its papers, newest first.',
  request: { params: DossierParam, query: PageQuery },
  responses: { ...ok(DocumentPage, 'The citing papers.'), ...ERRORS },
});

const notFound = (key: string) =>
  new HttpError(404, 'Not Found', `no paper in the archive is listed in dossier ${key}`);

/** Register the dossier routes. */
export function registerDossierRoutes(api: OpenAPIHono, deps: ServerDeps): void {
  api.openapi(getDossier, async (c) => {
    const { number } = c.req.valid('param');
    const info = await deps.store.dossier(number);
    if (!info) throw notFound(number);
    return c.json({ ...info, page: dossierPath(info.key), feed: dossierFeedPath(info.key) }, 200);
  });

  api.openapi(getDossierDocuments, async (c) => {
    const { number } = c.req.valid('param');
    const { limit, offset } = c.req.valid('query');
    const result = await deps.store.dossierDocuments(number, { limit, offset });
    if (result.total === 0 && !(await deps.store.dossier(number))) throw notFound(number);
    const page = presentPage(c.req.url, result, offset, limit);
    const link = linkHeader(page);
    if (link) c.header('Link', link);
    return c.json(page, 200);
  });

  api.openapi(getDossierCitedBy, async (c) => {
    const { number } = c.req.valid('param');
    const { limit, offset } = c.req.valid('query');
    if (!(await deps.store.dossier(number))) throw notFound(number);
    const page = presentPage(c.req.url, await deps.store.dossierCitedBy(number, { limit, offset }), offset, limit);
    const link = linkHeader(page);
    if (link) c.header('Link', link);
    return c.json(page, 200);
  });
}
