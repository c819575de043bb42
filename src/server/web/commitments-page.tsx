/**
 * `/toezeggingen`: the promises found in the papers, filtered by ministry, status,
 * dossier and period, with counts per ministry and status; and `/toezegging/{key}/{n}`:
 * one promise in its context with the papers that fulfil it.
 *
 * @module
 */
import type { Block } from '../../model/index.ts';
import type { CommitmentPage, CommitmentRecord, CommitmentStatus } from '../../store/index.ts';
import { commitmentPath, commitmentsFeedPath, commitmentsPath, ministryPath, paperPath } from '../links.ts';
import { Pager, PaperList, PaperMeta } from './components.tsx';
import { dutchDate, dutchNumber, plural } from './format.ts';
import { COMMITMENT_STATUS, dueLabel } from './record-labels.ts';

/** Commitments per page. */
export const COMMITMENT_PAGE = 25;

/** The filters as the page's query parameters. */
export interface CommitmentParams {
  status?: CommitmentStatus | undefined;
  portfolio?: string | undefined;
  dossier?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function StatusTag(props: { status: CommitmentStatus }) {
  return <span class={`tag status-${props.status}`}>{COMMITMENT_STATUS[props.status]}</span>;
}

/** One commitment in a list. */
export function CommitmentItem(props: { record: CommitmentRecord }) {
  const { record } = props;
  const due = dueLabel(record.due, dutchDate);
  return (
    <li>
      <StatusTag status={record.status} /> <a href={commitmentPath(record.id)}>{record.text}</a>
      <br />
      <span class="meta">
        {record.by ?? 'onbekend wie'}
        {due ? ` · termijn: ${due}` : ''}
        {record.deadline ? ` (uiterlijk ${dutchDate(record.deadline)})` : ''} · in{' '}
        <a href={paperPath(record.paper.id)}>{record.paper.citation ?? record.paper.title}</a>,{' '}
        {dutchDate(record.paper.date)}
        {record.fulfilledBy.length > 0 ? (
          <>
            {' · nagekomen in '}
            <a href={paperPath(record.fulfilledBy[0]!.id)}>
              {record.fulfilledBy[0]!.citation ?? record.fulfilledBy[0]!.title}
            </a>
          </>
        ) : null}
      </span>
    </li>
  );
}

/** The list page's content. */
export function CommitmentsPage(props: { page: CommitmentPage; params: CommitmentParams; offset: number }) {
  const { page, params, offset } = props;
  const statuses: CommitmentStatus[] = ['open', 'overdue', 'fulfilled'];
  return (
    <>
      <h1>Toezeggingen</h1>
      <p class="muted">
        Beloften van bewindspersonen aan de Kamer, gevonden in de stukken. Een toezegging is nagekomen als een later
        stuk zegt dat het haar nakomt; over de termijn als de termijn voorbij is zonder zo'n stuk.
      </p>
      <form class="filters card" action="/toezeggingen" method="get">
        <label for="f-status">Status</label>
        <select id="f-status" name="status">
          <option value="">alle</option>
          {statuses.map((s) => (
            <option value={s} selected={params.status === s}>
              {COMMITMENT_STATUS[s]}
            </option>
          ))}
        </select>
        <label for="f-portfolio">Ministerie</label>
        <select id="f-portfolio" name="portfolio">
          <option value="">alle</option>
          {page.portfolios.map((p) => (
            <option value={p.value} selected={params.portfolio === p.value}>
              {p.value} ({dutchNumber(p.count)})
            </option>
          ))}
        </select>
        <label for="f-dossier">Dossier</label>
        <input id="f-dossier" name="dossier" value={params.dossier ?? ''} inputmode="numeric" size={8} />
        <label for="f-from">Van</label>
        <input id="f-from" name="from" type="date" value={params.from ?? ''} />
        <label for="f-to">Tot en met</label>
        <input id="f-to" name="to" type="date" value={params.to ?? ''} />
        <button type="submit">Filter</button>
      </form>
      <div class="results">
        <aside class="facets" aria-label="Aantallen">
          <section aria-labelledby="per-status">
            <h2 id="per-status">Per status</h2>
            <ul>
              {page.statuses.map((s) => (
                <li>
                  <a href={commitmentsPath({ ...params, status: s.value })}>
                    {COMMITMENT_STATUS[s.value as CommitmentStatus] ?? s.value}
                  </a>
                  <span class="count">{dutchNumber(s.count)}</span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="per-ministerie">
            <h2 id="per-ministerie">Per ministerie</h2>
            <ul>
              {page.portfolios.slice(0, 25).map((p) => (
                <li>
                  <a href={commitmentsPath({ ...params, portfolio: p.value })}>{p.value}</a>
                  <span class="count">{dutchNumber(p.count)}</span>
                </li>
              ))}
            </ul>
          </section>
          <p>
            <a class="feed-link" href={commitmentsFeedPath({ portfolio: params.portfolio })}>
              Nieuwe toezeggingen (Atom-feed)
            </a>
            <br />
            <a class="feed-link" href={commitmentsFeedPath({ portfolio: params.portfolio, status: 'overdue' })}>
              Toezeggingen over de termijn (Atom-feed)
            </a>
            {params.portfolio ? (
              <>
                <br />
                <a href={ministryPath(params.portfolio)}>Over {params.portfolio}</a>
              </>
            ) : null}
          </p>
        </aside>
        <section aria-label="Toezeggingen">
          <p role="status">{plural(page.total, 'toezegging', 'toezeggingen')}</p>
          {page.items.length === 0 ? (
            <p class="muted">Geen toezeggingen met deze filters.</p>
          ) : (
            <ul class="papers">
              {page.items.map((record) => (
                <CommitmentItem record={record} />
              ))}
            </ul>
          )}
          <Pager
            total={page.total}
            offset={offset}
            limit={COMMITMENT_PAGE}
            href={(o) => `${commitmentsPath({ ...params, offset: o > 0 ? String(o) : undefined })}`}
          />
        </section>
      </div>
    </>
  );
}

/** The block of the paper that holds the promise, with the promise marked. */
function InContext(props: { blocks: Block[]; text: string }) {
  const block = props.blocks.find((b) => b.text.includes(props.text));
  if (!block) return <blockquote>{props.text}</blockquote>;
  const at = block.text.indexOf(props.text);
  return (
    <blockquote class="context">
      <p>
        {block.text.slice(0, at)}
        <mark>{props.text}</mark>
        {block.text.slice(at + props.text.length)}
      </p>
    </blockquote>
  );
}

/** One commitment's page content. */
export function CommitmentView(props: { record: CommitmentRecord; blocks: Block[] }) {
  const { record, blocks } = props;
  const due = dueLabel(record.due, dutchDate);
  return (
    <article>
      <h1>Toezegging</h1>
      <p>
        <StatusTag status={record.status} />{' '}
        {record.status === 'fulfilled'
          ? 'Een later stuk zegt deze toezegging na te komen.'
          : record.status === 'overdue'
            ? 'De termijn is voorbij en geen stuk in het archief zegt deze toezegging na te komen.'
            : 'Nog geen stuk in het archief zegt deze toezegging na te komen.'}
      </p>
      <dl class="card header-card">
        <dt>Wie</dt>
        <dd>{record.by ?? 'onbekend'}</dd>
        <dt>Termijn</dt>
        <dd>
          {due ?? 'geen termijn genoemd'}
          {record.deadline ? ` (uiterlijk ${dutchDate(record.deadline)})` : ''}
        </dd>
        <dt>In</dt>
        <dd>
          <a href={paperPath(record.paper.id)}>{record.paper.title}</a>
          <br />
          <PaperMeta paper={record.paper} />
        </dd>
      </dl>
      <h2>In de tekst</h2>
      <InContext blocks={blocks} text={record.text} />
      <h2>Nagekomen in</h2>
      {record.fulfilledBy.length === 0 ? (
        <p class="muted">Nog geen stuk.</p>
      ) : (
        <div class="card">
          <PaperList papers={record.fulfilledBy} />
        </div>
      )}
    </article>
  );
}
