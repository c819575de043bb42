/**
 * Conditional GET for everything read from the archive. A response depends only on
 * the URL, the archive's content and Griffie's version, so the ETag is a hash of those
 * three and can be checked *before* any work is done: a feed reader polling an
 * unchanged feed costs one indexed lookup and gets a 304.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { ServerDeps } from './deps.ts';

/** How long clients and caches may reuse a response before they must revalidate. */
export interface CachePolicy {
  /** Seconds; 0 means "revalidate every time" (cheap: see above). */
  maxAge: number;
}

/** Whether an `If-None-Match` header value matches `etag` (weak comparison, RFC 9110 §13.1.2). */
export function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** An ISO time as an HTTP date, whole seconds (as HTTP dates are). */
function httpDate(iso: string): string | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(Math.floor(time / 1000) * 1000).toUTCString();
}

/**
 * Answer GET and HEAD with `ETag`, `Last-Modified` and `Cache-Control`, and with 304
 * when the client's copy is current. Only 200 responses are marked cacheable.
 */
export function conditionalGet(deps: ServerDeps, policy: CachePolicy): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const freshness = await deps.store.freshness();
    const url = new URL(c.req.url);
    const etag = `W/"${createHash('sha256')
      .update(`${deps.version}\n${freshness.version}\n${url.pathname}${url.search}`)
      .digest('base64url')
      .slice(0, 27)}"`;
    const lastModified = freshness.updatedAt ? httpDate(freshness.updatedAt) : null;
    const cacheControl = policy.maxAge > 0 ? `public, max-age=${policy.maxAge}` : 'public, no-cache';
    const validators: Record<string, string> = { ETag: etag, 'Cache-Control': cacheControl };
    if (lastModified) validators['Last-Modified'] = lastModified;

    const ifNoneMatch = c.req.header('If-None-Match');
    const ifModifiedSince = c.req.header('If-Modified-Since');
    const unchanged =
      ifNoneMatch !== undefined
        ? etagMatches(ifNoneMatch, etag)
        : ifModifiedSince !== undefined &&
          lastModified !== null &&
          Date.parse(lastModified) <= Date.parse(ifModifiedSince);
    if (unchanged) return c.body(null, 304, validators);

    await next();
    if (c.res.status === 200) for (const [name, value] of Object.entries(validators)) c.res.headers.set(name, value);
    else c.res.headers.set('Cache-Control', 'no-store');
  };
}
