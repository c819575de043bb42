/**
 * `/volgen`: how to follow papers. Readers follow with a feed reader (every search,
 * dossier, paper type and sender has an Atom feed); the operator sets up watches with
 * webhooks on the command line or through the API. The site has no accounts, so it has
 * no form to make a watch: a watch holds the operator's addresses and secrets.
 *
 * @module
 */
import type { Hono } from 'hono';
import type { ServerDeps } from '../deps.ts';
import { dossierFeedPath, searchFeedPath, topicFeedPath, typeFeedPath } from '../links.ts';
import { page } from './render.tsx';

/** The page's content. */
export function FollowPage() {
  return (
    <article>
      <h1>Volgen</h1>
      <p>
        Griffie laat weten wanneer er nieuwe stukken zijn. Deze website heeft geen accounts: u volgt met een feedlezer,
        of de beheerder van deze Griffie zet een volgopdracht op die nieuwe stukken doorstuurt.
      </p>
      <section aria-labelledby="feeds-kop">
        <h2 id="feeds-kop">Met een feedlezer</h2>
        <p>
          Elke zoekvraag, elk dossier, elke soort stuk en elke afzender heeft een Atom-feed met de nieuwste stukken.
          Neem het adres over in uw feedlezer (bijvoorbeeld Thunderbird, NetNewsWire of Feedly).
        </p>
        <ul>
          <li>
            Een zoekvraag: de link <em>Volg deze zoekvraag</em> boven de resultaten, zoals{' '}
            <a class="feed-link" href={searchFeedPath('stikstof type:brief')}>
              <code>{searchFeedPath('stikstof type:brief')}</code>
            </a>
            .
          </li>
          <li>
            Een dossier: de link <em>Volg dit dossier</em> op de dossierpagina, zoals{' '}
            <code>{dossierFeedPath('32824')}</code>.
          </li>
          <li>
            Een soort stuk: <code>{typeFeedPath('motie')}</code>; een onderwerp, over alle dossiers heen:{' '}
            <code>{topicFeedPath('migratie')}</code>; een ministerie of commissie:{' '}
            <code>/feeds/sender.atom?portfolio=…</code>; toezeggingen: <code>/feeds/toezeggingen.atom</code>.
          </li>
        </ul>
        <p class="meta">
          Een feed noemt de stukken met hun datum, afzender en vindplaats, en linkt naar het stuk op deze website. Een
          feedlezer mag vaak kijken: een ongewijzigde feed kost bijna niets (HTTP 304).
        </p>
      </section>
      <section aria-labelledby="opdrachten-kop">
        <h2 id="opdrachten-kop">Volgopdrachten (voor de beheerder)</h2>
        <p>
          Een volgopdracht is een bewaarde zoekvraag, bijvoorbeeld <code>dossier:32824</code>. Bij elke ronde vindt
          Griffie de stukken die sinds de vorige ronde in het archief kwamen en erop passen, zet ze in de eigen
          Atom-feed van de opdracht en stuurt ze, ondertekend, naar een webhook. Een mislukte levering wordt bij de
          volgende ronde opnieuw gestuurd; niets wordt twee keer bezorgd.
        </p>
        <pre>
          <code>{`griffie watch add dossier:32824 --name "Integratiebeleid" --webhook https://example.org/haak
griffie watch list
griffie watch run
griffie serve --watch-interval 15`}</code>
        </pre>
        <p>
          Via de API kan het ook, met het token van de beheerder: <code>GET</code>, <code>POST</code> en{' '}
          <code>DELETE</code> op <a href="/api">/api/v1/watches</a>. De feed van een opdracht heeft een onraadbaar adres
          (<code>/feeds/watch/…atom</code>), dat alleen de beheerder kent en kan delen.
        </p>
        <p class="meta">
          Deze website heeft geen formulier om een volgopdracht te maken: er zijn geen accounts, en een opdracht bevat
          adressen en geheimen van de beheerder.
        </p>
      </section>
    </article>
  );
}

/** Register `/volgen`. */
export function registerFollowPage(web: Hono, deps: ServerDeps): void {
  web.get('/volgen', (c) => page(c, deps, { title: 'Volgen' }, <FollowPage />));
}
