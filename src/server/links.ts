/**
 * Where things live: the app's own paths (pages, API, feeds) and the official address
 * of a reference target or a paper, for the papers the archive does not hold.
 *
 * @module
 */
import type { Document, Reference } from '../model/index.ts';

const OB = 'https://zoek.officielebekendmakingen.nl';

/** The reading page of a paper (by id, or key when it has none). */
export const paperPath = (id: string): string => `/stuk/${encodeURIComponent(id)}`;
/** The page of a dossier (by key: `32824`, `36200-VII`). */
export const dossierPath = (key: string): string => `/dossier/${encodeURIComponent(key)}`;
/** The search page for a query. */
export const searchPath = (query: string): string => `/zoeken?q=${encodeURIComponent(query)}`;
/** The Atom feed of a dossier. */
export const dossierFeedPath = (key: string): string => `/feeds/dossier/${encodeURIComponent(key)}.atom`;
/** The Atom feed of a search. */
export const searchFeedPath = (query: string): string => `/feeds/search.atom?q=${encodeURIComponent(query)}`;
/** The Atom feed of a paper type. */
export const typeFeedPath = (type: string): string => `/feeds/type/${encodeURIComponent(type)}.atom`;
/** The Atom feed of a sender's portfolio (ministry or committee). */
export const portfolioFeedPath = (portfolio: string): string =>
  `/feeds/sender.atom?portfolio=${encodeURIComponent(portfolio)}`;

/** Ids officielebekendmakingen publishes under `/{id}.html`. */
const OB_ID = /^(?:kst|h|ah|kv|stb|stcrt|blg|trb|gmb|prb|wsb|bgr)-/;

/**
 * The official address of a reference target, or null when Griffie knows none.
 *
 * @example
 * officialUrl({ kind: 'kamerstuk', target: 'kst-34052-7', text: '' })
 * // 'https://zoek.officielebekendmakingen.nl/kst-34052-7.html'
 */
export function officialUrl(reference: Pick<Reference, 'kind' | 'target'>): string | null {
  const { kind, target } = reference;
  switch (kind) {
    case 'dossier':
      return `${OB}/dossier/${encodeURIComponent(target.replace(/^dossier-/, ''))}`;
    case 'ecli':
      return `https://uitspraken.rechtspraak.nl/details?id=${encodeURIComponent(target.toUpperCase())}`;
    case 'bwb':
      return `https://wetten.overheid.nl/${encodeURIComponent(target.toUpperCase())}`;
    case 'eu': {
      const m = /^(COM|SEC|SWD|JOIN)\((\d{4})\)\s*(\d+)/i.exec(target);
      return m
        ? `https://eur-lex.europa.eu/legal-content/NL/ALL/?uri=${m[1]!.toUpperCase()}:${m[2]}:${m[3]}:FIN`
        : null;
    }
    case 'tk-document':
    case 'tk-zaak':
      return `https://www.tweedekamer.nl/kamerstukken/detail?id=${encodeURIComponent(target)}`;
    default:
      return OB_ID.test(target) ? `${OB}/${encodeURIComponent(target)}.html` : null;
  }
}

/** The official page of a paper: by its id on officielebekendmakingen, else the web address it came from. */
export function officialPaperUrl(doc: Pick<Document, 'id' | 'source'>): string | null {
  if (doc.id && OB_ID.test(doc.id)) return `${OB}/${encodeURIComponent(doc.id)}.html`;
  const url = doc.source.url;
  return url && /^https?:\/\//.test(url) ? url : null;
}

/** The archive's own page for a reference target, when the archive holds it. */
export function archivePath(target: string): string {
  return target.startsWith('dossier-') ? dossierPath(target.slice('dossier-'.length)) : paperPath(target);
}
