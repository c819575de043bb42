/**
 * `/dossier/{key}`: a dossier's title, its papers in order, papers per month, the
 * dossiers that share papers with it, and its Atom feed.
 *
 * @module
 */
import type { DecidedPaper, DocumentSummary, DossierInfo, Page } from '../../store/index.ts';
import { dossierFeedPath, dossierPath } from '../links.ts';
import { MonthChart } from './chart.tsx';
import { Pager, PaperList } from './components.tsx';
import { dossierLabel, dutchDate, plural } from './format.ts';
import { DossierVotes } from './votes-panel.tsx';

/** Papers per page of a dossier. */
export const DOSSIER_PAGE = 100;

/** The dossier page's content. */
export function DossierPage(props: {
  info: DossierInfo;
  papers: Page<DocumentSummary>;
  offset: number;
  citedBy: Page<DocumentSummary>;
  votes?: Page<DecidedPaper>;
  votesOffset?: number;
}) {
  const { info, papers, offset, citedBy } = props;
  const label = dossierLabel(info);
  return (
    <article>
      <h1>
        Dossier {label}
        {info.title ? `: ${info.title}` : ''}
      </h1>
      <p class="meta">
        {plural(info.documents, 'stuk', 'stukken')} in het archief
        {info.first ? `, van ${dutchDate(info.first)} tot en met ${dutchDate(info.latest)}` : ''} ·{' '}
        <a class="feed-link" href={dossierFeedPath(info.key)}>
          Volg dit dossier (Atom-feed)
        </a>{' '}
        · <a href="/volgen">meer over volgen</a>
      </p>
      <section aria-labelledby="verloop-kop">
        <h2 id="verloop-kop">Verloop</h2>
        <MonthChart months={info.months} />
      </section>
      {props.votes ? (
        <DossierVotes
          votes={props.votes}
          offset={props.votesOffset ?? 0}
          href={(o) => `${dossierPath(info.key)}?${offset > 0 ? `offset=${offset}&` : ''}stemmingen=${o}#stemmingen`}
        />
      ) : null}
      <div class="columns">
        <section aria-labelledby="stukken-kop">
          <h2 id="stukken-kop">Stukken</h2>
          <div class="card">
            <PaperList papers={papers.items} />
          </div>
          <Pager
            total={papers.total}
            offset={offset}
            limit={DOSSIER_PAGE}
            href={(o) => (o === 0 ? dossierPath(info.key) : `${dossierPath(info.key)}?offset=${o}`)}
          />
        </section>
        <aside aria-labelledby="verwant-kop">
          <h2 id="verwant-kop">Verwante dossiers</h2>
          {info.related.length === 0 ? (
            <p class="muted">Geen stuk van dit dossier staat ook in een ander dossier.</p>
          ) : (
            <ul>
              {info.related.map((d) => (
                <li>
                  <a href={dossierPath(d.key)}>{dossierLabel(d)}</a>
                  {d.title ? ` ${d.title}` : ''}{' '}
                  <span class="meta">({plural(d.shared, 'gedeeld stuk', 'gedeelde stukken')})</span>
                </li>
              ))}
            </ul>
          )}
          <h2 id="dossier-geciteerd-kop">Geciteerd door</h2>
          {citedBy.total === 0 ? (
            <p class="muted">Geen stuk buiten dit dossier verwijst ernaar.</p>
          ) : (
            <>
              <p class="meta">{plural(citedBy.total, 'stuk buiten het dossier', 'stukken buiten het dossier')}</p>
              <PaperList papers={citedBy.items} />
            </>
          )}
        </aside>
      </div>
    </article>
  );
}
