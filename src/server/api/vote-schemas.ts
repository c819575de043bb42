/**
 * The schemas of the votes in the API: a paper's decisions with how each party (and, in
 * a roll call, each member) voted, the parties' statistics for a period, a party's
 * votes, and how often parties voted alike.
 *
 * @module
 */
import { z } from '@hono/zod-openapi';
import { isDay, parseCoalition, periodProblem } from './vote-period.ts';

const OUTCOMES = ['aangenomen', 'verworpen', 'aangehouden', 'ingetrokken', 'vervallen', 'overig'] as const;
const SIDES = ['voor', 'tegen', 'niet-deelgenomen'] as const;
/** The store pages no deeper than this. */
const MAX_OFFSET = 10_000;

const Day = z
  .string()
  .refine(isDay, 'not a date (yyyy-mm-dd)')
  .openapi({ type: 'string', format: 'date', example: '2026-03-10', description: 'A day, yyyy-mm-dd.' });

const period = {
  from: Day.optional().openapi({ description: 'The first day of decisions (inclusive).' }),
  to: Day.optional().openapi({ description: 'The last day of decisions (inclusive).' }),
};

/** Refuse a period that ends before it starts. */
function inOrder(query: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx): void {
  const { from, to } = query;
  if (from === undefined || to === undefined || !isDay(from) || !isDay(to)) return;
  const problem = periodProblem(from, to);
  if (problem) ctx.addIssue({ code: 'custom', path: ['from'], message: problem.replace(/^from: /, '') });
}

export const PeriodQuery = z
  .object({
    ...period,
    coalition: z
      .string()
      .max(1300)
      .optional()
      .superRefine((text, ctx) => {
        const parsed = text === undefined ? null : parseCoalition(text);
        if (parsed && 'problem' in parsed) ctx.addIssue({ code: 'custom', message: parsed.problem });
      })
      .openapi({
        description:
          "The coalition's parties, comma-separated, as the votes label them; by default the coalition of the " +
          "period's last day (the cabinets since Rutte I).",
        example: 'VVD,BBB',
      }),
  })
  .superRefine(inOrder)
  .openapi({
    description: 'Without dates, the twelve months up to today; with only `to`, the twelve months up to it.',
  });

export const PartyVotesQuery = z
  .object({
    ...period,
    limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ description: 'Items per page (1–100).' }),
    offset: z.coerce
      .number()
      .int()
      .min(0)
      .max(MAX_OFFSET)
      .default(0)
      .openapi({ description: 'Items to skip. A response links the next page in `next`.' }),
  })
  .superRefine(inOrder);

export const PartyParam = z.object({
  name: z
    .string()
    .min(1)
    .max(60)
    .openapi({
      param: { name: 'name', in: 'path' },
      example: 'VVD',
      description: 'The party as the votes label it (any case).',
    }),
});

const Count = z.object({ voor: z.number(), tegen: z.number(), nietDeelgenomen: z.number() });

const PartyVote = z.object({
  fractie: z.string().nullable().openapi({ example: 'VVD' }),
  side: z.enum(SIDES).nullable().openapi({ description: 'Null for a `soort` Griffie does not know.' }),
  soort: z.string().nullable().openapi({ description: 'As given.', example: 'Voor' }),
  seats: z.number().int().nullable().openapi({ example: 24 }),
  vergissing: z.boolean().openapi({ description: 'The party said it voted so by mistake; counted all the same.' }),
});

const MemberVote = z.object({
  naam: z.string().nullable().openapi({ example: 'A. Aalders' }),
  fractie: z.string().nullable(),
  side: z.enum(SIDES).nullable(),
  soort: z.string().nullable(),
  vergissing: z.boolean(),
});

export const Decision = z
  .object({
    besluitId: z.string().openapi({ description: "The Besluit's GUID." }),
    zaakIds: z.array(z.string()),
    date: z.string().nullable().openapi({ example: '2026-03-10', description: 'The day it was taken.' }),
    outcome: z.enum(OUTCOMES),
    besluitSoort: z.string().nullable().openapi({ example: 'Stemmen - aangenomen' }),
    besluitTekst: z.string().nullable().openapi({ example: 'Aangenomen.' }),
    kind: z.enum(['met handopsteken', 'hoofdelijk', 'zonder stemming']).nullable(),
    unit: z.enum(['zetels', 'leden']).nullable().openapi({ description: 'What the totals count: seats or members.' }),
    totals: Count.openapi({ description: 'The count as cast, mistakes included (the official count).' }),
    vergissingen: Count.openapi({ description: 'The part of the totals cast by mistake.' }),
    parties: z.array(PartyVote).openapi({ description: 'By show of hands: most seats first.' }),
    members: z.array(MemberVote).openapi({ description: 'A roll call, or members voting apart from their party.' }),
    warnings: z.array(z.string()),
  })
  .openapi('Decision');

const Zaak = z.object({
  id: z.string(),
  nummer: z.string().nullable().openapi({ example: '2026Z00101' }),
  soort: z.string().nullable().openapi({ example: 'Motie' }),
  titel: z.string().nullable(),
  onderwerp: z.string().nullable(),
  kabinetsappreciatie: z.string().nullable().openapi({ example: 'Oordeel Kamer' }),
});

export const PaperVotes = z
  .object({
    id: z.string().openapi({ example: 'kst-36600-12' }),
    outcome: z
      .enum(OUTCOMES)
      .nullable()
      .openapi({ description: 'The outcome of the last decision that has one; null when none yet.' }),
    final: z.string().nullable().openapi({ description: "That decision's Besluit GUID." }),
    zaken: z.array(Zaak),
    decisions: z.array(Decision).openapi({ description: 'Oldest first.' }),
    page: z.string().openapi({ example: '/stuk/kst-36600-12' }),
  })
  .openapi('PaperVotes');

const Coalition = z.object({
  parties: z.array(z.string()).openapi({ example: ['VVD', 'BBB'] }),
  cabinet: z.string().nullable().openapi({ example: 'Schoof', description: 'Null when the coalition was given.' }),
  given: z.boolean().openapi({ description: 'Whether the request gave the coalition.' }),
});

const PeriodFields = {
  from: z.string().openapi({ example: '2025-03-11' }),
  to: z.string().openapi({ example: '2026-03-10' }),
  coalition: Coalition,
  decisions: z.number().int().openapi({ description: 'Decisions with a vote by party in the period.' }),
};

export const PartyStats = z
  .object({
    ...PeriodFields,
    items: z.array(
      z.object({
        party: z.string().openapi({ example: 'VVD' }),
        name: z.string().nullable().openapi({ example: 'Volkspartij voor Vrijheid en Democratie' }),
        votes: z.number().int().openapi({ description: 'Decisions it voted on (for or against).' }),
        withCoalition: z
          .number()
          .nullable()
          .openapi({ description: "Share (0–1) of the decisions where it voted as the coalition's majority did." }),
        href: z.string(),
        page: z.string(),
      }),
    ),
  })
  .openapi('PartyStats');

export const Agreement = z
  .object({
    ...PeriodFields,
    parties: z.array(z.string()).openapi({ description: 'Most decisions first.' }),
    agree: z.array(z.array(z.number().nullable())).openapi({
      description: '`agree[i][j]`: the share (0–1) of the decisions both voted on where they voted alike.',
    }),
    together: z.array(z.array(z.number().int())).openapi({ description: 'The decisions both voted on.' }),
    withCoalition: z.array(z.number().nullable()).nullable(),
  })
  .openapi('Agreement');

const PartyVoteItem = z.object({
  id: z.string().openapi({ example: 'kst-36600-12' }),
  title: z.string(),
  type: z.string(),
  date: z.string().nullable(),
  zaak: Zaak,
  besluit: z.string(),
  outcome: z.enum(OUTCOMES),
  decidedOn: z.string().nullable().openapi({ example: '2026-03-10' }),
  side: z.enum(SIDES),
  seats: z.number().int().nullable(),
  href: z.string().openapi({ description: "The paper's decisions in the API." }),
  page: z.string().openapi({ description: "The paper's page." }),
});

export const PartyVotesPage = z
  .object({
    party: z.string(),
    name: z.string().nullable(),
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    next: z.string().nullable(),
    prev: z.string().nullable(),
    items: z.array(PartyVoteItem),
  })
  .openapi('PartyVotesPage');
