/**
 * The frame of every page: landmarks (banner, navigation, main, contentinfo), a skip
 * link, the search box, the notice for an archive of fictional examples, feed links
 * for feed readers, and the footer that says Griffie is independent.
 *
 * @module
 */
import type { Child } from 'hono/jsx';
import { ASSETS } from './assets.ts';

/** A feed a page offers (`<link rel="alternate">`). */
export interface FeedLink {
  title: string;
  href: string;
}

/** What the frame needs. */
export interface LayoutProps {
  title: string;
  /** The query to show in the header's search box. */
  query?: string;
  examples: boolean;
  feeds?: FeedLink[];
  /** Omit the header's search box (the home and search pages have their own). */
  bareHeader?: boolean;
  description?: string;
  children?: Child;
}

/** The search box: a labelled `<input type=search>` that GETs `/zoeken`. */
export function SearchBox(props: { query?: string; id: string; autofocus?: boolean }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for many screen readers
    <form class="search-form" role="search" action="/zoeken" method="get">
      <label class="visually-hidden" for={props.id}>
        Zoek in Kamerstukken
      </label>
      <input
        type="search"
        id={props.id}
        name="q"
        value={props.query ?? ''}
        placeholder="Zoek in Kamerstukken, bijvoorbeeld: radicalisering type:brief"
        maxlength={1000}
        autofocus={props.autofocus}
      />
      <button type="submit">Zoeken</button>
    </form>
  );
}

/** The page frame. */
export function Layout(props: LayoutProps) {
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title === 'Griffie' ? 'Griffie' : `${props.title} · Griffie`}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={`/static/${ASSETS.css.name}`} />
        {(props.feeds ?? []).map((feed) => (
          <link rel="alternate" type="application/atom+xml" title={feed.title} href={feed.href} />
        ))}
        <script src={`/static/${ASSETS.js.name}`} defer></script>
      </head>
      <body>
        <a class="skip" href="#inhoud">
          Naar de inhoud
        </a>
        <header class="site-header">
          <div class="bar">
            <a class="brand" href="/">
              Griffie
            </a>
            {props.bareHeader ? null : <SearchBox id="zoek-kop" query={props.query ?? ''} />}
            <nav aria-label="Hoofdmenu">
              <ul>
                <li>
                  <a href="/zoeken">Zoeken</a>
                </li>
                <li>
                  <a href="/toezeggingen">Toezeggingen</a>
                </li>
                <li>
                  <a href="/verzoeken">Verzoeken</a>
                </li>
                <li>
                  <a href="/vragen">Vragen</a>
                </li>
                <li>
                  <a href="/personen">Personen</a>
                </li>
                <li>
                  <a href="/partijen">Partijen</a>
                </li>
                <li>
                  <a href="/api">API</a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="inhoud" tabindex={-1}>
          {props.examples ? (
            <p class="notice" role="note">
              Dit archief bevat de meegeleverde voorbeeldstukken. Ze zijn verzonnen en hebben geen verband met de
              officiële bronnen. Vul het archief met <code>griffie sync ob</code>.
            </p>
          ) : null}
          {props.children}
        </main>
        <footer class="site-footer">
          <p>
            Griffie is onafhankelijk en niet verbonden aan de Staten-Generaal. De stukken komen van{' '}
            <a href="https://zoek.officielebekendmakingen.nl/">officielebekendmakingen.nl</a> en de{' '}
            <a href="https://opendata.tweedekamer.nl/">open data van de Tweede Kamer</a>.
          </p>
        </footer>
      </body>
    </html>
  );
}
