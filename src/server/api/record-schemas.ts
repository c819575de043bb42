/**
 * The schemas of the linked record in the API: commitments (toezeggingen), requests
 * and named entities, with their filters.
 *
 * @module
 */
import { z } from '@hono/zod-openapi';
import { DocumentSummary, PageQuery } from './schemas.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .openapi({ example: '2016-01-01', description: 'An ISO date (yyyy-mm-dd).' });

const DossierKey = z
  .string()
  .regex(/^\d{1,6}(?:-[0-9A-Za-z]{1,12})*$/)
  .openapi({ example: '32824' });

export const CommitmentQuery = PageQuery.extend({
  status: z.enum(['open', 'fulfilled', 'overdue']).optional(),
  portfolio: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: "The promising paper's ministry, exactly.", example: 'Sociale Zaken en Werkgelegenheid' }),
  dossier: DossierKey.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const RequestQuery = PageQuery.extend({
  kind: z.enum(['committee', 'motion', 'question', 'commitment', 'other']).optional(),
  status: z.enum(['answered', 'open']).optional(),
  dossier: DossierKey.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const EntityQuery = PageQuery.extend({
  kind: z.enum(['person', 'organisation', 'place']).default('person'),
  prefix: z.string().max(100).optional().openapi({ description: 'Names starting so (any case, any accents).' }),
});

/** A record id in a path: the paper key and the item's position. */
export const RecordParam = z.object({
  key: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'key', in: 'path' }, example: 'kst-32824-93', description: "The paper's id or key." }),
  position: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .openapi({ param: { name: 'position', in: 'path' }, example: 0, description: 'Its place in the paper.' }),
});

export const EntityParam = z.object({
  kind: z.enum(['person', 'organisation', 'place']).openapi({ param: { name: 'kind', in: 'path' } }),
  name: z
    .string()
    .min(1)
    .max(300)
    .openapi({ param: { name: 'name', in: 'path' }, example: 'L.F. Asscher' }),
});

const Links = {
  href: z.string().openapi({ description: 'This item in the API.' }),
  page: z.string().openapi({ description: 'Its page.' }),
};

export const Commitment = z
  .object({
    id: z.string().openapi({ example: 'kst-32824-93#0' }),
    text: z.string(),
    by: z.string().nullable().openapi({ example: 'Minister van Sociale Zaken en Werkgelegenheid' }),
    due: z
      .string()
      .nullable()
      .openapi({ example: '2016-Q3', description: 'Normalised where the text allows, else verbatim.' }),
    deadline: z.string().nullable().openapi({ example: '2016-09-30', description: 'The last day to keep it on time.' }),
    status: z.enum(['open', 'fulfilled', 'overdue']),
    paper: DocumentSummary,
    fulfilledBy: z.array(DocumentSummary),
    ...Links,
  })
  .openapi('Commitment');

/** A page of `items` (offset paging with `next`/`prev` links), named `name` in the OpenAPI document. */
function pageOf<T extends z.ZodType>(items: T, name: string) {
  return z
    .object({
      total: z.number().int(),
      offset: z.number().int(),
      limit: z.number().int(),
      next: z.string().nullable(),
      prev: z.string().nullable(),
      items: z.array(items),
    })
    .openapi(name);
}

const Count = z.object({ value: z.string(), count: z.number().int() });

export const CommitmentList = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    next: z.string().nullable(),
    prev: z.string().nullable(),
    items: z.array(Commitment),
    portfolios: z.array(Count).openapi({ description: 'Matches per ministry (the portfolio filter aside).' }),
    statuses: z.array(Count).openapi({ description: 'Matches per status (the status filter aside).' }),
  })
  .openapi('CommitmentList');

export const RequestItem = z
  .object({
    id: z.string(),
    kind: z.enum(['committee', 'motion', 'question', 'commitment', 'other']),
    date: z.string().nullable(),
    by: z.string().nullable(),
    asks: z.string(),
    reference: z.string().nullable(),
    status: z.enum(['answered', 'open']),
    paper: DocumentSummary,
    answeredBy: z.array(DocumentSummary),
    ...Links,
  })
  .openapi('Request');

export const RequestList = pageOf(RequestItem, 'RequestList');

export const Entity = z
  .object({
    kind: z.enum(['person', 'organisation', 'place']),
    name: z.string(),
    role: z.string().nullable(),
    documents: z.number().int(),
    ...Links,
  })
  .openapi('Entity');

export const EntityList = pageOf(Entity, 'EntityList');
