/**
 * `/feeds/toezeggingen.atom?portfolio=…&status=overdue`: new commitments (newest
 * promising paper first), or the overdue ones, of one ministry or of all. Each entry is
 * one promise: its sentence, who made it, its term, and a link to its page.
 *
 * @module
 */
import type { Context, Hono } from 'hono';
import type { CommitmentFilter, CommitmentRecord } from '../../store/index.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { commitmentPath, commitmentsFeedPath, commitmentsPath } from '../links.ts';
import { dutchDate } from '../web/format.ts';
import { dueLabel } from '../web/record-labels.ts';
import { cutAtWord, type FeedEntry, htmlText, paperDate, plainText, renderEntries, TAG } from './atom.ts';
import { ATOM_TYPE } from './index.ts';
import { parseLimit, withLimit } from './params.ts';

/** The entry of a commitment. */
function entryOf(origin: string, record: CommitmentRecord, date: Date): FeedEntry {
  const due = dueLabel(record.due, dutchDate);
  const facts = [
    record.by,
    due ? `termijn: ${due}` : null,
    record.paper.citation ?? record.paper.title,
    dutchDate(record.paper.date),
  ].filter((f): f is string => Boolean(f));
  return {
    date,
    item: {
      title: htmlText(cutAtWord(record.text.replace(/\s+/g, ' '), 140)),
      id: TAG + `toezegging/${encodeURIComponent(record.id)}`.replaceAll('%3A', ':'),
      link: origin + commitmentPath(record.id),
      date,
      published: date,
      description: htmlText(record.text),
      content: `<p>${htmlText(record.text)}</p><p>${facts.map(htmlText).join(' · ')}</p>`,
      ...(record.by ? { author: [{ name: plainText(record.by) }] } : {}),
    },
  };
}

async function commitmentsFeed(c: Context, deps: ServerDeps): Promise<Response> {
  const limit = parseLimit(c.req.query('limit'));
  const portfolio = c.req.query('portfolio')?.trim() || undefined;
  if (portfolio !== undefined && portfolio.length > 200)
    throw new HttpError(400, 'Bad Request', 'portfolio is too long');
  const status = c.req.query('status');
  if (status !== undefined && status !== 'overdue' && status !== 'open')
    throw new HttpError(400, 'Bad Request', 'status must be overdue or open (or absent: all new commitments)');
  const filter: CommitmentFilter = { ...(portfolio ? { portfolio } : {}), ...(status ? { status } : {}) };
  const page = await deps.store.commitments(filter, { limit });
  const entries = page.items.flatMap((record) => {
    // An overdue promise is news on its deadline; a new one on its paper's date.
    const date = paperDate(status === 'overdue' ? record.deadline : record.paper.date);
    return date === null ? [] : [entryOf(new URL(c.req.url).origin, record, date)];
  });
  const path = commitmentsFeedPath(filter);
  const title = `Griffie — ${status === 'overdue' ? 'toezeggingen over de termijn' : status === 'open' ? 'open toezeggingen' : 'nieuwe toezeggingen'}${portfolio ? `: ${portfolio}` : ''}`;
  const head = {
    title,
    path,
    self: withLimit(path, c.req.query('limit')),
    alternate: commitmentsPath({ portfolio, status }),
  };
  const empty = entries.length === 0 ? (await deps.store.freshness()).updatedAt : null;
  const xml = renderEntries(new URL(c.req.url).origin, head, entries, empty);
  return c.body(xml, 200, { 'Content-Type': ATOM_TYPE });
}

/** Register the commitments feed on the feeds app. */
export function registerCommitmentFeeds(feeds: Hono, deps: ServerDeps): void {
  feeds.get('/toezeggingen.atom', (c) => commitmentsFeed(c, deps));
}
