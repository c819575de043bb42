/**
 * What the Kamer decided, on the paper page and the dossier page: the outcome as a
 * badge, the day, how it was voted, the totals (mistakes said as such), the vote of
 * every party with its seats, in a roll call every member by party, and the earlier
 * decisions; for a dossier, every decided paper with its outcome.
 *
 * @module
 */
import type { TkMemberVote, TkOutcome, TkPartyVote, TkVoteSide } from '../../model/index.ts';
import type { DecidedPaper, Page, PaperVotes, StoredDecision } from '../../store/index.ts';
import { officialUrl, paperPath } from '../links.ts';
import { partyPath } from '../vote-links.ts';
import { Pager } from './components.tsx';
import { dutchDate, dutchNumber, plural, typeLabel } from './format.ts';
import { KIND_LABEL, mistakesLabel, OUTCOME_LABEL, SIDE_LABEL, totalsLabel } from './votes-labels.ts';

/** The outcome as a badge. */
export function OutcomeBadge(props: { outcome: TkOutcome }) {
  return <span class={`tag outcome outcome-${props.outcome}`}>{OUTCOME_LABEL[props.outcome]}</span>;
}

function Day(props: { date: string | null }) {
  return props.date ? <time datetime={props.date}>{dutchDate(props.date)}</time> : <span>datum onbekend</span>;
}

function Side(props: { side: TkVoteSide | null; soort: string | null; vergissing: boolean }) {
  return (
    <>
      <span class={`side side-${props.side ?? 'onbekend'}`}>
        {props.side ? SIDE_LABEL[props.side] : `onbekend (${props.soort ?? 'geen soort'})`}
      </span>
      {props.vergissing ? <span class="tag mistake">bij vergissing</span> : null}
    </>
  );
}

function PartyLink(props: { party: string | null }) {
  return props.party ? <a href={partyPath(props.party)}>{props.party}</a> : <span class="muted">onbekend</span>;
}

/** Every party's vote, in the order given (most seats first). */
function PartyTable(props: { parties: TkPartyVote[] }) {
  return (
    <table class="data votes-table">
      <caption>Stemming per fractie</caption>
      <thead>
        <tr>
          <th scope="col">Fractie</th>
          <th scope="col" class="number">
            Zetels
          </th>
          <th scope="col">Stem</th>
        </tr>
      </thead>
      <tbody>
        {props.parties.map((p) => (
          <tr class={p.vergissing ? 'mistaken' : undefined}>
            <th scope="row">
              <PartyLink party={p.fractie} />
            </th>
            <td class="number">{p.seats === null ? '—' : dutchNumber(p.seats)}</td>
            <td>
              <Side side={p.side} soort={p.soort} vergissing={p.vergissing} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const SIDES: TkVoteSide[] = ['voor', 'tegen', 'niet-deelgenomen'];

function memberName(m: TkMemberVote): string {
  return `${m.naam ?? 'onbekend lid'}${m.vergissing ? ' (bij vergissing)' : ''}`;
}

/** A roll call: the members by party (in the order given), each side a list of names. */
function RollCall(props: { members: TkMemberVote[] }) {
  const groups = new Map<string, Record<TkVoteSide, TkMemberVote[]>>();
  for (const m of props.members) {
    const key = m.fractie ?? '';
    const group = groups.get(key) ?? { voor: [], tegen: [], 'niet-deelgenomen': [] };
    if (m.side) group[m.side].push(m);
    groups.set(key, group);
  }
  return (
    <table class="data votes-table">
      <caption>Hoofdelijke stemming: de leden per fractie</caption>
      <thead>
        <tr>
          <th scope="col">Fractie</th>
          {SIDES.map((s) => (
            <th scope="col">{SIDE_LABEL[s].replace(/^./, (c) => c.toUpperCase())}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...groups].map(([party, group]) => (
          <tr>
            <th scope="row">
              <PartyLink party={party || null} />
            </th>
            {SIDES.map((s) => (
              <td>{group[s].length === 0 ? '' : `${group[s].length}: ${group[s].map(memberName).join(', ')}`}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Members who voted apart from their party in a vote by show of hands. */
function Apart(props: { members: TkMemberVote[] }) {
  return (
    <>
      <h3>Leden die apart van hun fractie stemden</h3>
      <ul>
        {props.members.map((m) => (
          <li>
            {m.naam ?? 'onbekend lid'} (<PartyLink party={m.fractie} />
            ): <Side side={m.side} soort={m.soort} vergissing={m.vergissing} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** How a decision was taken, in one line: day and kind of vote. */
function DecisionLine(props: { decision: StoredDecision }) {
  const { decision } = props;
  return (
    <span class="meta">
      <Day date={decision.date} />
      {decision.kind ? `, ${KIND_LABEL[decision.kind]}` : ''}
    </span>
  );
}

function Decision(props: { decision: StoredDecision }) {
  const { decision } = props;
  const mistakes = mistakesLabel(decision.vergissingen, decision.unit);
  return (
    <>
      <p class="outcome-line">
        <OutcomeBadge outcome={decision.outcome} /> <DecisionLine decision={decision} />
      </p>
      {decision.unit ? (
        <p>
          <strong class="totals">{totalsLabel(decision.totals)}</strong>{' '}
          <span class="muted">({decision.unit === 'leden' ? 'leden' : 'zetels'})</span>
          {mistakes ? <span class="mistakes"> {mistakes}</span> : null}
        </p>
      ) : null}
      {decision.parties.length > 0 ? <PartyTable parties={decision.parties} /> : null}
      {decision.members.length > 0 ? (
        decision.kind === 'hoofdelijk' || decision.parties.length === 0 ? (
          <RollCall members={decision.members} />
        ) : (
          <Apart members={decision.members} />
        )
      ) : null}
    </>
  );
}

/** Every decision on the paper, oldest first, the final one marked. */
function History(props: { decisions: StoredDecision[]; final: string | null }) {
  return (
    <>
      <h3>Alle besluiten</h3>
      <ol class="decisions">
        {props.decisions.map((d) => (
          <li>
            <OutcomeBadge outcome={d.outcome} /> <DecisionLine decision={d} />
            {d.besluitTekst ? <span> · {d.besluitTekst}</span> : null}
            {d.unit ? <span class="meta"> · {totalsLabel(d.totals)}</span> : null}
            {d.besluitId === props.final ? <span class="meta"> (de uitkomst)</span> : null}
          </li>
        ))}
      </ol>
    </>
  );
}

/** The paper's decisions; nothing when it has none. */
export function VotesPanel(props: { votes: PaperVotes | null }) {
  const { votes } = props;
  if (!votes || votes.decisions.length === 0) return null;
  const final = votes.decisions.find((d) => d.besluitId === votes.final) ?? null;
  const appraisal = votes.zaken.find((z) => z.kabinetsappreciatie)?.kabinetsappreciatie;
  const numbered = votes.zaken.filter((z) => z.nummer);
  return (
    <section class="card votes" aria-labelledby="besluit-kop">
      <h2 id="besluit-kop">Besluit van de Kamer</h2>
      {final ? (
        <Decision decision={final} />
      ) : (
        <p>
          <span class="tag outcome">Nog geen uitkomst</span> De Kamer heeft nog niet over dit stuk besloten.
        </p>
      )}
      {appraisal ? <p class="meta">Appreciatie van het kabinet: {appraisal}</p> : null}
      {votes.decisions.length > 1 ? <History decisions={votes.decisions} final={votes.final} /> : null}
      {numbered.length > 0 ? (
        <p class="meta">
          {numbered.map((z, i) => (
            <>
              {i > 0 ? ' · ' : ''}
              <a
                href={officialUrl({ kind: 'tk-zaak', target: z.nummer as string }) ?? undefined}
                rel="noopener noreferrer"
              >
                Zaak {z.nummer} op tweedekamer.nl
              </a>
            </>
          ))}
        </p>
      ) : null}
    </section>
  );
}

/** Decided papers per page of a dossier. */
export const DOSSIER_VOTES_PAGE = 20;

/** Every decided paper of a dossier, newest decision first; nothing when there are none. */
export function DossierVotes(props: { votes: Page<DecidedPaper>; offset: number; href: (offset: number) => string }) {
  const { votes, offset } = props;
  if (votes.total === 0) return null;
  return (
    <section id="stemmingen" aria-labelledby="stemmingen-kop">
      <h2 id="stemmingen-kop">Stemmingen</h2>
      <p class="meta">{plural(votes.total, 'stuk waarover de Kamer besloot', 'stukken waarover de Kamer besloot')}</p>
      <div class="card">
        <ul class="papers">
          {votes.items.map((p) => (
            <li>
              <OutcomeBadge outcome={p.outcome} />{' '}
              <a class="title" href={paperPath(p.id)}>
                {p.title}
              </a>
              <br />
              <span class="meta">
                <span class="tag">{p.zaak.soort ?? typeLabel(p.type)}</span>
                besloten op <Day date={p.decidedOn} />
              </span>
            </li>
          ))}
        </ul>
      </div>
      <Pager total={votes.total} offset={offset} limit={DOSSIER_VOTES_PAGE} href={props.href} />
    </section>
  );
}
