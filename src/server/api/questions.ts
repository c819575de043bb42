/**
 * Written questions in the API: `GET /questions` (Kamervragen with their status, the
 * days since they were asked, and counts per ministry) and `GET /questions/{zaak}`.
 *
 * @module
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { QuestionRecord } from '../../store/index.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { questionHref, questionPath } from '../question-links.ts';
import { linkHeader, pageLinks, presentSummary } from './present.ts';
import { Question, QuestionList, QuestionParam, QuestionQuery } from './question-schemas.ts';
import { ERRORS, ok } from './responses.ts';

/** A question as the API answers it. */
export function presentQuestion(q: QuestionRecord) {
  return {
    ...q,
    question: q.question === null ? null : presentSummary(q.question),
    answers: q.answers.map(presentSummary),
    notices: q.notices.map(presentSummary),
    href: questionHref(q.zaak),
    page: questionPath(q.zaak),
  };
}

const listQuestions = createRoute({
  method: 'get',
  path: '/questions',
  tags: ['record'],
  summary: 'Written questions (Kamervragen) and their answers',
  description:
    'Every set of written questions paired, by its Zaak number, with its answer and any notice of delay, newest ' +
    'asked first: `answered` once an answer is stored, else `overdue` more than 21 days after it was asked, else ' +
    '`open`. A notice of delay is shown (`delayNoticed`) but does not stop the clock.',
  request: { query: QuestionQuery },
  responses: { ...ok(QuestionList, 'A page of questions and the counts per ministry and status.'), ...ERRORS },
});

const getQuestion = createRoute({
  method: 'get',
  path: '/questions/{zaak}',
  tags: ['record'],
  summary: 'One set of written questions',
  request: { params: QuestionParam },
  responses: { ...ok(Question, 'The questions, their answers and notices of delay.'), ...ERRORS },
});

/** Register the question routes. */
export function registerQuestionRoutes(api: OpenAPIHono, deps: ServerDeps): void {
  const { store } = deps;

  api.openapi(listQuestions, async (c) => {
    const { limit, offset, ...filter } = c.req.valid('query');
    const page = await store.questions.list(filter, { limit, offset });
    const links = pageLinks(c.req.url, offset, limit, page.total);
    const link = linkHeader(links);
    if (link) c.header('Link', link);
    return c.json(
      {
        total: page.total,
        offset,
        limit,
        ...links,
        items: page.items.map(presentQuestion),
        ministries: page.ministries,
        statuses: page.statuses,
      },
      200,
    );
  });

  api.openapi(getQuestion, async (c) => {
    const { zaak } = c.req.valid('param');
    const record = await store.questions.get(zaak);
    if (!record) throw new HttpError(404, 'Not Found', `no written questions ${zaak} in the archive`);
    return c.json(presentQuestion(record), 200);
  });
}
