/**
 * What both engines do the same way when they list papers and dossiers (`browse.ts` in
 * each): the page a request asks for, a paper's summary made of its indexed columns and
 * its dossiers' rows, the targets `present` asks about, the window of `activeDossiers`
 * and the version `freshness` reports. The SQL is the engines' own; the rules are here.
 *
 * @module
 */
import type { Dossier } from '../model/index.ts';
import type { DocumentSummary, PageRequest } from './types.ts';

/** A paper's `documents` columns as a summary needs them (`doc` is the engine's id). */
export interface SummaryRow {
  doc: number | string;
  key: string;
  id: string | null;
  title: string;
  type: string;
  date: string | null;
  number: string | null;
  citation: string | null;
  sender_role: string | null;
  sender_portfolio: string | null;
  sender_name: string | null;
  withdrawn: number | boolean;
}

/** The columns of `documents` a summary is made of, for the paper `d`. */
export const SUMMARY_COLUMNS =
  'd.doc, d.key, d.id, d.title, d.type, d.date, d.number, d.citation, d.sender_role, d.sender_portfolio, d.sender_name, d.withdrawn';

/** One dossier a paper lists (from `document_dossiers` and `dossiers`), rows in the paper's order. */
export interface LinkRow {
  doc: number | string;
  number: string;
  suffix: string | null;
  title: string | null;
}

/** The page a list request asks for: `limit` 1–100 (default `fallback`), `offset` from 0 (default 0). */
export function listPage(page: PageRequest = {}, fallback = 20): { limit: number; offset: number } {
  const limit = Number.isFinite(page.limit) ? Math.floor(page.limit as number) : fallback;
  const offset = Number.isFinite(page.offset) ? Math.floor(page.offset as number) : 0;
  return { limit: Math.min(100, Math.max(1, limit)), offset: Math.max(0, offset) };
}

/** A dossier as a paper lists it: `suffix` only when it has one (as `Dossier` has it). */
export function dossierOf(row: { number: string; suffix: string | null; title: string | null }): Dossier {
  return row.suffix
    ? { number: row.number, suffix: row.suffix, title: row.title }
    : { number: row.number, title: row.title };
}

/** The summaries of `rows`, in their order, each with its dossiers from `links` (in the paper's order). */
export function toSummaries(rows: SummaryRow[], links: LinkRow[]): DocumentSummary[] {
  const dossiers = new Map<string, Dossier[]>();
  for (const link of links) {
    const key = String(link.doc);
    const list = dossiers.get(key) ?? [];
    list.push(dossierOf(link));
    dossiers.set(key, list);
  }
  return rows.map((r) => ({
    id: r.id ?? r.key,
    title: r.title,
    type: r.type,
    date: r.date,
    number: r.number,
    dossiers: dossiers.get(String(r.doc)) ?? [],
    citation: r.citation,
    sender: r.sender_role === null ? null : { role: r.sender_role, portfolio: r.sender_portfolio, name: r.sender_name },
    withdrawn: r.withdrawn === true || r.withdrawn === 1,
  }));
}

/** The prefix of a reference target that names a dossier (`dossier-36200-VII`). */
const DOSSIER_TARGET = 'dossier-';

/** The distinct targets to look up: every target as a document id, the `dossier-` ones as dossier keys. */
export function targetsOf(targets: string[]): { ids: string[]; dossiers: string[] } {
  const ids = [...new Set(targets.filter((t) => typeof t === 'string' && t !== ''))];
  const dossiers = ids.filter((t) => t.startsWith(DOSSIER_TARGET)).map((t) => t.slice(DOSSIER_TARGET.length));
  return { ids, dossiers: [...new Set(dossiers)] };
}

/** Of `targets`, in their order and each once, those that are a stored id or name a stored dossier. */
export function presentOf(targets: string[], ids: Iterable<string>, dossiers: Iterable<string>): string[] {
  const found = new Set(ids);
  const keys = new Set(dossiers);
  const seen = new Set<string>();
  return targets.filter((t) => {
    if (seen.has(t)) return false;
    seen.add(t);
    return found.has(t) || (t.startsWith(DOSSIER_TARGET) && keys.has(t.slice(DOSSIER_TARGET.length)));
  });
}

/** Most days `activeDossiers` looks back (about a century). */
const MAX_DAYS = 36_525;

/** `activeDossiers`' arguments made usable: `limit` 1–100 (default 10), `days` 1–36,525 (default 90). */
export function activeArgs(limit: number | undefined, days: number | undefined): { limit: number; days: number } {
  const n = Number.isFinite(limit) ? Math.floor(limit as number) : 10;
  const d = Number.isFinite(days) ? Math.floor(days as number) : 90;
  return { limit: Math.min(100, Math.max(1, n)), days: Math.min(MAX_DAYS, Math.max(1, d)) };
}

/**
 * The date (`YYYY-MM-DD`) `days` days before the archive's newest paper date: the
 * window is the papers dated after it, so `days` calendar days ending on the newest
 * date. A newest date of only a year or month counts from its first day; null when it
 * is not a date at all.
 */
export function windowStart(newest: string | null, days: number): string | null {
  const match = newest === null ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(newest);
  if (match === null) return null;
  const [, year, month = '01', day = '01'] = match;
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day)) - days * 86_400_000;
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/**
 * The version `freshness` reports: the newest engine id (grows when a paper is added),
 * the newest docid (every added or updated paper gets a new one), how many papers are
 * withdrawn, and the last change's time (to the engine's precision). An identical paper
 * stored again changes none of them.
 */
export function versionOf(parts: {
  doc: number | string | null;
  docid: number | string | null;
  withdrawn: number | string;
  updated: number | string | null;
  /** The writes that changed the Tweede Kamer's records (`tk_state`). */
  votes: number | string | null;
}): string {
  const part = (v: number | string | null) => (v === null ? '0' : BigInt(v).toString(36));
  return [parts.doc, parts.docid, parts.withdrawn, parts.updated, parts.votes].map(part).join('-');
}
