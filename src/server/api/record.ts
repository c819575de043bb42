/**
 * The linked record in the API: `GET /commitments` (toezeggingen, with status and
 * counts per ministry), `GET /commitments/{key}/{position}`, `GET /requests`,
 * `GET /requests/{key}/{position}`, `GET /entities` and `GET /entities/{kind}/{name}`.
 *
 * @module
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { CommitmentRecord, EntitySummary, RequestRecord } from '../../store/index.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { commitmentHref, commitmentPath, entityHref, entityPath, requestHref, requestPath } from '../links.ts';
import { linkHeader, pageLinks, presentSummary } from './present.ts';
import {
  Commitment,
  CommitmentList,
  CommitmentQuery,
  Entity,
  EntityList,
  EntityParam,
  EntityQuery,
  RecordParam,
  RequestItem,
  RequestList,
  RequestQuery,
} from './record-schemas.ts';
import { ERRORS, ok } from './responses.ts';
import { DocumentPage, PageQuery } from './schemas.ts';

/** A commitment as the API answers it. */
export function presentCommitment(c: CommitmentRecord) {
  return {
    ...c,
    paper: presentSummary(c.paper),
    fulfilledBy: c.fulfilledBy.map(presentSummary),
    href: commitmentHref(c.id),
    page: commitmentPath(c.id),
  };
}

function presentRequest(r: RequestRecord) {
  return {
    ...r,
    paper: presentSummary(r.paper),
    answeredBy: r.answeredBy.map(presentSummary),
    href: requestHref(r.id),
    page: requestPath(r.id),
  };
}

function presentEntity(e: EntitySummary) {
  return { ...e, href: entityHref(e.kind, e.name), page: entityPath(e.kind, e.name) };
}

const listCommitments = createRoute({
  method: 'get',
  path: '/commitments',
  tags: ['record'],
  summary: 'Commitments (toezeggingen)',
  description:
    'Promises of future action found in the papers, newest first, with their status: `fulfilled` when a later ' +
    'paper says it fulfils them, `overdue` when their deadline passed without one, else `open`.',
  request: { query: CommitmentQuery },
  responses: { ...ok(CommitmentList, 'A page of commitments and the counts per ministry and status.'), ...ERRORS },
});

const getCommitment = createRoute({
  method: 'get',
  path: '/commitments/{key}/{position}',
  tags: ['record'],
  summary: 'One commitment',
  request: { params: RecordParam },
  responses: { ...ok(Commitment, 'The commitment, its paper and the papers that fulfil it.'), ...ERRORS },
});

const listRequests = createRoute({
  method: 'get',
  path: '/requests',
  tags: ['record'],
  summary: 'Requests to the government',
  description: "Committees' requests, motions, written questions and earlier promises that papers answer or carry out.",
  request: { query: RequestQuery },
  responses: { ...ok(RequestList, 'A page of requests, newest first.'), ...ERRORS },
});

const getRequest = createRoute({
  method: 'get',
  path: '/requests/{key}/{position}',
  tags: ['record'],
  summary: 'One request',
  request: { params: RecordParam },
  responses: { ...ok(RequestItem, 'The request and the papers that answer it.'), ...ERRORS },
});

const listEntities = createRoute({
  method: 'get',
  path: '/entities',
  tags: ['record'],
  summary: 'Persons, organisations and places',
  request: { query: EntityQuery },
  responses: { ...ok(EntityList, 'Named entities, those most papers name first.'), ...ERRORS },
});

const getEntity = createRoute({
  method: 'get',
  path: '/entities/{kind}/{name}',
  tags: ['record'],
  summary: 'One named entity',
  request: { params: EntityParam },
  responses: { ...ok(Entity, 'The entity and how many papers name it.'), ...ERRORS },
});

const getEntityDocuments = createRoute({
  method: 'get',
  path: '/entities/{kind}/{name}/documents',
  tags: ['record'],
  summary: 'The papers that name an entity',
  request: { params: EntityParam, query: PageQuery },
  responses: { ...ok(DocumentPage, 'Papers naming it, newest first.'), ...ERRORS },
});

const notFound = (what: string) => new HttpError(404, 'Not Found', `no ${what} in the archive`);

/** Register the record routes. */
export function registerRecordRoutes(api: OpenAPIHono, deps: ServerDeps): void {
  const { store } = deps;

  api.openapi(listCommitments, async (c) => {
    const { limit, offset, ...filter } = c.req.valid('query');
    const page = await store.commitments(filter, { limit, offset });
    const links = pageLinks(c.req.url, offset, limit, page.total);
    const link = linkHeader(links);
    if (link) c.header('Link', link);
    return c.json(
      {
        total: page.total,
        offset,
        limit,
        ...links,
        items: page.items.map(presentCommitment),
        portfolios: page.portfolios,
        statuses: page.statuses,
      },
      200,
    );
  });

  api.openapi(getCommitment, async (c) => {
    const { key, position } = c.req.valid('param');
    const record = await store.commitment(`${key}#${position}`);
    if (!record) throw notFound(`commitment ${key}#${position}`);
    return c.json(presentCommitment(record), 200);
  });

  api.openapi(listRequests, async (c) => {
    const { limit, offset, ...filter } = c.req.valid('query');
    const page = await store.requests(filter, { limit, offset });
    const links = pageLinks(c.req.url, offset, limit, page.total);
    const link = linkHeader(links);
    if (link) c.header('Link', link);
    return c.json({ total: page.total, offset, limit, ...links, items: page.items.map(presentRequest) }, 200);
  });

  api.openapi(getRequest, async (c) => {
    const { key, position } = c.req.valid('param');
    const record = await store.request(`${key}#${position}`);
    if (!record) throw notFound(`request ${key}#${position}`);
    return c.json(presentRequest(record), 200);
  });

  api.openapi(listEntities, async (c) => {
    const { kind, prefix, limit, offset } = c.req.valid('query');
    const page = await store.entities(kind, { limit, offset, ...(prefix ? { prefix } : {}) });
    const links = pageLinks(c.req.url, offset, limit, page.total);
    return c.json({ total: page.total, offset, limit, ...links, items: page.items.map(presentEntity) }, 200);
  });

  api.openapi(getEntity, async (c) => {
    const { kind, name } = c.req.valid('param');
    const entity = await store.entity(kind, name);
    if (!entity) throw notFound(`${kind} ${name}`);
    return c.json(presentEntity(entity), 200);
  });

  api.openapi(getEntityDocuments, async (c) => {
    const { kind, name } = c.req.valid('param');
    const { limit, offset } = c.req.valid('query');
    if (!(await store.entity(kind, name))) throw notFound(`${kind} ${name}`);
    const page = await store.entityDocuments(kind, name, { limit, offset });
    const links = pageLinks(c.req.url, offset, limit, page.total);
    return c.json({ total: page.total, offset, limit, ...links, items: page.items.map(presentSummary) }, 200);
  });
}
