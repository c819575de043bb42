/**
 * `/vragen`: written questions (Kamervragen) with what became of them: the open ones
 * with the days since they were asked, the overdue ones marked, a notice of delay
 * shown; filtered by status, ministry, member, party and period, with counts per
 * ministry (open, overdue, answered, median days to answer). And `/vragen/{zaak}`: one
 * set of questions with its papers.
 *
 * @module
 */
import type { QuestionMinistry, QuestionPage, QuestionRecord, QuestionStatus } from '../../store/index.ts';
import { ANSWER_TERM_DAYS } from '../../store/index.ts';
import { paperPath } from '../links.ts';
import { questionPath, questionsFeedPath, questionsPath } from '../question-links.ts';
import { Pager, PaperList } from './components.tsx';
import { dutchDate, dutchNumber, plural } from './format.ts';

/** Questions per page. */
export const QUESTION_PAGE = 25;

/** The list's filters as its query parameters; `status` absent means unanswered, `all` every status. */
export interface QuestionParams {
  status?: QuestionStatus | 'all' | undefined;
  ministry?: string | undefined;
  member?: string | undefined;
  party?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Dutch words for the statuses. */
export const QUESTION_STATUS: Record<QuestionStatus, string> = {
  open: 'binnen de termijn',
  overdue: 'over de termijn',
  answered: 'beantwoord',
};

const STATUS_CHOICES: [string, string][] = [
  ['', 'onbeantwoord'],
  ['open', 'binnen de termijn'],
  ['overdue', 'over de termijn'],
  ['answered', 'beantwoord'],
  ['all', 'alle'],
];

const days = (n: number) => plural(n, 'dag', 'dagen');

/** "Proef (FICT) en Jansen (FICT)". */
function askersLabel(record: QuestionRecord): string {
  const names = record.askers.map((a) => (a.party ? `${a.name} (${a.party})` : a.name));
  if (names.length === 0) return 'onbekende vragensteller';
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
}

function StatusTag(props: { status: QuestionStatus }) {
  return <span class={`tag status-${props.status}`}>{QUESTION_STATUS[props.status]}</span>;
}

/** How long the questions have waited, or waited for their answer. */
function waited(record: QuestionRecord): string | null {
  if (record.days === null) return null;
  if (record.status === 'answered') return `beantwoord na ${days(record.days)}`;
  const late = record.days - ANSWER_TERM_DAYS;
  return late > 0 ? `${days(record.days)} open, ${days(late)} over de termijn` : `${days(record.days)} open`;
}

/** One question in the list. */
function QuestionItem(props: { record: QuestionRecord }) {
  const { record } = props;
  const facts = [
    askersLabel(record),
    record.ministry ? `aan ${record.ministry}` : null,
    record.asked ? `gesteld op ${dutchDate(record.asked)}` : null,
    waited(record),
  ].filter((f): f is string => f !== null);
  return (
    <li class={`question status-${record.status}`}>
      <StatusTag status={record.status} /> <a href={questionPath(record.zaak)}>{record.title || record.zaak}</a>
      <br />
      <span class="meta">
        {facts.join(' · ')}
        {record.notices.length > 0 && record.status !== 'answered' ? (
          <>
            {' · '}
            <strong class="notice-of-delay">
              {record.delayNoticed ? `uitstel gemeld op ${dutchDate(record.delayNoticed)}` : 'uitstel gemeld'}
            </strong>
          </>
        ) : null}
        {record.answers[0] ? (
          <>
            {' · '}
            <a href={paperPath(record.answers[0].id)}>{record.answers[0].citation ?? 'het antwoord'}</a>
          </>
        ) : null}
      </span>
    </li>
  );
}

/** The counts per ministry, as a table. */
function MinistryTable(props: { ministries: QuestionMinistry[]; params: QuestionParams }) {
  if (props.ministries.length === 0) return null;
  return (
    <section aria-labelledby="per-ministerie">
      <h2 id="per-ministerie">Per ministerie</h2>
      <table class="data">
        <thead>
          <tr>
            <th scope="col">Ministerie</th>
            <th scope="col">Binnen de termijn</th>
            <th scope="col">Over de termijn</th>
            <th scope="col">Beantwoord</th>
            <th scope="col">Mediaan dagen tot antwoord</th>
          </tr>
        </thead>
        <tbody>
          {props.ministries.map((m) => (
            <tr>
              <th scope="row">
                <a href={questionsPath({ ...props.params, ministry: m.ministry })}>{m.ministry}</a>
              </th>
              <td>{dutchNumber(m.open)}</td>
              <td>{dutchNumber(m.overdue)}</td>
              <td>{dutchNumber(m.answered)}</td>
              <td>{m.medianDays === null ? '–' : dutchNumber(m.medianDays)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The filters' form. */
function Filters(props: {
  params: QuestionParams;
  ministries: QuestionMinistry[];
  parties: string[];
  members: string[];
}) {
  const { params } = props;
  const ministries = props.ministries.map((m) => m.ministry);
  if (params.ministry && !ministries.includes(params.ministry)) ministries.unshift(params.ministry);
  return (
    <form class="filters card" action="/vragen" method="get">
      <label for="f-status">Status</label>
      <select id="f-status" name="status">
        {STATUS_CHOICES.map(([value, label]) => (
          <option value={value} selected={(params.status ?? '') === value}>
            {label}
          </option>
        ))}
      </select>
      <label for="f-ministry">Ministerie</label>
      <select id="f-ministry" name="ministry">
        <option value="">alle</option>
        {ministries.map((m) => (
          <option value={m} selected={params.ministry === m}>
            {m}
          </option>
        ))}
      </select>
      <label for="f-member">Kamerlid</label>
      <input id="f-member" name="member" value={params.member ?? ''} list="f-members" size={14} />
      <datalist id="f-members">
        {props.members.map((m) => (
          <option value={m} />
        ))}
      </datalist>
      <label for="f-party">Partij</label>
      <select id="f-party" name="party">
        <option value="">alle</option>
        {props.parties.map((p) => (
          <option value={p} selected={params.party === p}>
            {p}
          </option>
        ))}
      </select>
      <label for="f-from">Gesteld van</label>
      <input id="f-from" name="from" type="date" value={params.from ?? ''} />
      <label for="f-to">tot en met</label>
      <input id="f-to" name="to" type="date" value={params.to ?? ''} />
      <button type="submit">Filter</button>
    </form>
  );
}

/** The list page's content. */
export function QuestionsPage(props: {
  page: QuestionPage;
  params: QuestionParams;
  offset: number;
  parties: string[];
  members: string[];
}) {
  const { page, params, offset } = props;
  return (
    <>
      <h1>Schriftelijke vragen</h1>
      <p class="muted">
        Kamervragen en wat ermee gebeurde. De regering antwoordt binnen drie weken ({ANSWER_TERM_DAYS} dagen); daarna
        zijn de vragen over de termijn. Een uitstelbericht zegt dat het antwoord later komt, maar verlengt de termijn
        niet: de vragen blijven over de termijn, met het uitstel erbij.
      </p>
      <Filters params={params} ministries={page.ministries} parties={props.parties} members={props.members} />
      <div class="results">
        <aside class="facets" aria-label="Aantallen">
          <section aria-labelledby="per-status">
            <h2 id="per-status">Per status</h2>
            <ul>
              {page.statuses.map((s) => (
                <li>
                  <a href={questionsPath({ ...params, status: s.value })}>
                    {QUESTION_STATUS[s.value as QuestionStatus] ?? s.value}
                  </a>
                  <span class="count">{dutchNumber(s.count)}</span>
                </li>
              ))}
            </ul>
          </section>
          <p>
            <a class="feed-link" href={questionsFeedPath('answered', params.ministry)}>
              Nieuw beantwoorde vragen (Atom-feed)
            </a>
            <br />
            <a class="feed-link" href={questionsFeedPath('overdue', params.ministry)}>
              Vragen over de termijn (Atom-feed)
            </a>
          </p>
        </aside>
        <section aria-label="Vragen">
          <p role="status">{plural(page.total, 'vraag', 'vragen')}</p>
          {page.items.length === 0 ? (
            <p class="muted">Geen vragen met deze filters.</p>
          ) : (
            <ul class="papers">
              {page.items.map((record) => (
                <QuestionItem record={record} />
              ))}
            </ul>
          )}
          <Pager
            total={page.total}
            offset={offset}
            limit={QUESTION_PAGE}
            href={(o) => questionsPath({ ...params, offset: o > 0 ? String(o) : undefined })}
          />
        </section>
      </div>
      <MinistryTable ministries={page.ministries} params={params} />
    </>
  );
}

/** What a question's status means, in a sentence. */
function statusSentence(record: QuestionRecord): string {
  if (record.status === 'answered') return 'Het antwoord op deze vragen staat in het archief.';
  if (record.status === 'overdue')
    return record.notices.length > 0
      ? 'De termijn van drie weken is voorbij. De regering heeft uitstel gemeld; het antwoord staat nog niet in het archief.'
      : 'De termijn van drie weken is voorbij en het antwoord staat niet in het archief.';
  return 'De vragen zijn binnen de termijn van drie weken; het antwoord staat nog niet in het archief.';
}

/** One question's page content. */
export function QuestionView(props: { record: QuestionRecord }) {
  const { record } = props;
  const papers = [...(record.question ? [record.question] : []), ...record.notices, ...record.answers];
  return (
    <article>
      <h1>{record.title || `Vragen ${record.zaak}`}</h1>
      <p>
        <StatusTag status={record.status} /> {statusSentence(record)}
      </p>
      <dl class="card header-card">
        <dt>Zaak</dt>
        <dd>{record.zaak}</dd>
        <dt>Gesteld door</dt>
        <dd>
          {record.askers.length === 0
            ? 'onbekend'
            : record.askers.map((a, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <a href={questionsPath({ member: a.name, status: 'all' })}>{a.name}</a>
                  {a.party ? (
                    <>
                      {' ('}
                      <a href={questionsPath({ party: a.party, status: 'all' })}>{a.party}</a>)
                    </>
                  ) : null}
                </>
              ))}
        </dd>
        <dt>Aan</dt>
        <dd>{record.ministry ?? 'onbekend'}</dd>
        <dt>Gesteld op</dt>
        <dd>{record.asked ? dutchDate(record.asked) : 'onbekend'}</dd>
        <dt>Termijn</dt>
        <dd>{record.deadline ? `tot en met ${dutchDate(record.deadline)}` : 'onbekend'}</dd>
        {record.notices.length > 0 ? (
          <>
            <dt>Uitstel</dt>
            <dd>{record.delayNoticed ? `uitstel gemeld op ${dutchDate(record.delayNoticed)}` : 'uitstel gemeld'}</dd>
          </>
        ) : null}
        <dt>Antwoord</dt>
        <dd>
          {record.status === 'answered'
            ? `${record.answered ? dutchDate(record.answered) : 'zonder datum'}${record.days === null ? '' : `, na ${days(record.days)}`}`
            : record.days === null
              ? 'nog niet'
              : `nog niet, ${days(record.days)} na de vragen`}
        </dd>
      </dl>
      <h2>Stukken</h2>
      <div class="card">
        <PaperList papers={papers} empty="Geen stukken." />
      </div>
    </article>
  );
}
