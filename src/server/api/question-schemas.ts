/**
 * The schemas of written questions in the API: the filters of `GET /questions`, a
 * Zaak number in a path, a question with what became of it, and the list with its
 * counts per ministry and status.
 *
 * @module
 */
import { z } from '@hono/zod-openapi';
import { DocumentSummary, PageQuery } from './schemas.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .openapi({ example: '2025-02-03', description: 'An ISO date (yyyy-mm-dd).' });

const STATUS = z
  .enum(['open', 'overdue', 'answered'])
  .openapi({ description: 'Answered, else overdue when more than 21 days have passed since it was asked, else open.' });

const text = (description: string, example: string) =>
  z.string().min(1).max(200).optional().openapi({ description, example });

export const QuestionQuery = PageQuery.extend({
  status: z
    .enum(['open', 'overdue', 'answered', 'unanswered'])
    .optional()
    .openapi({ description: 'One status, or `unanswered` (open and overdue).' }),
  ministry: text('The ministry asked, exactly.', 'Binnenlandse Zaken en Koninkrijksrelaties'),
  member: text('A member who asks, by name as the questions print it.', 'Omtzigt'),
  party: text('The party of a member who asks, exactly.', 'CDA'),
  from: isoDate.optional().openapi({ description: 'Asked on or after this day.' }),
  to: isoDate.optional().openapi({ description: 'Asked on or before this day.' }),
});

export const QuestionParam = z.object({
  zaak: z
    .string()
    .regex(/^\d{4}Z\d{5,}$/)
    .openapi({
      param: { name: 'zaak', in: 'path' },
      example: '2024Z12345',
      description: "The Tweede Kamer's Zaak number the questions are registered under.",
    }),
});

export const Question = z
  .object({
    zaak: z.string().openapi({ example: '2024Z12345' }),
    title: z.string().openapi({ description: 'What the questions are about.' }),
    askers: z.array(z.object({ name: z.string(), party: z.string().nullable() })),
    ministry: z.string().nullable().openapi({ example: 'Financiën', description: 'The ministry asked.' }),
    asked: z.string().nullable().openapi({ example: '2025-02-03', description: 'When they were asked (ingezonden).' }),
    deadline: z
      .string()
      .nullable()
      .openapi({ example: '2025-02-24', description: 'The last day to answer on time: asked plus 21 days.' }),
    status: STATUS,
    days: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Days from asked to the answer or, unanswered, to today.' }),
    answered: z.string().nullable().openapi({ description: 'The date of the first answer.' }),
    delayNoticed: z.string().nullable().openapi({
      description:
        'The date of the latest notice that the answer will be late (uitstelbericht); an overdue question stays overdue.',
    }),
    question: DocumentSummary.nullable().openapi({ description: 'The questions (kv-…), when the archive holds them.' }),
    answers: z.array(DocumentSummary).openapi({ description: 'The answers (Aanhangsel), oldest first.' }),
    notices: z.array(DocumentSummary).openapi({ description: 'The notices of delay, oldest first.' }),
    href: z.string().openapi({ description: 'This question in the API.' }),
    page: z.string().openapi({ description: 'Its page.' }),
  })
  .openapi('Question');

const Ministry = z
  .object({
    ministry: z.string(),
    open: z.number().int(),
    overdue: z.number().int(),
    answered: z.number().int(),
    medianDays: z.number().nullable().openapi({ description: 'The median days to answer of its answered questions.' }),
  })
  .openapi('QuestionMinistry');

export const QuestionList = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    next: z.string().nullable(),
    prev: z.string().nullable(),
    items: z.array(Question),
    ministries: z.array(Ministry).openapi({ description: 'Per ministry (the ministry and status filters aside).' }),
    statuses: z
      .array(z.object({ value: z.string(), count: z.number().int() }))
      .openapi({ description: 'Matches per status (the status filter aside).' }),
  })
  .openapi('QuestionList');
