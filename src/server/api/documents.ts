/**
 * The paper routes: `GET /documents/{id}` (the whole parsed document), its references
 * (with where each leads), the papers that cite it, and `POST /documents` to ingest a
 * file (bearer token only).
 *
 * @module
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { ingestUpload, ParseError } from '../../pipeline/index.ts';
import { type DocumentSummary, documentKey } from '../../store/index.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { requireToken } from './auth.ts';
import { linkHeader, presentPage, presentReference, presentSummary } from './present.ts';
import { ERRORS, ok } from './responses.ts';
import {
  Document,
  DocumentPage,
  DocumentParam,
  IngestQuery,
  IngestResult,
  PageQuery,
  ReferenceList,
} from './schemas.ts';

/** Largest upload by default: the size `griffie ingest` reads. */
export const DEFAULT_MAX_UPLOAD = 32 * 1024 * 1024;

const getDocument = createRoute({
  method: 'get',
  path: '/documents/{id}',
  tags: ['documents'],
  summary: 'One paper, whole',
  request: { params: DocumentParam },
  responses: { ...ok(Document, 'The parsed paper (the document model).'), ...ERRORS },
});

const getReferences = createRoute({
  method: 'get',
  path: '/documents/{id}/references',
  tags: ['documents'],
  summary: 'What a paper cites',
  description: 'Each reference with its target in the archive (when stored) and its official address.',
  request: { params: DocumentParam },
  responses: { ...ok(ReferenceList, 'The references, in the order they stand.'), ...ERRORS },
});

const getCitedBy = createRoute({
  method: 'get',
  path: '/documents/{id}/cited-by',
  tags: ['documents'],
  summary: 'Papers that cite this one',
  request: { params: DocumentParam, query: PageQuery },
  responses: { ...ok(DocumentPage, 'Citing papers in the archive, newest first.'), ...ERRORS },
});

const postDocument = createRoute({
  method: 'post',
  path: '/documents',
  tags: ['writing'],
  summary: 'Ingest one file',
  description:
    'Send the file as the request body (PDF, officielebekendmakingen XML or HTML, text, Tweede Kamer JSON or ' +
    'SyncFeed XML). Needs `Authorization: Bearer <GRIFFIE_API_TOKEN>`; disabled when the server has no token.',
  security: [{ bearer: [] }],
  request: {
    query: IngestQuery,
    body: {
      required: true,
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
  },
  responses: {
    200: { description: 'Stored (updated or unchanged).', content: { 'application/json': { schema: IngestResult } } },
    201: { description: 'Added.', content: { 'application/json': { schema: IngestResult } } },
    401: { ...ERRORS[400], description: 'No or a wrong bearer token.' },
    403: { ...ERRORS[400], description: 'Writing is disabled on this server.' },
    413: { ...ERRORS[400], description: 'The file is too large.' },
    422: { ...ERRORS[400], description: 'The file cannot be read as a paper.' },
    500: ERRORS[500],
  },
});

const notFound = (id: string) => new HttpError(404, 'Not Found', `no paper ${id} in the archive`);

/** Register the paper routes. */
export function registerDocumentRoutes(api: OpenAPIHono, deps: ServerDeps): void {
  const { store } = deps;
  api.openapi(getDocument, async (c) => {
    const { id } = c.req.valid('param');
    const doc = await store.get(id);
    if (!doc) throw notFound(id);
    return c.json(doc, 200);
  });

  api.openapi(getReferences, async (c) => {
    const { id } = c.req.valid('param');
    const doc = await store.get(id);
    if (!doc) throw notFound(id);
    const present = new Set(await store.present(doc.references.map((r) => r.target)));
    return c.json({ id, references: doc.references.map((r) => presentReference(r, present)) }, 200);
  });

  api.openapi(getCitedBy, async (c) => {
    const { id } = c.req.valid('param');
    const { limit, offset } = c.req.valid('query');
    if (!(await store.get(id))) throw notFound(id);
    const page = presentPage(c.req.url, await store.citedBy(id, { limit, offset }), offset, limit);
    const link = linkHeader(page);
    if (link) c.header('Link', link);
    return c.json(page, 200);
  });

  const maxSize = deps.maxUploadBytes ?? DEFAULT_MAX_UPLOAD;
  api.use(postDocument.getRoutingPath(), async (c, next) => {
    if (c.req.method === 'POST') return requireToken(deps.token)(c, next);
    await next();
  });
  api.use(postDocument.getRoutingPath(), async (c, next) => {
    if (c.req.method !== 'POST') return next();
    return bodyLimit({
      maxSize,
      onError: () => {
        throw new HttpError(413, 'Content Too Large', `a file may be at most ${Math.round(maxSize / 1024 / 1024)} MB`);
      },
    })(c, next);
  });
  api.openapi(postDocument, async (c) => {
    const { filename } = c.req.valid('query');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    try {
      const { outcome, document } = await ingestUpload(store, bytes, filename);
      const summary: DocumentSummary = {
        id: documentKey(document),
        title: document.title,
        type: document.type,
        date: document.date,
        number: document.number,
        dossiers: document.dossiers,
        citation: document.citation,
        sender: document.sender,
        withdrawn: document.withdrawn === true,
      };
      return c.json(
        { outcome, document: presentSummary(summary), warnings: document.warnings },
        outcome === 'added' ? 201 : 200,
      );
    } catch (error) {
      if (error instanceof ParseError)
        throw new HttpError(422, 'Unprocessable Content', error.message, { cause: error });
      throw error;
    }
  });
}
