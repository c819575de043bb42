/**
 * The feeds' request parameters: `?limit=`, a dossier key, a paper type, a topic, and
 * the sender filters, turned into queries of the query language without letting a value
 * break out of its quotes (the language has no escape, so a quote in a value is refused).
 *
 * @module
 */
import { PAPER_TYPES } from '../../model/index.ts';
import { HttpError } from '../http-error.ts';
import { roleLabel, senderLabel } from '../web/format.ts';
import { filterToken } from '../web/query-filters.ts';

/** Entries of a feed unless `?limit=` says otherwise. */
export const DEFAULT_LIMIT = 50;
/** Most entries a feed may be asked for. */
export const MAX_LIMIT = 100;

/** Every character the query language reads as a quotation mark. */
const QUOTES = /["“”„‟″]/;
/** A dossier key, as the API accepts it: `32824`, `36200-VII`, `21501-32`. */
const DOSSIER_KEY = /^\d{1,6}(?:-[0-9A-Za-z]{1,12})*$/;
/** A sender role slug: `minister`, `minister-president`, `raad-van-state`. */
const ROLE = /^[a-z]+(?:-[a-z]+)*$/;
/** Longest portfolio accepted. */
const MAX_PORTFOLIO = 200;

const badRequest = (detail: string) => new HttpError(400, 'Bad Request', detail);

/** `?limit=`: a whole number 1–100, `DEFAULT_LIMIT` when absent. */
export function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_LIMIT;
  const limit = /^\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) throw badRequest(`limit must be a whole number from 1 to ${MAX_LIMIT}`);
  return limit;
}

/** The name in a `/dossier/{key}.atom` or `/type/{type}.atom` path, or a 404 when it does not end in `.atom`. */
export function atomName(file: string, path: string): string {
  if (!file.endsWith('.atom') || file.length === '.atom'.length)
    throw new HttpError(404, 'Not Found', `nothing here: ${path}`);
  return file.slice(0, -'.atom'.length);
}

/** A dossier key, checked (400 for one that cannot be a dossier). */
export function dossierKeyParam(key: string): string {
  if (!DOSSIER_KEY.test(key))
    throw badRequest(`"${key}" is not a dossier number: use e.g. 32824, 36200-VII or 21501-32`);
  return key;
}

/** A paper type slug, checked (404 for a type Griffie does not have). */
export function paperTypeParam(type: string): string {
  if (!(PAPER_TYPES as readonly string[]).includes(type))
    throw new HttpError(404, 'Not Found', `no paper type "${type}": use one of ${PAPER_TYPES.join(', ')}`);
  return type;
}

/** Longest topic accepted. */
const MAX_TOPIC = 100;

/** A topic feed's topic (lower case, single spaces) and its query; a 400 for one that cannot be a topic. */
export function topicParam(raw: string): { topic: string; query: string } {
  const topic = raw.trim().replace(/\s+/g, ' ').toLowerCase();
  if (topic === '') throw badRequest('give a topic: /feeds/topic/{topic}.atom, e.g. /feeds/topic/migratie.atom');
  if (QUOTES.test(topic)) throw badRequest('a topic cannot hold quotation marks');
  if (topic.length > MAX_TOPIC) throw badRequest(`a topic may be at most ${MAX_TOPIC} characters`);
  return { topic, query: filterToken('topic', topic) };
}

/** A sender feed's filters, as asked and as a query. */
export interface SenderFilter {
  portfolio: string | null;
  role: string | null;
  /** The query-language query: `portfolio:"…" sender:…`. */
  query: string;
  /** A Dutch label: `Minister van Sociale Zaken en Werkgelegenheid`. */
  label: string;
}

/**
 * The query of `?portfolio=` and/or `?role=`. A portfolio is quoted (so it may hold
 * spaces and brackets) and refused when it holds a quotation mark; a role must be a slug.
 *
 * @example
 * senderFilter('Sociale Zaken en Werkgelegenheid', 'minister').query
 * // 'portfolio:"Sociale Zaken en Werkgelegenheid" sender:minister'
 */
export function senderFilter(portfolioRaw: string | undefined, roleRaw: string | undefined): SenderFilter {
  const portfolio = portfolioRaw?.replace(/\s+/g, ' ').trim() || null;
  const role = roleRaw?.trim().toLowerCase() || null;
  if (portfolio === null && role === null)
    throw badRequest('give ?portfolio= (a ministry or committee), ?role= or both');
  if (portfolio !== null) {
    if (QUOTES.test(portfolio)) throw badRequest('a portfolio cannot hold quotation marks');
    if (portfolio.length > MAX_PORTFOLIO) throw badRequest(`a portfolio may be at most ${MAX_PORTFOLIO} characters`);
  }
  if (role !== null && (!ROLE.test(role) || role.length > 40))
    throw badRequest('a role is a word like minister, staatssecretaris or commissie');
  const query = [portfolio === null ? '' : `portfolio:"${portfolio}"`, role === null ? '' : `sender:${role}`]
    .filter(Boolean)
    .join(' ');
  const label =
    role === null ? (portfolio as string) : (senderLabel({ role, portfolio, name: null }) ?? roleLabel(role));
  return { portfolio, role, query, label };
}

/** The path of a sender feed: `/feeds/sender.atom?portfolio=…&role=…`. */
export function senderFeedPath(filter: Pick<SenderFilter, 'portfolio' | 'role'>): string {
  const params = [
    filter.portfolio === null ? '' : `portfolio=${encodeURIComponent(filter.portfolio)}`,
    filter.role === null ? '' : `role=${encodeURIComponent(filter.role)}`,
  ].filter(Boolean);
  return `/feeds/sender.atom?${params.join('&')}`;
}

/** `path` with `?limit=` (or `&limit=`) added when the request asked for one. */
export function withLimit(path: string, limit: string | undefined): string {
  return limit === undefined ? path : `${path}${path.includes('?') ? '&' : '?'}limit=${Number(limit)}`;
}
