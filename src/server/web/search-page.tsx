/**
 * `/zoeken?q=…`: results with highlighted snippets, facets as filters that edit the
 * query, sorting, paging and the search's Atom feed; the query language explained
 * when there is no query; a page that shows where a bad query went wrong.
 *
 * @module
 */
import type { FacetCount, SearchResponse } from '../../store/index.ts';
import { paperPath, searchFeedPath } from '../links.ts';
import { Pager, PaperMeta, Snippet } from './components.tsx';
import { dossierLabel, dutchNumber, plural, roleLabel, typeLabel } from './format.ts';
import { SearchBox } from './layout.tsx';
import { addFilter, FACET_FIELDS, type FacetName, hasFilter, removeFilter } from './query-filters.ts';

/** Hits per page. */
export const SEARCH_PAGE = 20;

/** How a search page links to itself with other parameters. */
export function searchHref(query: string, sort: string, offset = 0): string {
  const params = new URLSearchParams({ q: query });
  if (sort !== 'relevance') params.set('sort', sort);
  if (offset > 0) params.set('offset', String(offset));
  return `/zoeken?${params}`;
}

const FACET_TITLES: Record<FacetName, string> = {
  type: 'Soort',
  year: 'Jaar',
  dossier: 'Dossier',
  topic: 'Onderwerp',
  sender: 'Afzender',
  portfolio: 'Ministerie of commissie',
  outcome: 'Uitkomst',
};

function facetLabel(name: FacetName, value: string): string {
  if (name === 'type') return typeLabel(value);
  if (name === 'sender') return roleLabel(value);
  if (name === 'outcome') return value.charAt(0).toUpperCase() + value.slice(1);
  if (name === 'dossier') {
    const [number = value, ...suffix] = value.split('-');
    return dossierLabel({ number, suffix: /^\d+$/.test(suffix.join('-')) ? null : suffix.join('-') || null });
  }
  return value;
}

function Facet(props: { name: FacetName; counts: FacetCount[]; query: string; sort: string }) {
  const { name, counts, query, sort } = props;
  if (counts.length === 0) return null;
  const field = FACET_FIELDS[name];
  return (
    <section aria-labelledby={`facet-${name}`}>
      <h2 id={`facet-${name}`}>{FACET_TITLES[name]}</h2>
      <ul>
        {counts.slice(0, 12).map((f) => {
          const active = hasFilter(query, field, f.value);
          const target = active ? removeFilter(query, field, f.value) : addFilter(query, field, f.value);
          return (
            <li class={active ? 'active' : undefined}>
              <a
                href={target === '' ? '/zoeken' : searchHref(target, sort)}
                aria-label={`${active ? 'Filter weghalen' : 'Filter'}: ${FACET_TITLES[name]} ${facetLabel(name, f.value)} (${f.count})`}
              >
                {active ? '✕ ' : ''}
                {facetLabel(name, f.value)}
              </a>
              <span class="count">{dutchNumber(f.count)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The query language, in Dutch. */
export function QueryHelp() {
  const rows: [string, string][] = [
    ['imamopleidingen', 'woorden: alle moeten voorkomen; vervoegingen en samenstellingen tellen mee'],
    ['"sociale zekerheid"', 'een woordgroep, precies zo'],
    ['migratie OR integratie', 'het ene of het andere'],
    ['-marokko', 'zonder dit woord (ook: NOT marokko)'],
    ['radicali*', 'woorden die zo beginnen'],
    ['dossier:32824  type:motie', 'stukken van een dossier, van een soort'],
    ['year:2015  from:2015-01-01  to:2015-06-30', 'op datum'],
    ['sender:minister  portfolio:"Sociale Zaken"', 'op afzender'],
    ['onderwerp:migratie', 'stukken over een onderwerp, over alle dossiers heen'],
  ];
  return (
    <section class="help" aria-labelledby="help-kop">
      <h2 id="help-kop">Zo zoekt u</h2>
      <dl>
        {rows.map(([example, meaning]) => (
          <>
            <dt>
              <a href={searchHref(example, 'relevance')}>{example}</a>
            </dt>
            <dd>{meaning}</dd>
          </>
        ))}
      </dl>
    </section>
  );
}

/** The search page's content: the form, then results or help. */
export function SearchPage(props: {
  query: string;
  sort: string;
  offset: number;
  result: SearchResponse | null;
  /** The outcome facet (`facets.outcome` of a search with `outcomes`): empty when no match was decided. */
  outcomes?: FacetCount[];
  maxDepth: number;
}) {
  const { query, sort, offset, result } = props;
  return (
    <>
      <h1>Zoeken</h1>
      <SearchBox id="zoek" query={query} autofocus={query === ''} />
      {result === null ? (
        <QueryHelp />
      ) : (
        <>
          <div class="toolbar">
            <p role="status">
              {result.total === 0 ? 'Geen resultaten' : plural(result.total, 'resultaat', 'resultaten')} voor{' '}
              <strong>{query}</strong>
            </p>
            <form action="/zoeken" method="get">
              <input type="hidden" name="q" value={query} />
              <label for="sorteer">Sorteer op </label>
              <select id="sorteer" name="sort" data-autosubmit>
                <option value="relevance" selected={sort === 'relevance'}>
                  relevantie
                </option>
                <option value="date" selected={sort === 'date'}>
                  datum (nieuwste eerst)
                </option>
              </select>{' '}
              <button type="submit" class="secondary" data-autosubmit-button>
                Sorteer
              </button>
            </form>
            <a class="feed-link" href={searchFeedPath(query)}>
              Volg deze zoekvraag (Atom-feed)
            </a>{' '}
            · <a href="/volgen">meer over volgen</a>
          </div>
          <div class="results">
            <aside class="facets" aria-label="Filters">
              {(Object.keys(FACET_FIELDS) as FacetName[]).map((name) => (
                <Facet
                  name={name}
                  counts={name === 'outcome' ? (props.outcomes ?? []) : result.facets[name]}
                  query={query}
                  sort={sort}
                />
              ))}
            </aside>
            <section aria-label="Resultaten">
              {result.hits.length === 0 ? (
                <p>Niets gevonden. Probeer minder woorden, een ander woord, of haal een filter weg.</p>
              ) : (
                <ol class="papers" start={offset + 1}>
                  {result.hits.map((hit) => (
                    <li>
                      <a class="title" href={paperPath(hit.id)}>
                        {hit.title}
                      </a>
                      <br />
                      <PaperMeta paper={hit} />
                      {hit.snippet ? <Snippet html={hit.snippet} /> : null}
                      {hit.citation ? <span class="meta">{hit.citation}</span> : null}
                    </li>
                  ))}
                </ol>
              )}
              <Pager
                total={result.total}
                offset={offset}
                limit={SEARCH_PAGE}
                max={props.maxDepth}
                href={(o) => searchHref(query, sort, o)}
              />
            </section>
          </div>
        </>
      )}
    </>
  );
}

/** The page for a query that cannot be read: where, why, and how it is written. */
export function BadQueryPage(props: { query: string; position: number; reason: string }) {
  const at = Math.max(0, Math.min(props.position, props.query.length));
  return (
    <>
      <h1>Deze zoekvraag kan Griffie niet lezen</h1>
      <SearchBox id="zoek" query={props.query} />
      <p role="alert">{props.reason}</p>
      <p class="visually-hidden">De zoekvraag, met een dakje onder de plek van de fout:</p>
      <pre class="query-error">
        {props.query}
        {'\n'}
        {`${' '.repeat(at)}^`}
      </pre>
      <QueryHelp />
    </>
  );
}
