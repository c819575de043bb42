/**
 * Who and what the papers name: `/personen` (and organisations, places) with a name
 * search, `/persoon/{name}` (and `/organisatie/…`, `/plaats/…`) with the papers that
 * name them, and `/ministerie/{name}`: a ministry's or committee's papers and promises.
 *
 * @module
 */
import type { CommitmentPage, DocumentSummary, EntityKind, EntitySummary, Page } from '../../store/index.ts';
import { commitmentsFeedPath, commitmentsPath, entityPath, portfolioFeedPath, searchPath } from '../links.ts';
import { CommitmentItem } from './commitments-page.tsx';
import { Pager, PaperList } from './components.tsx';
import { dutchNumber, plural } from './format.ts';
import { COMMITMENT_STATUS, ENTITY_KIND } from './record-labels.ts';

/** Entities or papers per page. */
export const ENTITY_PAGE = 50;

const LIST_PATHS: Record<EntityKind, string> = {
  person: '/personen',
  organisation: '/organisaties',
  place: '/plaatsen',
};

/** The list path of a kind, with a prefix and offset. */
export function entitiesPath(kind: EntityKind, prefix = '', offset = 0): string {
  const query = new URLSearchParams();
  if (prefix) query.set('naam', prefix);
  if (offset > 0) query.set('offset', String(offset));
  const text = query.toString();
  return text ? `${LIST_PATHS[kind]}?${text}` : LIST_PATHS[kind];
}

/** The list of entities of a kind. */
export function EntitiesPage(props: { kind: EntityKind; page: Page<EntitySummary>; prefix: string; offset: number }) {
  const { kind, page, prefix, offset } = props;
  const label = ENTITY_KIND[kind];
  return (
    <>
      <h1>{label.many}</h1>
      <nav aria-label="Soorten namen">
        {(Object.keys(LIST_PATHS) as EntityKind[]).map((k, i) => (
          <>
            {i > 0 ? ' · ' : ''}
            {k === kind ? <strong>{ENTITY_KIND[k].many}</strong> : <a href={LIST_PATHS[k]}>{ENTITY_KIND[k].many}</a>}
          </>
        ))}
      </nav>
      <form class="filters" action={LIST_PATHS[kind]} method="get">
        <label for="e-naam">Naam begint met</label> <input id="e-naam" name="naam" value={prefix} maxlength={100} />{' '}
        <button type="submit">Zoek</button>
      </form>
      <p role="status">{plural(page.total, label.one.toLowerCase(), label.many.toLowerCase())}</p>
      <ul class="papers">
        {page.items.map((e) => (
          <li>
            <a class="title" href={entityPath(e.kind, e.name)}>
              {e.name}
            </a>
            {e.role ? <span class="meta"> · {e.role}</span> : null}
            <span class="meta"> · {plural(e.documents, 'stuk', 'stukken')}</span>
          </li>
        ))}
      </ul>
      <Pager total={page.total} offset={offset} limit={ENTITY_PAGE} href={(o) => entitiesPath(kind, prefix, o)} />
    </>
  );
}

/** One entity and the papers that name it. */
export function EntityPage(props: { entity: EntitySummary; papers: Page<DocumentSummary>; offset: number }) {
  const { entity, papers, offset } = props;
  return (
    <>
      <p class="meta">
        <a href={LIST_PATHS[entity.kind]}>{ENTITY_KIND[entity.kind].many}</a>
      </p>
      <h1>{entity.name}</h1>
      {entity.role ? <p>{entity.role}</p> : null}
      <p class="meta">
        Genoemd in {plural(entity.documents, 'stuk', 'stukken')} ·{' '}
        <a href={searchPath(`"${entity.name.replaceAll('"', '')}"`)}>zoek op deze naam</a>
      </p>
      <div class="card">
        <PaperList papers={papers.items} />
      </div>
      <Pager
        total={papers.total}
        offset={offset}
        limit={ENTITY_PAGE}
        href={(o) => `${entityPath(entity.kind, entity.name)}${o > 0 ? `?offset=${o}` : ''}`}
      />
    </>
  );
}

/** A ministry or committee: its newest papers and its promises by status. */
export function MinistryPage(props: {
  name: string;
  papers: DocumentSummary[];
  total: number;
  commitments: CommitmentPage;
}) {
  const { name, papers, total, commitments } = props;
  return (
    <>
      <h1>{name}</h1>
      <p class="meta">
        {plural(total, 'stuk', 'stukken')} in het archief ·{' '}
        <a class="feed-link" href={portfolioFeedPath(name)}>
          Nieuwe stukken (Atom-feed)
        </a>
      </p>
      <div class="columns">
        <section aria-labelledby="m-stukken">
          <h2 id="m-stukken">Nieuwste stukken</h2>
          <div class="card">
            <PaperList papers={papers} />
          </div>
          <p>
            <a href={searchPath(`portfolio:"${name.replaceAll('"', '')}"`)}>Alle stukken</a>
          </p>
        </section>
        <section aria-labelledby="m-toezeggingen">
          <h2 id="m-toezeggingen">Toezeggingen</h2>
          <ul>
            {commitments.statuses.map((s) => (
              <li>
                <a href={commitmentsPath({ portfolio: name, status: s.value })}>
                  {COMMITMENT_STATUS[s.value as keyof typeof COMMITMENT_STATUS] ?? s.value}
                </a>
                : {dutchNumber(s.count)}
              </li>
            ))}
          </ul>
          <ul class="papers">
            {commitments.items.map((record) => (
              <CommitmentItem record={record} />
            ))}
          </ul>
          <p>
            <a class="feed-link" href={commitmentsFeedPath({ portfolio: name, status: 'overdue' })}>
              Toezeggingen over de termijn (Atom-feed)
            </a>
          </p>
        </section>
      </div>
    </>
  );
}
