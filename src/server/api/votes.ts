/**
 * The votes in the API: `GET /documents/{id}/votes` (what the Kamer decided on a paper
 * and how each party voted), `GET /parties` (each party's votes and how often it voted
 * with the coalition, for a period), `GET /parties/agreement` (how often parties voted
 * alike) and `GET /parties/{name}/votes` (how a party voted, newest first).
 *
 * @module
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { PartySummary, PartyVoteRow, Store, StoredDecision, VoteAgreement } from '../../store/index.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { paperPath } from '../links.ts';
import { paperVotesHref, partyPath, partyVotesHref } from '../vote-links.ts';
import { linkHeader, pageLinks } from './present.ts';
import { ERRORS, ok } from './responses.ts';
import { DocumentParam } from './schemas.ts';
import { parseCoalition, type StatsPeriod, statsPeriod, todayInAmsterdam } from './vote-period.ts';
import {
  Agreement,
  PaperVotes,
  PartyParam,
  PartyStats,
  PartyVotesPage,
  PartyVotesQuery,
  PeriodQuery,
} from './vote-schemas.ts';

/** A decision as the API answers it: the model's fields, without the record's bookkeeping. */
export function presentDecision(d: StoredDecision) {
  return {
    besluitId: d.besluitId,
    zaakIds: d.zaakIds,
    date: d.date,
    outcome: d.outcome,
    besluitSoort: d.besluitSoort,
    besluitTekst: d.besluitTekst,
    kind: d.kind,
    unit: d.unit,
    totals: d.totals,
    vergissingen: d.vergissingen,
    parties: d.parties.map((p) => ({
      fractie: p.fractie,
      side: p.side,
      soort: p.soort,
      seats: p.seats,
      vergissing: p.vergissing,
    })),
    members: d.members.map((m) => ({
      naam: m.naam,
      fractie: m.fractie,
      side: m.side,
      soort: m.soort,
      vergissing: m.vergissing,
    })),
    warnings: d.warnings,
  };
}

/** A party as the votes know it, by its label in any case; null when it never voted. */
export async function findParty(store: Store, name: string): Promise<PartySummary | null> {
  const lower = name.toLowerCase();
  return (await store.votes.parties()).find((p) => p.party.toLowerCase() === lower) ?? null;
}

/** A party's statistics for a period: its votes and its share with the coalition. */
export interface PartyStat extends PartySummary {
  withCoalition: number | null;
}

/** The parties' statistics and agreement for a period and coalition. */
export async function partyStats(
  store: Store,
  period: StatsPeriod,
): Promise<{ parties: PartyStat[]; agreement: VoteAgreement }> {
  const when = { from: period.from, to: period.to };
  const [parties, agreement] = await Promise.all([
    store.votes.parties(when),
    store.votes.agreement(when, period.coalition.length > 0 ? period.coalition : undefined),
  ]);
  const at = new Map(agreement.parties.map((p, i) => [p, i]));
  return {
    parties: parties.map((p) => {
      const i = at.get(p.party);
      return { ...p, withCoalition: i === undefined ? null : (agreement.withCoalition?.[i] ?? null) };
    }),
    agreement,
  };
}

/** The period of a statistics request, defaults filled in. */
export function requestedPeriod(query: {
  from?: string | undefined;
  to?: string | undefined;
  coalition?: string | undefined;
}) {
  const parsed = query.coalition === undefined ? null : parseCoalition(query.coalition);
  const coalition = parsed && 'parties' in parsed ? parsed.parties : undefined;
  return statsPeriod(
    {
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
      ...(coalition ? { coalition } : {}),
    },
    todayInAmsterdam(),
  );
}

const periodFields = (period: StatsPeriod, decisions: number) => ({
  from: period.from,
  to: period.to,
  coalition: { parties: period.coalition, cabinet: period.cabinet?.cabinet ?? null, given: period.given },
  decisions,
});

function presentPartyVote(row: PartyVoteRow) {
  return { ...row, href: paperVotesHref(row.id), page: paperPath(row.id) };
}

const PERIOD_DEFAULTS =
  'Without dates the period is the twelve months up to today (Amsterdam); with only `to`, the twelve months up ' +
  'to it; with only `from`, from it up to today. The coalition is the one of the last day unless `coalition` is given.';

const getPaperVotes = createRoute({
  method: 'get',
  path: '/documents/{id}/votes',
  tags: ['votes'],
  summary: 'What the Kamer decided on a paper',
  description:
    "The decisions on the paper's Zaken (a motion, amendment or bill), oldest first, each with how every party " +
    'voted and its seats, or in a roll call every member; synced from the Tweede Kamer. Empty when there are none.',
  request: { params: DocumentParam },
  responses: { ...ok(PaperVotes, 'The decisions and the final outcome.'), ...ERRORS },
});

const listParties = createRoute({
  method: 'get',
  path: '/parties',
  tags: ['votes'],
  summary: 'The parties that voted in a period',
  description: `Each party's number of votes and how often it voted as the coalition's majority did. ${PERIOD_DEFAULTS}`,
  request: { query: PeriodQuery },
  responses: { ...ok(PartyStats, 'The parties, most votes first.'), ...ERRORS },
});

const getAgreement = createRoute({
  method: 'get',
  path: '/parties/agreement',
  tags: ['votes'],
  summary: 'How often parties voted alike',
  description: `For every two parties, the share of the decisions both voted on where they voted alike. ${PERIOD_DEFAULTS}`,
  request: { query: PeriodQuery },
  responses: { ...ok(Agreement, 'The agreement of every two parties over the decisions of the period.'), ...ERRORS },
});

const getPartyVotes = createRoute({
  method: 'get',
  path: '/parties/{name}/votes',
  tags: ['votes'],
  summary: 'How a party voted',
  description: 'The decided papers the party voted on, newest decision first; without dates, all of them.',
  request: { params: PartyParam, query: PartyVotesQuery },
  responses: { ...ok(PartyVotesPage, 'A page of votes.'), ...ERRORS },
});

/** Register the votes routes. */
export function registerVoteRoutes(api: OpenAPIHono, deps: ServerDeps): void {
  const { store } = deps;

  api.openapi(getPaperVotes, async (c) => {
    const { id } = c.req.valid('param');
    const votes = await store.votes.ofPaper(id);
    if (!votes) throw new HttpError(404, 'Not Found', `no paper ${id} in the archive`);
    return c.json(
      {
        id,
        outcome: votes.outcome,
        final: votes.final,
        zaken: votes.zaken,
        decisions: votes.decisions.map(presentDecision),
        page: paperPath(id),
      },
      200,
    );
  });

  api.openapi(listParties, async (c) => {
    const period = requestedPeriod(c.req.valid('query'));
    const { parties, agreement } = await partyStats(store, period);
    return c.json(
      {
        ...periodFields(period, agreement.decisions),
        items: parties.map((p) => ({ ...p, href: partyVotesHref(p.party), page: partyPath(p.party) })),
      },
      200,
    );
  });

  api.openapi(getAgreement, async (c) => {
    const period = requestedPeriod(c.req.valid('query'));
    const { agreement } = await partyStats(store, period);
    return c.json({ ...periodFields(period, agreement.decisions), ...agreement }, 200);
  });

  api.openapi(getPartyVotes, async (c) => {
    const { name } = c.req.valid('param');
    const { from, to, limit, offset } = c.req.valid('query');
    const party = await findParty(store, name);
    if (!party) throw new HttpError(404, 'Not Found', `no votes of a party ${name} in the archive`);
    const when = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    const page = await store.votes.ofParty(party.party, when, { limit, offset });
    const links = pageLinks(c.req.url, offset, limit, page.total);
    const link = linkHeader(links);
    if (link) c.header('Link', link);
    return c.json(
      {
        party: party.party,
        name: party.name,
        total: page.total,
        offset,
        limit,
        ...links,
        items: page.items.map(presentPartyVote),
      },
      200,
    );
  });
}
