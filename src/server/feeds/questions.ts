/**
 * `/feeds/vragen/beantwoord.atom?ministry=…`: written questions newly answered (latest
 * answer first), and `/feeds/vragen/over-de-termijn.atom?ministry=…`: questions newly
 * overdue (the day after their term of 21 days, the most recent first), of one ministry
 * or of all. Each entry is one set of questions: who asked whom, when, and what became
 * of it, with a link to its page; its id says which news it is, so a question that is
 * first overdue and then answered is two entries.
 *
 * @module
 */
import type { Context, Hono } from 'hono';
import type { QuestionNews } from '../../store/index.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { questionPath, questionsFeedPath, questionsPath } from '../question-links.ts';
import { dutchDate, plural } from '../web/format.ts';
import { cutAtWord, type FeedEntry, htmlText, paperDate, plainText, renderEntries, TAG } from './atom.ts';
import { ATOM_TYPE } from './index.ts';
import { parseLimit, withLimit } from './params.ts';

type NewsKind = 'answered' | 'overdue';

/** The entry of a question that became news. */
function entryOf(origin: string, kind: NewsKind, news: QuestionNews, date: Date): FeedEntry {
  const { record } = news;
  const askers = record.askers.map((a) => (a.party ? `${a.name} (${a.party})` : a.name)).join(', ');
  const facts = [
    askers || null,
    record.ministry ? `aan ${record.ministry}` : null,
    record.asked ? `gesteld op ${dutchDate(record.asked)}` : null,
    kind === 'answered'
      ? `beantwoord op ${dutchDate(record.answered)}${record.days === null ? '' : `, na ${plural(record.days, 'dag', 'dagen')}`}`
      : `termijn verstreken op ${dutchDate(record.deadline)}`,
    record.delayNoticed ? `uitstel gemeld op ${dutchDate(record.delayNoticed)}` : null,
  ].filter((f): f is string => f !== null);
  const title = cutAtWord((record.title || `Vragen ${record.zaak}`).replace(/\s+/g, ' '), 140);
  const answer = record.answers[0];
  return {
    date,
    item: {
      title: htmlText(`${kind === 'answered' ? 'Beantwoord' : 'Over de termijn'}: ${title}`),
      id: `${TAG}vragen/${record.zaak}/${kind === 'answered' ? 'beantwoord' : 'over-de-termijn'}`,
      link: origin + questionPath(record.zaak),
      date,
      published: date,
      description: htmlText(facts.join(' · ')),
      content: `<p>${facts.map(htmlText).join(' · ')}</p>${
        kind === 'answered' && answer ? `<p>${htmlText(answer.citation ?? answer.title)}</p>` : ''
      }`,
      ...(askers ? { author: [{ name: plainText(askers) }] } : {}),
    },
  };
}

async function questionsFeed(c: Context, deps: ServerDeps, kind: NewsKind): Promise<Response> {
  const limit = parseLimit(c.req.query('limit'));
  const ministry = c.req.query('ministry')?.replace(/\s+/g, ' ').trim() || undefined;
  if (ministry !== undefined && ministry.length > 200) throw new HttpError(400, 'Bad Request', 'ministry is too long');
  const filter = ministry ? { ministry } : {};
  const news =
    kind === 'answered'
      ? await deps.store.questions.answered(filter, limit)
      : await deps.store.questions.overdue(filter, limit);
  const origin = new URL(c.req.url).origin;
  const entries = news.flatMap((n) => {
    const date = paperDate(n.date);
    return date === null ? [] : [entryOf(origin, kind, n, date)];
  });
  const path = questionsFeedPath(kind, ministry);
  const what = kind === 'answered' ? 'nieuw beantwoorde vragen' : 'vragen over de termijn';
  const head = {
    title: `Griffie — ${what}${ministry ? `: ${ministry}` : ''}`,
    path,
    self: withLimit(path, c.req.query('limit')),
    alternate: questionsPath({ ministry, status: kind }),
  };
  const empty = entries.length === 0 ? (await deps.store.freshness()).updatedAt : null;
  return c.body(renderEntries(origin, head, entries, empty), 200, { 'Content-Type': ATOM_TYPE });
}

/** Register the question feeds on the feeds app. */
export function registerQuestionFeeds(feeds: Hono, deps: ServerDeps): void {
  feeds.get('/vragen/beantwoord.atom', (c) => questionsFeed(c, deps, 'answered'));
  feeds.get('/vragen/over-de-termijn.atom', (c) => questionsFeed(c, deps, 'overdue'));
}
