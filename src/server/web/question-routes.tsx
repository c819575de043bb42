/**
 * The pages of written questions: `/vragen` (filtered by the query parameters `status`,
 * `ministry`, `member`, `party`, `from`, `to`; unanswered by default) and
 * `/vragen/{zaak}`. A parameter that is not of its form turns its filter off.
 *
 * @module
 */
import type { Hono } from 'hono';
import { MAX_DEPTH, type QuestionFilter, type QuestionStatus } from '../../store/index.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { questionsFeedPath } from '../question-links.ts';
import { QUESTION_PAGE, type QuestionParams, QuestionsPage, QuestionView } from './questions-page.tsx';
import { offsetParam, page } from './render.tsx';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ZAAK = /^\d{4}Z\d{5,}$/;
const STATUSES: readonly string[] = ['open', 'overdue', 'answered', 'all'];

/** A text parameter, trimmed and bounded, or undefined when empty. */
const textParam = (value: string | undefined): string | undefined => value?.trim().slice(0, 200) || undefined;

/** Register the question pages on the web app. */
export function registerQuestionPages(web: Hono, deps: ServerDeps): void {
  const { store } = deps;

  web.get('/vragen', async (c) => {
    const status = c.req.query('status');
    const from = c.req.query('from');
    const to = c.req.query('to');
    const params: QuestionParams = {
      status: STATUSES.includes(status ?? '') ? (status as QuestionParams['status']) : undefined,
      ministry: textParam(c.req.query('ministry')),
      member: textParam(c.req.query('member')),
      party: textParam(c.req.query('party')),
      from: from && DATE.test(from) ? from : undefined,
      to: to && DATE.test(to) ? to : undefined,
    };
    const offset = Math.floor(offsetParam(c.req.query('offset'), MAX_DEPTH) / QUESTION_PAGE) * QUESTION_PAGE;
    const { status: shown, ...rest } = params;
    const filter: QuestionFilter = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    if (shown !== 'all') filter.status = (shown as QuestionStatus | undefined) ?? 'unanswered';
    const [result, askers] = await Promise.all([
      store.questions.list(filter, { limit: QUESTION_PAGE, offset }),
      store.questions.askers(),
    ]);
    return page(
      c,
      deps,
      {
        title: 'Schriftelijke vragen',
        feeds: [
          { title: 'Griffie: nieuw beantwoorde vragen', href: questionsFeedPath('answered', params.ministry) },
          { title: 'Griffie: vragen over de termijn', href: questionsFeedPath('overdue', params.ministry) },
        ],
      },
      <QuestionsPage page={result} params={params} offset={offset} parties={askers.parties} members={askers.members} />,
    );
  });

  web.get('/vragen/:zaak', async (c) => {
    const zaak = c.req.param('zaak');
    const record = ZAAK.test(zaak) ? await store.questions.get(zaak) : null;
    if (!record)
      throw new HttpError(404, 'Not Found', `no written questions ${zaak}`, {
        extra: { nl: `Het archief bevat geen schriftelijke vragen ${zaak}.` },
      });
    return page(c, deps, { title: record.title || `Vragen ${zaak}` }, <QuestionView record={record} />);
  });
}
