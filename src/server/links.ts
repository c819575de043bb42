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
/** The Atom feed of a topic (`Document.topics`). */
export const topicFeedPath = (topic: string): string => `/feeds/topic/${encodeURIComponent(topic)}.atom`;
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

/** A record id (`<key>#<position>`) as its key and position; null when it is none. */
export function splitRecordId(id: string): { key: string; position: number } | null {
  const at = id.lastIndexOf('#');
  const position = Number(id.slice(at + 1));
  return at > 0 && Number.isInteger(position) && position >= 0 ? { key: id.slice(0, at), position } : null;
}

const recordPath = (base: string, id: string) => {
  const split = splitRecordId(id);
  return split ? `${base}/${encodeURIComponent(split.key)}/${split.position}` : base;
};

/** The page of a commitment (`/toezegging/kst-32824-93/0`). */
export const commitmentPath = (id: string): string => recordPath('/toezegging', id);
/** The page of a request (`/verzoek/kst-32824-93/0`). */
export const requestPath = (id: string): string => recordPath('/verzoek', id);
/** The API path of a commitment or request. */
export const commitmentHref = (id: string): string => recordPath('/api/v1/commitments', id);
export const requestHref = (id: string): string => recordPath('/api/v1/requests', id);

/** The Dutch path word of each entity kind. */
export const ENTITY_PATHS = { person: 'persoon', organisation: 'organisatie', place: 'plaats' } as const;

/** The page of a named entity (`/persoon/L.F.%20Asscher`). */
export const entityPath = (kind: keyof typeof ENTITY_PATHS, name: string): string =>
  `/${ENTITY_PATHS[kind]}/${encodeURIComponent(name)}`;
/** The API path of a named entity. */
export const entityHref = (kind: keyof typeof ENTITY_PATHS, name: string): string =>
  `/api/v1/entities/${kind}/${encodeURIComponent(name)}`;
/** The page of a ministry or committee (a sender portfolio). */
export const ministryPath = (portfolio: string): string => `/ministerie/${encodeURIComponent(portfolio)}`;

/** The list of commitments, filtered. */
export function commitmentsPath(filter: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `/toezeggingen?${query}` : '/toezeggingen';
}

/** The Atom feed of commitments: new ones, or (`status=overdue`) overdue ones, of a ministry or all. */
export function commitmentsFeedPath(filter: { portfolio?: string; status?: string } = {}): string {
  const params = new URLSearchParams();
  if (filter.portfolio) params.set('portfolio', filter.portfolio);
  if (filter.status) params.set('status', filter.status);
  const query = params.toString();
  return query ? `/feeds/toezeggingen.atom?${query}` : '/feeds/toezeggingen.atom';
}
