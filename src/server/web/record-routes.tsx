/**
 * The pages of the linked record: commitments, requests, persons, organisations,
 * places and ministries.
 *
 * @module
 */
import type { Hono } from 'hono';
import type { RequestKind } from '../../model/index.ts';
import { type CommitmentStatus, type EntityKind, MAX_DEPTH, type RequestStatus } from '../../store/index.ts';
import { searchArchive } from '../api/search.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { commitmentsFeedPath } from '../links.ts';
import { COMMITMENT_PAGE, type CommitmentParams, CommitmentsPage, CommitmentView } from './commitments-page.tsx';
import { ENTITY_PAGE, EntitiesPage, EntityPage, MinistryPage } from './entity-page.tsx';
import { ENTITY_KIND, REQUEST_KIND } from './record-labels.ts';
import { offsetParam, page } from './render.tsx';
import { REQUEST_PAGE, RequestPage, type RequestParams, RequestsPage } from './requests-page.tsx';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DOSSIER = /^\d{1,6}(?:-[0-9A-Za-z]{1,12})*$/;

/** A query parameter kept only when it is one of `allowed` (else the filter is off). */
function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/** A query parameter kept only when it matches `pattern`. */
function matching(value: string | undefined, pattern: RegExp): string | undefined {
  return value && pattern.test(value) ? value : undefined;
}

function notFound(nl: string): HttpError {
  return new HttpError(404, 'Not Found', undefined, { extra: { nl } });
}

const ENTITY_ROUTES: [string, EntityKind][] = [
  ['persoon', 'person'],
  ['organisatie', 'organisation'],
  ['plaats', 'place'],
];
const LIST_ROUTES: [string, EntityKind][] = [
  ['personen', 'person'],
  ['organisaties', 'organisation'],
  ['plaatsen', 'place'],
];

/** Register the record pages on the web app. */
export function registerRecordPages(web: Hono, deps: ServerDeps): void {
  const { store } = deps;

  web.get('/toezeggingen', async (c) => {
    const params: CommitmentParams = {
      status: oneOf<CommitmentStatus>(c.req.query('status'), ['open', 'fulfilled', 'overdue']),
      portfolio: c.req.query('portfolio')?.trim().slice(0, 200) || undefined,
      dossier: matching(c.req.query('dossier')?.trim(), DOSSIER),
      from: matching(c.req.query('from'), DATE),
      to: matching(c.req.query('to'), DATE),
    };
    const offset = Math.floor(offsetParam(c.req.query('offset'), MAX_DEPTH) / COMMITMENT_PAGE) * COMMITMENT_PAGE;
    const filter = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
    const result = await store.commitments(filter, { limit: COMMITMENT_PAGE, offset });
    return page(
      c,
      deps,
      {
        title: 'Toezeggingen',
        feeds: [
          { title: 'Griffie: nieuwe toezeggingen', href: commitmentsFeedPath({ portfolio: params.portfolio }) },
          {
            title: 'Griffie: toezeggingen over de termijn',
            href: commitmentsFeedPath({ portfolio: params.portfolio, status: 'overdue' }),
          },
        ],
      },
      <CommitmentsPage page={result} params={params} offset={offset} />,
    );
  });

  web.get('/toezegging/:key/:position', async (c) => {
    const id = `${c.req.param('key')}#${c.req.param('position')}`;
    const record = /^\d{1,6}$/.test(c.req.param('position')) ? await store.commitment(id) : null;
    if (!record) throw notFound('Deze toezegging staat niet in het archief.');
    const doc = await store.get(record.paper.id);
    return page(c, deps, { title: 'Toezegging' }, <CommitmentView record={record} blocks={doc?.blocks ?? []} />);
  });

  web.get('/verzoeken', async (c) => {
    const params: RequestParams = {
      kind: oneOf<RequestKind>(c.req.query('kind'), Object.keys(REQUEST_KIND) as RequestKind[]),
      status: oneOf<RequestStatus>(c.req.query('status'), ['answered', 'open']),
      dossier: matching(c.req.query('dossier')?.trim(), DOSSIER),
    };
    const offset = Math.floor(offsetParam(c.req.query('offset'), MAX_DEPTH) / REQUEST_PAGE) * REQUEST_PAGE;
    const filter = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
    const result = await store.requests(filter, { limit: REQUEST_PAGE, offset });
    return page(c, deps, { title: 'Verzoeken' }, <RequestsPage page={result} params={params} offset={offset} />);
  });

  web.get('/verzoek/:key/:position', async (c) => {
    const id = `${c.req.param('key')}#${c.req.param('position')}`;
    const record = /^\d{1,6}$/.test(c.req.param('position')) ? await store.request(id) : null;
    if (!record) throw notFound('Dit verzoek staat niet in het archief.');
    return page(c, deps, { title: 'Verzoek' }, <RequestPage record={record} />);
  });

  for (const [path, kind] of LIST_ROUTES) {
    web.get(`/${path}`, async (c) => {
      const prefix = (c.req.query('naam') ?? '').trim().slice(0, 100);
      const offset = Math.floor(offsetParam(c.req.query('offset'), MAX_DEPTH) / ENTITY_PAGE) * ENTITY_PAGE;
      const result = await store.entities(kind, { limit: ENTITY_PAGE, offset, ...(prefix ? { prefix } : {}) });
      return page(
        c,
        deps,
        { title: ENTITY_KIND[kind].many },
        <EntitiesPage kind={kind} page={result} prefix={prefix} offset={offset} />,
      );
    });
  }

  for (const [path, kind] of ENTITY_ROUTES) {
    web.get(`/${path}/:name`, async (c) => {
      const name = c.req.param('name');
      const entity = await store.entity(kind, name);
      if (!entity) throw notFound(`Geen stuk in het archief noemt ${name}.`);
      const offset = Math.floor(offsetParam(c.req.query('offset'), entity.documents) / ENTITY_PAGE) * ENTITY_PAGE;
      const papers = await store.entityDocuments(kind, name, { limit: ENTITY_PAGE, offset });
      return page(c, deps, { title: name }, <EntityPage entity={entity} papers={papers} offset={offset} />);
    });
  }

  web.get('/ministerie/:name', async (c) => {
    const name = c.req.param('name').trim();
    if (name === '' || name.length > 200 || /["“”„]/.test(name)) throw notFound('Dit ministerie kent Griffie niet.');
    const [papers, commitments] = await Promise.all([
      searchArchive(deps, `portfolio:"${name}"`, 10, 0, 'date'),
      store.commitments({ portfolio: name }, { limit: 10 }),
    ]);
    if (papers.total === 0 && commitments.total === 0) throw notFound(`Geen stuk in het archief komt van ${name}.`);
    return page(
      c,
      deps,
      {
        title: name,
        feeds: [{ title: `Griffie: toezeggingen van ${name}`, href: commitmentsFeedPath({ portfolio: name }) }],
      },
      <MinistryPage
        name={name}
        papers={papers.hits.map((h) => ({
          id: h.id,
          title: h.title,
          type: h.type,
          date: h.date,
          number: null,
          dossiers: h.dossiers,
          citation: h.citation,
          sender: null,
          withdrawn: false,
        }))}
        total={papers.total}
        commitments={commitments}
      />,
    );
  });
}
