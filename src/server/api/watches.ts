/**
 * The watch routes: `GET /watches`, `POST /watches` and `DELETE /watches/{id}`, all
 * behind the bearer token (`auth.ts`): watches are the operator's, with webhook
 * addresses and secrets in them. A secret is shown once, in the answer to the POST
 * that made it, never in a listing. Answers are `Cache-Control: no-store` and never
 * conditional (the app's conditional GET leaves these paths alone, `private-paths.ts`):
 * they depend on more than the papers.
 *
 * @module
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { addWatch, WatchInputError } from '../../pipeline/index.ts';
import { MAX_QUERY_LENGTH } from '../../search/index.ts';
import type { Watch as StoredWatch } from '../../store/index.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { requireToken } from './auth.ts';
import { ERRORS } from './responses.ts';

/** The path of a watch's Atom feed. */
export const watchFeedPath = (token: string): string => `/feeds/watch/${token}.atom`;

const Watch = z
  .object({
    id: z.number().int().openapi({ example: 1 }),
    name: z.string().openapi({ example: 'Integratiebeleid' }),
    query: z.string().openapi({ example: 'dossier:32824' }),
    webhook: z.string().nullable().openapi({ example: 'https://example.org/griffie-hook' }),
    signed: z
      .boolean()
      .openapi({ description: 'Whether deliveries carry X-Griffie-Signature (with a webhook, always).' }),
    feed: z.string().openapi({
      description: 'The Atom feed of what the watch found; its name is unguessable, so share it with care.',
      example: '/feeds/watch/3qJ8iJtQn1d5Wq0l2iCq7n3zJ0Jb6X1c.atom',
    }),
    createdAt: z.string(),
    lastRunAt: z.string().nullable(),
    lastError: z.string().nullable(),
    found: z.number().int().openapi({ description: 'Papers found in all.' }),
    pending: z.number().int().openapi({ description: 'Found papers still to be delivered (or retried).' }),
    failed: z.number().int().openapi({ description: 'Found papers whose delivery was given up.' }),
    lastFoundAt: z.string().nullable(),
  })
  .openapi('Watch', { description: 'A saved search or followed dossier. Its secret is never listed.' });

const WatchList = z.object({ total: z.number().int(), items: z.array(Watch) }).openapi('WatchList');

const NewWatch = z
  .object({
    query: z.string().min(1).max(MAX_QUERY_LENGTH).openapi({
      description: 'The query (the search language); dossier:N follows a dossier.',
      example: 'dossier:32824',
    }),
    name: z.string().max(200).optional().openapi({ description: 'What to call it (default: the query).' }),
    webhook: z
      .string()
      .max(2000)
      .optional()
      .openapi({ description: 'Where each run POSTs the new papers, as signed JSON (http or https).' }),
    secret: z
      .string()
      .min(16)
      .max(200)
      .optional()
      .openapi({ description: 'The HMAC-SHA256 key of the signatures (default: a new one, in the answer only).' }),
  })
  .openapi('NewWatch');

const Created = z
  .object({
    watch: Watch,
    secret: z.string().optional().openapi({ description: 'The secret Griffie made: shown this once.' }),
  })
  .openapi('CreatedWatch');

const WatchParam = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(999_999_999)
    .openapi({ param: { name: 'id', in: 'path' }, example: 1, description: 'The watch id.' }),
});

const TOKEN_ERRORS = {
  401: { ...ERRORS[400], description: 'No or a wrong bearer token.' },
  403: { ...ERRORS[400], description: 'Writing is disabled on this server (no GRIFFIE_API_TOKEN).' },
};

const listWatches = createRoute({
  method: 'get',
  path: '/watches',
  tags: ['watches'],
  summary: 'The watches',
  description: 'Every watch with its feed, webhook, last run and deliveries. Needs the bearer token.',
  security: [{ bearer: [] }],
  responses: {
    200: { description: 'The watches, by id.', content: { 'application/json': { schema: WatchList } } },
    ...TOKEN_ERRORS,
    500: ERRORS[500],
  },
});

const postWatch = createRoute({
  method: 'post',
  path: '/watches',
  tags: ['watches'],
  summary: 'Add a watch',
  description:
    'Papers stored from now on that match the query are added to the watch’s Atom feed and POSTed to its ' +
    'webhook by `griffie watch run` or the timer of `griffie serve`. Needs the bearer token.',
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: NewWatch } } } },
  responses: {
    201: { description: 'Added.', content: { 'application/json': { schema: Created } } },
    400: ERRORS[400],
    ...TOKEN_ERRORS,
    500: ERRORS[500],
  },
});

const deleteWatch = createRoute({
  method: 'delete',
  path: '/watches/{id}',
  tags: ['watches'],
  summary: 'Remove a watch',
  description: 'With its feed and its pending deliveries. Needs the bearer token.',
  security: [{ bearer: [] }],
  request: { params: WatchParam },
  responses: {
    204: { description: 'Removed.' },
    ...TOKEN_ERRORS,
    404: { ...ERRORS[404], description: 'There is no such watch.' },
    500: ERRORS[500],
  },
});

/** A stored watch as the API shows it. */
function present(watch: StoredWatch): z.infer<typeof Watch> {
  return {
    id: watch.id,
    name: watch.name,
    query: watch.query,
    webhook: watch.webhook,
    signed: watch.signed,
    feed: watchFeedPath(watch.feedToken),
    createdAt: watch.createdAt,
    lastRunAt: watch.lastRunAt,
    lastError: watch.lastError,
    found: watch.found,
    pending: watch.pending,
    failed: watch.failed,
    lastFoundAt: watch.lastFoundAt,
  };
}

const NO_STORE = { 'Cache-Control': 'no-store' };

/** Register the watch routes (every method behind the token). */
export function registerWatchRoutes(api: OpenAPIHono, deps: ServerDeps): void {
  const { store } = deps;
  const guard = requireToken(deps.token);
  api.use('/watches', guard);
  api.use('/watches/*', guard);

  api.openapi(listWatches, async (c) => {
    const items = (await store.watches.list()).map(present);
    return c.json({ total: items.length, items }, 200, NO_STORE);
  });

  api.openapi(postWatch, async (c) => {
    const body = c.req.valid('json');
    try {
      const { watch, secret, madeSecret } = await addWatch(store, body);
      return c.json({ watch: present(watch), ...(madeSecret && secret !== null ? { secret } : {}) }, 201, NO_STORE);
    } catch (error) {
      if (error instanceof WatchInputError)
        throw new HttpError(400, 'Invalid watch', error.message, { extra: { field: error.field }, cause: error });
      throw error;
    }
  });

  api.openapi(deleteWatch, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await store.watches.remove(id))) throw new HttpError(404, 'Not Found', `no watch ${id}`);
    return c.body(null, 204, NO_STORE);
  });
}
