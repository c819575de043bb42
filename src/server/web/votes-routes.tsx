/**
 * The pages of the votes: `/partijen` (the parties' statistics for a period) and
 * `/partijen/{naam}` (how one party voted). A date that is no date, a period that ends
 * before it starts or a coalition that cannot be read is a 400 page that says so, with
 * the form to correct it.
 *
 * @module
 */
import type { Context, Hono } from 'hono';
import { isDay, parseCoalition } from '../api/vote-period.ts';
import { findParty, partyStats, requestedPeriod } from '../api/votes.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { dutchDate } from './format.ts';
import { offsetParam, page } from './render.tsx';
import { PartiesPage, type PeriodForm } from './votes-parties-page.tsx';
import { PARTY_PAGE, PartyPage } from './votes-party-page.tsx';

/** The store pages no deeper than this. */
const MAX_OFFSET = 10_000;

/** The period form as given, and what is wrong with it (in Dutch), if anything. */
function readForm(c: Context, withCoalition: boolean): { form: PeriodForm; problem: string | null } {
  const field = (name: string) => (c.req.query(name) ?? '').trim().slice(0, 1300);
  const form: PeriodForm = { van: field('van'), tot: field('tot') };
  if (withCoalition) form.coalitie = field('coalitie');
  for (const [name, value] of [
    ['van', form.van],
    ['tot', form.tot],
  ] as const) {
    if (value !== '' && !isDay(value))
      return {
        form,
        problem: `De datum bij ‘${name}’ (“${value.slice(0, 40)}”) is geen bestaande datum. Schrijf hem als jjjj-mm-dd, bijvoorbeeld 2026-03-10.`,
      };
  }
  if (form.van && form.tot && form.van > form.tot)
    return {
      form,
      problem: `De periode begint (${dutchDate(form.van)}) na haar einde (${dutchDate(form.tot)}). Verwissel de datums.`,
    };
  if (form.coalitie) {
    const parsed = parseCoalition(form.coalitie);
    if ('problem' in parsed)
      return {
        form,
        problem: `De coalitie “${form.coalitie.slice(0, 60)}” kan Griffie niet lezen. Geef de partijen zoals de stemmingen ze noemen, gescheiden door komma's, bijvoorbeeld VVD,BBB.`,
      };
  }
  return { form, problem: null };
}

/** Register the votes pages on the web app. */
export function registerVotePages(web: Hono, deps: ServerDeps): void {
  const { store } = deps;

  web.get('/partijen', async (c) => {
    const { form, problem } = readForm(c, true);
    if (problem) return page(c, deps, { title: 'Partijen', status: 400 }, <PartiesPage form={form} error={problem} />);
    const period = requestedPeriod({ from: form.van, to: form.tot, coalition: form.coalitie || undefined });
    const stats = await partyStats(store, period);
    return page(c, deps, { title: 'Partijen' }, <PartiesPage form={form} period={period} stats={stats} />);
  });

  web.get('/partijen/:naam', async (c) => {
    const name = c.req.param('naam').trim();
    const party = name === '' || name.length > 60 ? null : await findParty(store, name);
    if (!party)
      throw new HttpError(404, 'Not Found', `no votes of a party ${name}`, {
        extra: { nl: `Het archief kent geen stemmen van een partij ${name}.` },
      });
    const { form, problem } = readForm(c, false);
    const offset = Math.floor(offsetParam(c.req.query('offset'), MAX_OFFSET) / PARTY_PAGE) * PARTY_PAGE;
    const title = party.name ? `${party.party}: ${party.name}` : party.party;
    if (problem)
      return page(
        c,
        deps,
        { title, status: 400 },
        <PartyPage party={party} form={form} error={problem} offset={offset} />,
      );
    const when = { ...(form.van ? { from: form.van } : {}), ...(form.tot ? { to: form.tot } : {}) };
    const votes = await store.votes.ofParty(party.party, when, { limit: PARTY_PAGE, offset });
    return page(c, deps, { title }, <PartyPage party={party} form={form} votes={votes} offset={offset} />);
  });
}
