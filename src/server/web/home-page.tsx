/**
 * `/`: the search box, how large and how current the archive is, the newest papers
 * and the most active dossiers.
 *
 * @module
 */
import type { DocumentSummary, DossierSummary, Freshness, StoreStats } from '../../store/index.ts';
import { dossierPath } from '../links.ts';
import { PaperList } from './components.tsx';
import { dossierLabel, dutchDate, dutchDateTime, dutchNumber, plural } from './format.ts';
import { SearchBox } from './layout.tsx';

/** What the home page shows. */
export interface HomeView {
  stats: StoreStats;
  freshness: Freshness;
  recent: DocumentSummary[];
  active: DossierSummary[];
}

/** The home page's content. */
export function HomePage(props: HomeView) {
  const { stats, freshness, recent, active } = props;
  return (
    <>
      <section class="hero">
        <h1>Griffie</h1>
        <p class="muted">Kamerstukken doorzoeken, volgen en met elkaar verbinden.</p>
        <SearchBox id="zoek" autofocus />
        <ul class="stats" aria-label="Het archief">
          <li>
            <strong>{dutchNumber(stats.documents)}</strong> stukken
          </li>
          <li>
            <strong>{dutchNumber(stats.dossiers)}</strong> dossiers
          </li>
          <li>
            nieuwste stuk: <strong>{dutchDate(freshness.newestDate)}</strong>
          </li>
          <li>
            bijgewerkt: <strong>{dutchDateTime(freshness.updatedAt)}</strong>
          </li>
        </ul>
      </section>
      {stats.documents === 0 ? (
        <p class="card">
          Het archief is nog leeg. Vul het met <code>griffie sync ob</code> of <code>griffie ingest MAP</code>.
        </p>
      ) : (
        <div class="columns">
          <section aria-labelledby="nieuw-kop">
            <h2 id="nieuw-kop">Nieuwste stukken</h2>
            <div class="card">
              <PaperList papers={recent} />
            </div>
          </section>
          <section aria-labelledby="actief-kop">
            <h2 id="actief-kop">Actieve dossiers</h2>
            <p class="meta">De meeste stukken in de 90 dagen tot het nieuwste stuk.</p>
            <ul class="papers">
              {active.map((d) => (
                <li>
                  <a class="title" href={dossierPath(d.key)}>
                    {dossierLabel(d)}
                  </a>
                  {d.title ? ` ${d.title}` : ''}
                  <br />
                  <span class="meta">
                    {plural(d.documents, 'stuk', 'stukken')}, laatste {dutchDate(d.latest)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </>
  );
}
