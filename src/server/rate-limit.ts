/**
 * Rate limiting per client address, so that one scraper cannot take the server from
 * everyone else. Two token-bucket policies (`token-buckets.ts`):
 *
 * - `search`: the routes that run a search of the index (`/zoeken`, `/api/v1/search`,
 *   `/feeds/search.atom`, `/feeds/type/…`, `/feeds/topic/…`, `/feeds/sender.atom`), `GRIFFIE_RATE_LIMIT`
 *   a minute (default {@link DEFAULT_SEARCHES_PER_MINUTE}); a client may spend a whole
 *   minute's worth at once;
 * - `read`: every other page, feed and API read, {@link READ_FACTOR} times as many.
 *
 * Only GET and HEAD count, and only those that do work: the limiter runs after the
 * conditional GET, so a 304 to a feed reader costs nothing. Static files, the OpenAPI
 * document and the token-protected upload are not limited. A refused request gets 429
 * with `Retry-After`; every limited response says where the client stands in
 * `RateLimit-Policy` and `RateLimit` (draft-ietf-httpapi-ratelimit-headers).
 *
 * The buckets live in the memory of one process: with `griffie serve --workers N` each
 * worker counts on its own, so a client that reaches several workers gets up to N times
 * the limit. Requests from this machine itself (127.0.0.0/8, ::1: health checks, the
 * load benchmark, a reverse proxy not trusted with `GRIFFIE_TRUST_PROXY`) are not
 * limited unless `limitLoopback` says so.
 *
 * @module
 */
import type { MiddlewareHandler } from 'hono';
import { clientAddress, clientKey, isLoopback } from './client-address.ts';
import { HttpError } from './http-error.ts';
import { DEFAULT_MAX_CLIENTS, TokenBuckets } from './token-buckets.ts';

/** Searches a minute per client by default: more than a person makes, fewer than a scraper. */
export const DEFAULT_SEARCHES_PER_MINUTE = 120;
/** How many more other reads than searches a client may make. */
export const READ_FACTOR = 4;
/** Highest `GRIFFIE_RATE_LIMIT` accepted. */
const MAX_PER_MINUTE = 1_000_000;
/** Most proxy hops `GRIFFIE_TRUST_PROXY` may name. */
const MAX_HOPS = 10;

/** How the server limits its clients. */
export interface RateLimitSettings {
  /** Searches a minute per client; 0 turns rate limiting off. Other reads: `READ_FACTOR` times as many. */
  searchesPerMinute: number;
  /** Reverse proxies in front whose `X-Forwarded-For` is believed (0: none; the socket's address counts). */
  trustProxy: number;
  /** Limit loopback clients too (default false: this machine's own requests are not limited). */
  limitLoopback?: boolean;
  /** Most clients remembered (default 10,000); the least recently seen is forgotten first. */
  maxClients?: number;
  /** The clock, in ms (tests). */
  now?: () => number;
}

/** The routes whose work is a search of the index. */
const SEARCH_ROUTES = [
  /^\/zoeken\/?$/,
  /^\/api\/v1\/search\/?$/,
  /^\/feeds\/(?:search|sender)\.atom$/,
  /^\/feeds\/(?:type|topic)\//,
];

/**
 * The settings from the environment: `GRIFFIE_RATE_LIMIT` (searches a minute per
 * client, 0: off; default 120) and `GRIFFIE_TRUST_PROXY` (unset, `0` or `false`: no
 * proxy; `1` or `true`: one; a number: that many hops).
 *
 * @throws {TypeError} for a value that is neither, with a message for the operator.
 * @example
 * rateLimitFromEnv({ GRIFFIE_RATE_LIMIT: '60', GRIFFIE_TRUST_PROXY: '1' }); // { searchesPerMinute: 60, trustProxy: 1 }
 */
export function rateLimitFromEnv(env: Readonly<Record<string, string | undefined>>): RateLimitSettings {
  const rate = env.GRIFFIE_RATE_LIMIT?.trim() ?? '';
  if (rate !== '' && !(/^\d{1,7}$/.test(rate) && Number(rate) <= MAX_PER_MINUTE))
    throw new TypeError(
      `GRIFFIE_RATE_LIMIT must be a whole number of searches a minute per client (0 turns the limit off), not "${rate}"`,
    );
  return {
    searchesPerMinute: rate === '' ? DEFAULT_SEARCHES_PER_MINUTE : Number(rate),
    trustProxy: proxyHops(env.GRIFFIE_TRUST_PROXY),
  };
}

/** `GRIFFIE_TRUST_PROXY` as a number of hops. */
function proxyHops(raw: string | undefined): number {
  const value = raw?.trim().toLowerCase() ?? '';
  if (['', '0', 'false', 'no'].includes(value)) return 0;
  if (['true', 'yes'].includes(value)) return 1;
  if (/^\d{1,2}$/.test(value) && Number(value) <= MAX_HOPS) return Number(value);
  throw new TypeError(
    `GRIFFIE_TRUST_PROXY must be true, false or the number of reverse proxies in front (at most ${MAX_HOPS}), not "${value}"`,
  );
}

/** The 429 for a client that spent its bucket; a page also says it in Dutch. */
function tooMany(
  search: boolean,
  perMinute: number,
  retryAfter: number,
  headers: Record<string, string>,
  page: boolean,
): HttpError {
  const seconds = `${retryAfter} ${retryAfter === 1 ? 'seconde' : 'seconden'}`;
  const nl =
    `Griffie krijgt van uw adres meer ${search ? 'zoekvragen' : 'verzoeken'} dan het aankan ` +
    `(hooguit ${perMinute} per minuut). Probeer het over ${seconds} opnieuw.`;
  return new HttpError(
    429,
    'Too Many Requests',
    `too many ${search ? 'searches' : 'requests'} from your address: at most ${perMinute} a minute; try again in ${retryAfter} s`,
    { headers: { ...headers, 'Retry-After': String(retryAfter) }, extra: page ? { nl } : {} },
  );
}

/**
 * The rate-limiting middleware, or null when `searchesPerMinute` is 0 (off). Mount it
 * after the conditional GET of the routes it guards; one instance holds the buckets,
 * so mount the same instance everywhere.
 *
 * @example
 * const limit = rateLimiter({ searchesPerMinute: 120, trustProxy: 0 });
 * if (limit) app.use('/api/v1/*', limit);
 */
export function rateLimiter(settings: RateLimitSettings): MiddlewareHandler | null {
  if (settings.searchesPerMinute === 0) return null;
  const policies = [
    { name: 'search', perMinute: settings.searchesPerMinute },
    { name: 'read', perMinute: settings.searchesPerMinute * READ_FACTOR },
  ];
  const buckets = new TokenBuckets(policies, settings.maxClients ?? DEFAULT_MAX_CLIENTS, settings.now);
  // A path no route answers passes the app's and the pages' middleware both: count it once.
  const counted = new WeakSet<Request>();
  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || counted.has(c.req.raw)) return next();
    counted.add(c.req.raw);
    const address = clientAddress(c, settings.trustProxy);
    if (address === null || (!settings.limitLoopback && isLoopback(address))) return next();
    const search = SEARCH_ROUTES.some((route) => route.test(c.req.path));
    const policy = policies[search ? 0 : 1]!;
    const verdict = buckets.take(clientKey(address), search ? 0 : 1);
    const headers = {
      'RateLimit-Policy': `"${policy.name}";q=${policy.perMinute};w=60`,
      RateLimit: `"${policy.name}";r=${verdict.remaining};t=${verdict.resetSeconds}`,
    };
    if (!verdict.allowed) {
      const page = !c.req.path.startsWith('/api/') && !c.req.path.startsWith('/feeds/');
      throw tooMany(search, policy.perMinute, verdict.retryAfterSeconds, headers, page);
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
