/**
 * `/verzoeken`: what the Kamer asked of the government (committees' requests, motions,
 * written questions, earlier promises) and what answered it; `/verzoek/{key}/{n}`: one.
 *
 * @module
 */
import type { RequestKind } from '../../model/index.ts';
import type { Page, RequestRecord, RequestStatus } from '../../store/index.ts';
import { archivePath, paperPath, requestPath } from '../links.ts';
import { Pager, PaperList, PaperMeta } from './components.tsx';
import { dutchDate, plural } from './format.ts';
import { REQUEST_KIND, REQUEST_STATUS } from './record-labels.ts';

/** Requests per page. */
export const REQUEST_PAGE = 25;

/** The filters as the page's query parameters. */
export interface RequestParams {
  kind?: RequestKind | undefined;
  status?: RequestStatus | undefined;
  dossier?: string | undefined;
}

/** `/verzoeken?…` for these filters and offset. */
export function requestsPath(params: RequestParams & { offset?: number }): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, String(value));
  const text = query.toString();
  return text ? `/verzoeken?${text}` : '/verzoeken';
}

function RequestLine(props: { record: RequestRecord }) {
  const { record } = props;
  return (
    <li>
      <span class="tag">{REQUEST_KIND[record.kind]}</span>
      <span class={`tag status-${record.status}`}>{REQUEST_STATUS[record.status]}</span>{' '}
      <a href={requestPath(record.id)}>{record.asks}</a>
      <br />
      <span class="meta">
        {record.by ?? 'onbekend wie'}
        {record.date ? `, ${dutchDate(record.date)}` : ''} · in{' '}
        <a href={paperPath(record.paper.id)}>{record.paper.citation ?? record.paper.title}</a>
      </span>
    </li>
  );
}

/** The list page's content. */
export function RequestsPage(props: { page: Page<RequestRecord>; params: RequestParams; offset: number }) {
  const { page, params, offset } = props;
  const kinds = Object.keys(REQUEST_KIND) as RequestKind[];
  return (
    <>
      <h1>Verzoeken</h1>
      <p class="muted">
        Wat de Kamer van de regering vroeg, in commissieverzoeken, moties en schriftelijke vragen, en de stukken die
        erop antwoorden of de motie uitvoeren.
      </p>
      <form class="filters card" action="/verzoeken" method="get">
        <label for="r-kind">Soort</label>
        <select id="r-kind" name="kind">
          <option value="">alle</option>
          {kinds.map((k) => (
            <option value={k} selected={params.kind === k}>
              {REQUEST_KIND[k]}
            </option>
          ))}
        </select>
        <label for="r-status">Status</label>
        <select id="r-status" name="status">
          <option value="">alle</option>
          <option value="answered" selected={params.status === 'answered'}>
            beantwoord
          </option>
          <option value="open" selected={params.status === 'open'}>
            open
          </option>
        </select>
        <label for="r-dossier">Dossier</label>
        <input id="r-dossier" name="dossier" value={params.dossier ?? ''} inputmode="numeric" size={8} />
        <button type="submit">Filter</button>
      </form>
      <p role="status">{plural(page.total, 'verzoek', 'verzoeken')}</p>
      {page.items.length === 0 ? (
        <p class="muted">Geen verzoeken met deze filters.</p>
      ) : (
        <ul class="papers">
          {page.items.map((record) => (
            <RequestLine record={record} />
          ))}
        </ul>
      )}
      <Pager
        total={page.total}
        offset={offset}
        limit={REQUEST_PAGE}
        href={(o) => requestsPath({ ...params, offset: o })}
      />
    </>
  );
}

/** One request's page content. */
export function RequestPage(props: { record: RequestRecord }) {
  const { record } = props;
  return (
    <article>
      <h1>{REQUEST_KIND[record.kind]}</h1>
      <p>
        <span class={`tag status-${record.status}`}>{REQUEST_STATUS[record.status]}</span> {record.asks}
      </p>
      <dl class="card header-card">
        <dt>Door</dt>
        <dd>{record.by ?? 'onbekend'}</dd>
        <dt>Datum</dt>
        <dd>{dutchDate(record.date)}</dd>
        {record.reference ? (
          <>
            <dt>Verzoek in</dt>
            <dd>
              <a href={archivePath(record.reference)}>{record.reference}</a>
            </dd>
          </>
        ) : null}
        <dt>Genoemd in</dt>
        <dd>
          <a href={paperPath(record.paper.id)}>{record.paper.title}</a>
          <br />
          <PaperMeta paper={record.paper} />
        </dd>
      </dl>
      <h2>Beantwoord in</h2>
      {record.answeredBy.length === 0 ? (
        <p class="muted">Nog geen stuk in het archief.</p>
      ) : (
        <div class="card">
          <PaperList papers={record.answeredBy} />
        </div>
      )}
    </article>
  );
}
