/**
 * `/partijen`: how the parties voted in a period: each party's number of votes and how
 * often it voted as the coalition's majority did, and how often every two parties voted
 * alike (a heat map). The period form, the coalition (of the period's last day unless
 * given) and a link to every cabinet's period.
 *
 * @module
 */
import { COALITIONS, type CoalitionPeriod, coalitionsBetween } from '../../model/index.ts';
import type { VoteAgreement } from '../../store/index.ts';
import type { StatsPeriod } from '../api/vote-period.ts';
import type { PartyStat } from '../api/votes.ts';
import { partiesPath, partyPath } from '../vote-links.ts';
import { dutchDate, dutchNumber, plural } from './format.ts';
import { HeatMap } from './votes-heat-map.tsx';
import { percent } from './votes-labels.ts';

/** The form's fields as given (kept to show them again). */
export interface PeriodForm {
  van: string;
  tot: string;
  coalitie?: string;
}

/** The day before `day` (a period's last day, from the exclusive end of a cabinet). */
function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

const periodName = (p: CoalitionPeriod): string => `${p.cabinet}${p.change ? ` (${p.change})` : ''}`;

/** The form of a period (and, on `/partijen`, the coalition). */
export function PeriodFilter(props: { action: string; form: PeriodForm; coalition?: boolean; placeholder?: string }) {
  const { form } = props;
  return (
    <form class="filters card" action={props.action} method="get">
      <label for="f-van">Van</label>
      <input id="f-van" name="van" type="date" value={form.van} />
      <label for="f-tot">Tot en met</label>
      <input id="f-tot" name="tot" type="date" value={form.tot} />
      {props.coalition ? (
        <>
          <label for="f-coalitie">Coalitie</label>
          <input
            id="f-coalitie"
            name="coalitie"
            value={form.coalitie ?? ''}
            placeholder={props.placeholder}
            aria-describedby="f-coalitie-uitleg"
            size={18}
          />
          <span id="f-coalitie-uitleg" class="meta">
            partijen met komma's; leeg: de coalitie van de laatste dag
          </span>
        </>
      ) : null}
      <button type="submit">Toon</button>
    </form>
  );
}

function CoalitionLine(props: { period: StatsPeriod }) {
  const { period } = props;
  if (period.coalition.length === 0)
    return <p>Voor {dutchDate(period.to)} kent Griffie geen kabinet; geef een coalitie op om mee te vergelijken.</p>;
  return (
    <p>
      Coalitie: <strong>{period.coalition.join(', ')}</strong>{' '}
      {period.cabinet ? (
        <span class="muted">
          (kabinet-{periodName(period.cabinet)}, op {dutchDate(period.to)})
        </span>
      ) : (
        <span class="muted">(opgegeven)</span>
      )}
    </p>
  );
}

/** A link to every cabinet's period, newest first. */
function Cabinets() {
  return (
    <section aria-labelledby="kabinetten-kop">
      <h2 id="kabinetten-kop">Per kabinet</h2>
      <ul>
        {[...COALITIONS].reverse().map((p) => (
          <li>
            <a href={partiesPath({ van: p.start, ...(p.end ? { tot: dayBefore(p.end) } : {}) })}>{periodName(p)}</a>{' '}
            <span class="meta">
              {p.parties.join(', ')} · vanaf {dutchDate(p.start)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The parties page's content; without `stats` (a bad request) only the form and the error. */
export function PartiesPage(props: {
  form: PeriodForm;
  error?: string;
  period?: StatsPeriod;
  stats?: { parties: PartyStat[]; agreement: VoteAgreement };
}) {
  const { form, error, period, stats } = props;
  const spans = period ? coalitionsBetween(period.from, period.to) : [];
  return (
    <article>
      <h1>Partijen</h1>
      <p class="muted">
        Hoe de fracties in de Tweede Kamer stemden over moties, amendementen en wetsvoorstellen: hoe vaak elke partij
        meestemde met de meerderheid van de coalitie, en hoe vaak partijen gelijk stemden. Zonder datums: de twaalf
        maanden tot vandaag.
      </p>
      <PeriodFilter action="/partijen" form={form} coalition placeholder={period?.coalition.join(',')} />
      {error ? (
        <p class="notice" role="alert">
          {error}
        </p>
      ) : null}
      {period && stats ? (
        <div class="columns">
          <div>
            <p role="status">
              Van {dutchDate(period.from)} tot en met {dutchDate(period.to)}:{' '}
              {plural(stats.agreement.decisions, 'besluit', 'besluiten')} met een stemming per fractie.
            </p>
            <CoalitionLine period={period} />
            {!period.given && spans.length > 1 ? (
              <p class="notice" role="note">
                In deze periode wisselde de coalitie ({spans.map(periodName).join(', ')}); de cijfers vergelijken met de
                coalitie van de laatste dag.
              </p>
            ) : null}
            {stats.parties.length === 0 ? (
              <p class="muted">In deze periode stemde geen fractie.</p>
            ) : (
              <table class="data parties-table">
                <caption>Stemmen per partij</caption>
                <thead>
                  <tr>
                    <th scope="col">Partij</th>
                    <th scope="col" class="number">
                      Stemmingen
                    </th>
                    <th scope="col" class="number">
                      Met de coalitie
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stats.parties.map((p) => (
                    <tr>
                      <th scope="row">
                        <a href={partyPath(p.party, { van: period.from, tot: period.to })}>{p.party}</a>
                        {p.name ? <span class="meta"> {p.name}</span> : null}
                      </th>
                      <td class="number">{dutchNumber(p.votes)}</td>
                      <td class="number">{percent(p.withCoalition)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h2 id="gelijk-kop">Hoe vaak partijen gelijk stemden</h2>
            <HeatMap agreement={stats.agreement} />
          </div>
          <aside>
            <Cabinets />
          </aside>
        </div>
      ) : (
        <Cabinets />
      )}
    </article>
  );
}
