/**
 * `/feeds/watch/{token}.atom`: the Atom feed of one watch, the papers its runs found,
 * the newest found first, each entry dated when it was found. The token is the
 * watch's unguessable feed name (its query may be private); an unknown one is a 404.
 *
 * The feed answers conditional GETs itself, as the other feeds do, but with an ETag
 * that also covers what the watch found: a run adds entries without changing the
 * archive's papers, so the app's archive-wide ETag would keep a stale copy current
 * (`private-paths.ts` keeps that middleware off this path). It is `private`: shared
 * caches do not keep it.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import { etagMatches } from '../caching.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { searchPath } from '../links.ts';
import { ATOM_TYPE, type FeedPaper, renderAtom } from './atom.ts';
import { atomName, parseLimit, withLimit } from './params.ts';

/** An ISO time as an HTTP date (whole seconds), or null. */
function httpDate(iso: string | null): string | null {
  const time = iso === null ? Number.NaN : Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(Math.floor(time / 1000) * 1000).toUTCString();
}

/** The later of two ISO times (either may be missing). */
const later = (a: string | null, b: string | null) => (a === null ? b : b === null || a > b ? a : b);

/** Register the watch feed on the feeds app. */
export function registerWatchFeed(feeds: Hono, deps: ServerDeps): void {
  const { store } = deps;
  feeds.get('/watch/:file', async (c) => {
    const notFound = new HttpError(404, 'Not Found', `nothing here: ${c.req.path}`);
    const token = atomName(c.req.param('file'), c.req.path);
    const limit = parseLimit(c.req.query('limit'));
    const watch = await store.watches.byFeedToken(token);
    if (watch === null) throw notFound;
    const freshness = await store.freshness();
    const url = new URL(c.req.url);
    const state = [deps.version, freshness.version, watch.id, watch.name, watch.found, watch.lastFoundAt];
    const etag = `W/"${createHash('sha256')
      .update(`${state.join('\n')}\n${url.pathname}${url.search}`)
      .digest('base64url')
      .slice(0, 27)}"`;
    const lastModified = httpDate(later(watch.lastFoundAt ?? watch.createdAt, freshness.updatedAt));
    const headers: Record<string, string> = {
      ETag: etag,
      'Cache-Control': 'private, max-age=300',
      'X-Robots-Tag': 'noindex',
    };
    if (lastModified !== null) headers['Last-Modified'] = lastModified;
    const ifNoneMatch = c.req.header('If-None-Match');
    const ifModifiedSince = c.req.header('If-Modified-Since');
    const unchanged =
      ifNoneMatch !== undefined
        ? etagMatches(ifNoneMatch, etag)
        : ifModifiedSince !== undefined &&
          lastModified !== null &&
          Date.parse(lastModified) <= Date.parse(ifModifiedSince);
    if (unchanged) return c.body(null, 304, headers);

    const found = await store.watches.feed(watch.id, limit);
    const docs = await Promise.all(found.map((f) => store.get(f.key)));
    const papers: FeedPaper[] = found.flatMap((f, i) => {
      const doc = docs[i];
      return doc ? [{ key: f.key, doc, date: new Date(f.foundAt) }] : [];
    });
    const path = `/feeds/watch/${token}.atom`;
    const head = {
      title: `Griffie — volgen: ${watch.name}`,
      path,
      self: withLimit(path, c.req.query('limit')),
      alternate: searchPath(watch.query),
    };
    const xml = renderAtom(url.origin, head, papers, watch.createdAt);
    return c.body(xml, 200, { ...headers, 'Content-Type': ATOM_TYPE });
  });
}
