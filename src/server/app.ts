/**
 * The Griffie web application: the Dutch reading and search pages, the REST API under
 * `/api/v1` (OpenAPI at `/api/openapi.json`), and the Atom feeds under `/feeds`, in one
 * Hono app with one error handler.
 *
 * Security for everything: a strict Content-Security-Policy (no inline script or
 * style, nothing from another origin), no framing, no sniffing, small request bodies
 * (except an authorised upload), GET-only CORS for the API and feeds, rate limiting per
 * client address (`rate-limit.ts`), and no stack trace ever sent to a client.
 * `docs/SECURITY.md` has the threat model. Every request gets a request id and one log
 * line (`logging.ts`); `/healthz` says whether the archive answers (`health.ts`).
 *
 * @module
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { createApi, openApiDocument } from './api/index.ts';
import { conditionalGet } from './caching.ts';
import type { ServerDeps } from './deps.ts';
import { createFeeds } from './feeds/index.ts';
import { healthOf, maxSyncAgeFromEnv } from './health.ts';
import { HttpError, problemResponse } from './http-error.ts';
import { errorLogger, requestIdOf, requestLogger } from './logging.ts';
import { exceptPrivate } from './private-paths.ts';
import { rateLimiter, rateLimitFromEnv } from './rate-limit.ts';
import type { OpenApiLike } from './web/api-page.tsx';
import { createWeb, errorPage } from './web/index.tsx';

/** Largest body of any request but an upload. */
const MAX_BODY = 64 * 1024;

/** Paths answered as data (problem+json errors), not as pages. */
const isDataPath = (path: string) => path.startsWith('/api/') || path.startsWith('/feeds/');

/**
 * Build the app over an open archive.
 *
 * @throws {TypeError} when the rate limit is taken from an environment that sets it wrong.
 */
export function createApp(deps: ServerDeps): Hono {
  const app = new Hono();
  const limit = rateLimiter(deps.rateLimit ?? rateLimitFromEnv(process.env));
  const api = createApi(deps);
  const openApi = openApiDocument(api, deps.version);
  const logger = deps.logger ?? errorLogger();
  const maxSyncAgeSeconds = deps.maxSyncAgeSeconds ?? maxSyncAgeFromEnv(process.env);

  app.use(requestLogger(logger));
  app.get('/healthz', async (c) => {
    const health = await healthOf(deps.store, { version: deps.version, maxSyncAgeSeconds });
    c.header('Cache-Control', 'no-store');
    return c.json(health, health.status === 'ok' ? 200 : 503);
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
      crossOriginEmbedderPolicy: false,
      referrerPolicy: 'strict-origin-when-cross-origin',
    }),
  );
  app.use(async (c, next) => {
    // Only an authorised upload may be large; the route applies its own limit.
    if (c.req.method === 'POST' && c.req.path === '/api/v1/documents') return next();
    return bodyLimit({
      maxSize: MAX_BODY,
      onError: () => {
        throw new HttpError(413, 'Content Too Large', `a request body may be at most ${MAX_BODY / 1024} kB`);
      },
    })(c, next);
  });
  app.use('/api/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag', 'Link'] }));
  app.use('/feeds/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] }));
  app.use(compress());

  app.use('/api/v1/*', exceptPrivate(conditionalGet(deps, { maxAge: 0 })));
  app.use('/feeds/*', exceptPrivate(conditionalGet(deps, { maxAge: 300 })));
  // After the conditional GET: a 304 costs a client nothing.
  if (limit) {
    app.use('/api/v1/*', limit);
    app.use('/feeds/*', limit);
  }
  app.get('/api/openapi.json', (c) => c.json(openApi));
  app.route('/api/v1', api);
  app.route('/feeds', createFeeds(deps));
  // The API page reads only titles, paths, parameters and responses of the document.
  app.route('/', createWeb(deps, openApi as unknown as OpenApiLike, limit));

  app.notFound((c) => {
    const error = new HttpError(404, 'Not Found', `nothing here: ${c.req.path}`);
    return isDataPath(c.req.path) ? problemResponse(error, c.req.path) : errorPage(c, deps, error);
  });

  app.onError((thrown, c) => {
    const error =
      thrown instanceof HttpError
        ? thrown
        : thrown instanceof HTTPException && thrown.status < 500
          ? new HttpError(thrown.status, thrown.message || 'Bad Request')
          : new HttpError(500, 'Internal Server Error', 'the server could not answer this request');
    if (error.status >= 500) {
      logger.error({ reqId: requestIdOf(c), method: c.req.method, path: c.req.path, err: thrown }, 'request failed');
    }
    return isDataPath(c.req.path) ? problemResponse(error, c.req.path) : errorPage(c, deps, error);
  });
  return app;
}
