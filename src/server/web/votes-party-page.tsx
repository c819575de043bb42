/**
 * `/partijen/{naam}`: how one party voted, newest decision first, for a period (all of
 * them without one), with paging.
 *
 * @module
 */
import type { Page, PartySummary, PartyVoteRow } from '../../store/index.ts';
import { paperPath, searchPath } from '../links.ts';
import { partiesPath, partyPath } from '../vote-links.ts';
import { Pager } from './components.tsx';
import { dutchDate, plural, typeLabel } from './format.ts';
import { SIDE_LABEL } from './votes-labels.ts';
import { OutcomeBadge } from './votes-panel.tsx';
import { PeriodFilter, type PeriodForm } from './votes-parties-page.tsx';

/** Votes per page of a party. */
export const PARTY_PAGE = 25;

function VoteItem(props: { row: PartyVoteRow }) {
  const { row } = props;
  return (
    <li>
      <span class={`tag side side-${row.side}`}>{SIDE_LABEL[row.side]}</span>
      <a class="title" href={paperPath(row.id)}>
        {row.title}
      </a>
      <br />
      <span class="meta">
        <OutcomeBadge outcome={row.outcome} />
        <span class="tag">{row.zaak.soort ?? typeLabel(row.type)}</span>
        besloten op{' '}
        {row.decidedOn ? <time datetime={row.decidedOn}>{dutchDate(row.decidedOn)}</time> : 'onbekende datum'}
        {row.seats === null ? '' : ` · ${plural(row.seats, 'zetel', 'zetels')}`}
      </span>
    </li>
  );
}

/** The party page's content; without `votes` (a bad request) only the form and the error. */
export function PartyPage(props: {
  party: PartySummary;
  form: PeriodForm;
  error?: string;
  votes?: Page<PartyVoteRow>;
  offset: number;
}) {
  const { party, form, error, votes, offset } = props;
  const period = { van: form.van || undefined, tot: form.tot || undefined };
  return (
    <article>
      <h1>
        {party.party}
        {party.name ? <span class="muted"> · {party.name}</span> : null}
      </h1>
      <p class="meta">
        {plural(party.votes, 'stem', 'stemmen')} in het archief, op de besluiten waarover de fracties stemden ·{' '}
        <a href={partiesPath({ van: period.van, tot: period.tot })}>alle partijen</a>
        {/^\S+$/.test(party.party) ? (
          <>
            {' · '}
            <a href={searchPath(`party-voted-for:${party.party}`)}>stukken waarvoor {party.party} stemde</a>
          </>
        ) : null}
      </p>
      <PeriodFilter action={partyPath(party.party)} form={form} />
      {error ? (
        <p class="notice" role="alert">
          {error}
        </p>
      ) : null}
      {votes ? (
        <section aria-label="Stemmen">
          <p role="status">
            {plural(votes.total, 'stemming', 'stemmingen')}
            {form.van || form.tot
              ? ` ${form.van ? `van ${dutchDate(form.van)} ` : ''}${form.tot ? `tot en met ${dutchDate(form.tot)}` : ''}`
              : ''}
            , de nieuwste eerst
          </p>
          {votes.items.length === 0 ? (
            <p class="muted">Geen stemmingen in deze periode.</p>
          ) : (
            <ul class="papers">
              {votes.items.map((row) => (
                <VoteItem row={row} />
              ))}
            </ul>
          )}
          <Pager
            total={votes.total}
            offset={offset}
            limit={PARTY_PAGE}
            max={10_000}
            href={(o) => partyPath(party.party, { ...period, offset: o > 0 ? String(o) : undefined })}
          />
          <p class="meta">Per stuk de stem bij het besluit dat de uitkomst gaf.</p>
        </section>
      ) : null}
    </article>
  );
}
