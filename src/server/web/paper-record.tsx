/**
 * What a paper adds to the linked record, on its page: the promises it makes (with
 * where each stands), the requests it answers or makes, and who and what it names.
 *
 * @module
 */
import type { Document } from '../../model/index.ts';
import type { CommitmentRecord, RequestRecord } from '../../store/index.ts';
import { archivePath, entityPath, requestPath, searchPath } from '../links.ts';
import { CommitmentItem } from './commitments-page.tsx';
import { dutchDate } from './format.ts';
import { filterToken } from './query-filters.ts';
import { REQUEST_KIND, REQUEST_STATUS } from './record-labels.ts';

/** The paper's commitments and requests, as the archive tracks them. */
export function PaperRecord(props: { commitments: CommitmentRecord[]; requests: RequestRecord[] }) {
  const { commitments, requests } = props;
  if (commitments.length === 0 && requests.length === 0) return null;
  return (
    <section class="record" aria-labelledby="record-kop">
      <h2 id="record-kop">Toezeggingen en verzoeken</h2>
      {requests.length > 0 ? (
        <>
          <h3>Verzoeken</h3>
          <ul class="papers">
            {requests.map((r) => (
              <li>
                <span class="tag">{REQUEST_KIND[r.kind]}</span>
                <span class={`tag status-${r.status}`}>{REQUEST_STATUS[r.status]}</span>{' '}
                <a href={requestPath(r.id)}>{r.asks}</a>
                <br />
                <span class="meta">
                  {r.by ?? 'onbekend wie'}
                  {r.date ? `, ${dutchDate(r.date)}` : ''}
                  {r.reference ? (
                    <>
                      {' · '}
                      <a href={archivePath(r.reference)}>{r.reference}</a>
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {commitments.length > 0 ? (
        <>
          <h3>Toezeggingen</h3>
          <ul class="papers">
            {commitments.map((record) => (
              <CommitmentItem record={record} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The persons, organisations, places and topics a paper names. */
export function PaperEntities(props: { doc: Document }) {
  const { persons, organisations, places } = props.doc.entities;
  const topics = props.doc.topics ?? [];
  if (persons.length + organisations.length + places.length + topics.length === 0) return null;
  return (
    <section aria-labelledby="namen-kop">
      <h2 id="namen-kop">Genoemd</h2>
      {topics.length > 0 ? (
        <p>
          <span class="muted">Onderwerpen: </span>
          {topics.map((t, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={searchPath(filterToken('topic', t))}>{t}</a>
            </>
          ))}
        </p>
      ) : null}
      {persons.length > 0 ? (
        <ul>
          {persons.map((p) => (
            <li>
              <a href={entityPath('person', p.name)}>{p.name}</a>
              {p.role ? <span class="muted"> {p.role}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {organisations.length > 0 ? (
        <p>
          <span class="muted">Organisaties: </span>
          {organisations.map((o, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={entityPath('organisation', o)}>{o}</a>
            </>
          ))}
        </p>
      ) : null}
      {places.length > 0 ? (
        <p>
          <span class="muted">Plaatsen: </span>
          {places.map((p, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={entityPath('place', p)}>{p}</a>
            </>
          ))}
        </p>
      ) : null}
    </section>
  );
}
