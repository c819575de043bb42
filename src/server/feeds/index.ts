/**
 * The Atom feeds, mounted at `/feeds` (conditional GET and CORS come from the app):
 *
 * - `/feeds/search.atom?q=…`: the newest papers matching a search;
 * - `/feeds/dossier/{key}.atom`: a dossier's newest papers (404 when it has none);
 * - `/feeds/type/{type}.atom`: the newest papers of a paper type (404 for an unknown one);
 * - `/feeds/topic/{topic}.atom`: the newest papers about a topic (`topic:` in a search),
 *   across dossiers;
 * - `/feeds/sender.atom?portfolio=…&role=…`: the newest papers of a sender;
 * - `/feeds/toezeggingen.atom?portfolio=…&status=overdue`: new or overdue commitments;
 * - `/feeds/vragen/beantwoord.atom`, `/feeds/vragen/over-de-termijn.atom` (`?ministry=…`):
 *   written questions newly answered, or newly overdue (`questions.ts`);
 * - `/feeds/watch/{token}.atom`: what a watch found (`watch.ts`, its own conditional GET).
 *
 * Each holds at most 50 dated papers (`?limit=` 1–100), newest first; see `atom.ts` for
 * ids, links and escaping. Bad parameters and queries are 400s (`HttpError`).
 *
 * @module
 */
import { type Context, Hono } from 'hono';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { dossierFeedPath, dossierPath, searchFeedPath, searchPath, topicFeedPath, typeFeedPath } from '../links.ts';
import { dossierLabel, typeLabel } from '../web/format.ts';
import { ATOM_TYPE, type FeedHead, type FeedPaper, renderAtom } from './atom.ts';
import { registerCommitmentFeeds } from './commitments.ts';
import { dossierPapers, searchPapers } from './papers.ts';
import {
  atomName,
  dossierKeyParam,
  paperTypeParam,
  parseLimit,
  senderFeedPath,
  senderFilter,
  topicParam,
  withLimit,
} from './params.ts';
import { registerQuestionFeeds } from './questions.ts';
import { registerWatchFeed } from './watch.ts';

export { ATOM_TYPE } from './atom.ts';

/** A feed's head, its self link carrying the request's `?limit=`. */
function headOf(c: Context, title: string, path: string, alternate: string): FeedHead {
  return { title, path, self: withLimit(path, c.req.query('limit')), alternate };
}

/** The Atom response of a feed. */
async function atomResponse(c: Context, deps: ServerDeps, head: FeedHead, papers: FeedPaper[]): Promise<Response> {
  const emptyUpdated = papers.length === 0 ? (await deps.store.freshness()).updatedAt : null;
  const xml = renderAtom(new URL(c.req.url).origin, head, papers, emptyUpdated);
  return c.body(xml, 200, { 'Content-Type': ATOM_TYPE });
}

/** The feeds app, to mount at `/feeds`. */
export function createFeeds(deps: ServerDeps): Hono {
  const feeds = new Hono();

  feeds.get('/search.atom', async (c) => {
    const limit = parseLimit(c.req.query('limit'));
    const q = c.req.query('q')?.trim() ?? '';
    if (q === '') throw new HttpError(400, 'Bad Request', 'give a search query: ?q=…');
    const head = headOf(c, `Griffie — zoeken: ${q}`, searchFeedPath(q), searchPath(q));
    return atomResponse(c, deps, head, await searchPapers(deps, q, limit));
  });

  feeds.get('/dossier/:file', async (c) => {
    const limit = parseLimit(c.req.query('limit'));
    const key = dossierKeyParam(atomName(c.req.param('file'), c.req.path));
    const info = await deps.store.dossier(key);
    if (info === null || info.documents === 0)
      throw new HttpError(404, 'Not Found', `no paper in the archive is listed in dossier ${key}`);
    const title = `Griffie — dossier ${dossierLabel(info)}${info.title ? `: ${info.title}` : ''}`;
    const head = headOf(c, title, dossierFeedPath(info.key), dossierPath(info.key));
    return atomResponse(c, deps, head, await dossierPapers(deps.store, info.key, info.documents, limit));
  });

  feeds.get('/type/:file', async (c) => {
    const limit = parseLimit(c.req.query('limit'));
    const type = paperTypeParam(atomName(c.req.param('file'), c.req.path));
    const query = `type:${type}`;
    const head = headOf(c, `Griffie — soort: ${typeLabel(type)}`, typeFeedPath(type), searchPath(query));
    return atomResponse(c, deps, head, await searchPapers(deps, query, limit));
  });

  feeds.get('/topic/:file', async (c) => {
    const limit = parseLimit(c.req.query('limit'));
    const { topic, query } = topicParam(atomName(c.req.param('file'), c.req.path));
    const head = headOf(c, `Griffie — onderwerp: ${topic}`, topicFeedPath(topic), searchPath(query));
    return atomResponse(c, deps, head, await searchPapers(deps, query, limit));
  });

  feeds.get('/sender.atom', async (c) => {
    const limit = parseLimit(c.req.query('limit'));
    const filter = senderFilter(c.req.query('portfolio'), c.req.query('role'));
    const head = headOf(c, `Griffie — afzender: ${filter.label}`, senderFeedPath(filter), searchPath(filter.query));
    return atomResponse(c, deps, head, await searchPapers(deps, filter.query, limit));
  });

  registerCommitmentFeeds(feeds, deps);
  registerQuestionFeeds(feeds, deps);
  registerWatchFeed(feeds, deps);
  return feeds;
}
